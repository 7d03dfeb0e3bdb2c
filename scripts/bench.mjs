// `npm run bench`: runs every scripts/bench/*-bench.ts. Each is bundled with esbuild (our own code
// bundled, packages left to node_modules) into node_modules/.cache/bench/ and run with node.
// Benchmarks print their own tables; a missed target never fails the process (timings are noisy),
// but a benchmark that crashes does.
import { build } from 'esbuild'
import { spawnSync } from 'node:child_process'
import { mkdirSync, readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const benchDir = join(root, 'scripts', 'bench')
const outDir = join(root, 'node_modules', '.cache', 'bench')
const only = process.argv.slice(2).filter((a) => !a.startsWith('-'))

const benches = readdirSync(benchDir)
  .filter((name) => name.endsWith('-bench.ts'))
  .filter((name) => only.length === 0 || only.some((o) => name.includes(o)))
  .sort()
if (benches.length === 0) {
  console.error(`bench: no scripts/bench/*-bench.ts${only.length > 0 ? ` matching ${only.join(', ')}` : ''}`)
  process.exit(1)
}
mkdirSync(outDir, { recursive: true })
let failed = 0
for (const name of benches) {
  const outfile = join(outDir, name.replace(/\.ts$/, '.mjs'))
  try {
    await build({
      entryPoints: [join(benchDir, name)],
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      packages: 'external',
      logLevel: 'warning',
    })
  } catch (error) {
    console.error(`bench: could not bundle ${name}: ${error instanceof Error ? error.message : String(error)}`)
    failed++
    continue
  }
  console.log(`\n== ${name.replace(/\.ts$/, '')} ==`)
  const result = spawnSync(process.execPath, ['--expose-gc', outfile], { cwd: root, stdio: 'inherit' })
  if (result.status !== 0) {
    console.error(`bench: ${name} failed (exit ${result.status ?? result.signal})`)
    failed++
  }
}
process.exit(failed > 0 ? 1 : 0)
