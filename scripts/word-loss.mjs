// `node scripts/word-loss.mjs [folder...] [--generated N] [--seed S]`: bundles
// scripts/word-loss/word-loss-run.ts with esbuild (packages left to node_modules) and runs it.
// See that file for what it measures.
import { build } from 'esbuild'
import { spawnSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const outDir = join(root, 'node_modules', '.cache', 'word-loss')
mkdirSync(outDir, { recursive: true })
const outfile = join(outDir, 'word-loss-run.mjs')
await build({
  entryPoints: [join(root, 'scripts', 'word-loss', 'word-loss-run.ts')],
  outfile, bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'warning',
})
const run = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' })
process.exit(run.status ?? 1)
