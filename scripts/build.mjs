// Builds everything the app and the CLI run from: the renderer (Vite) into dist/renderer,
// and the Node side (esbuild) into dist/electron (main, preload) and dist/cli.
// `node scripts/build.mjs --if-stale` skips the build when dist is newer than every source.
import { build as esbuild } from 'esbuild'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { isBuildStale, stampPath } from './build-stamp.mjs'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')

// The preload runs sandboxed: Electron calls it as a function of (require, process, exports,
// module, Buffer, global), with no __filename and a require that knows only electron, events,
// timers and url. So it gets no import.meta.url shim (the shim reads __filename, which threw
// there and left the page without its bridge).
const nodeEntries = [
  { entry: 'electron/main/main.ts', out: 'dist/electron/main.cjs', external: ['electron'], importMetaUrl: true },
  { entry: 'electron/preload/preload.ts', out: 'dist/electron/preload.cjs', external: ['electron'], importMetaUrl: false },
  { entry: 'electron/cli/entry.ts', out: 'dist/cli/agent-merge.cjs', external: [], importMetaUrl: true },
]

async function buildNode() {
  for (const { entry, out, external, importMetaUrl } of nodeEntries) {
    const entryPath = join(root, entry)
    if (!existsSync(entryPath)) throw new Error(`build: missing entry ${entry}`)
    await esbuild({
      entryPoints: [entryPath],
      outfile: join(root, out),
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node20',
      sourcemap: true,
      external,
      logLevel: 'warning',
      // Bundled ESM dependencies may use import.meta.url; give CJS output a real one.
      ...(importMetaUrl
        ? { define: { 'import.meta.url': '__import_meta_url' }, banner: { js: "const __import_meta_url = require('node:url').pathToFileURL(__filename).href;" } }
        : {}),
    })
  }
}

async function buildRenderer() {
  const { build } = await import('vite')
  // pluginTimings: the bundler's advice on slow plugins is noise in every build log.
  await build({ configFile: join(root, 'vite.config.ts'), logLevel: 'warn', build: { rolldownOptions: { checks: { pluginTimings: false } } } })
}

async function main() {
  if (process.argv.includes('--if-stale') && !isBuildStale(root)) return
  const started = Date.now()
  await buildRenderer()
  await buildNode()
  mkdirSync(join(root, 'dist'), { recursive: true })
  writeFileSync(stampPath(root), new Date().toISOString() + '\n')
  console.log(`build: done in ${((Date.now() - started) / 1000).toFixed(1)} s`)
}

main().catch((error) => {
  console.error(`build: failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
