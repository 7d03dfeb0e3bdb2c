// What `npm run dist` needs that can be checked without the Electron binary (which cannot be
// downloaded here): electron-builder's own schema accepts electron-builder.yml; what it would
// pack is in dist/ (package.json's main, the preload, the renderer and every file its
// index.html loads), and the bundles require nothing from node_modules (which is not packed);
// the example folder it copies exists; the icons are the sizes their names say.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { builtinModules, createRequire } from 'node:module'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(fileURLToPath(import.meta.url), '..', '..')
const require = createRequire(import.meta.url)
const problems = []
const check = (ok, message) => {
  if (!ok) problems.push(message)
}

// 1. The configuration, loaded and validated by electron-builder itself.
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config')
const { DebugLogger } = require('builder-util')
const config = await getConfig(root, join(root, 'electron-builder.yml'), null)
try {
  await validateConfiguration(config, new DebugLogger(false))
} catch (error) {
  check(false, `electron-builder.yml: ${error instanceof Error ? error.message : String(error)}`)
}

// 2. What it packs: dist/ (no maps), package.json; no node_modules.
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
check(JSON.stringify(config.files).includes('dist/**/*'), 'files: dist/**/* is not packed')
check(JSON.stringify(config.files).includes('!node_modules/**/*'), 'files: node_modules is packed (the bundles need none)')
const builtins = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`)])
for (const [bundle, allowed] of [[pkg.main, ['electron']], ['dist/electron/preload.cjs', ['electron']], ['dist/cli/agent-merge.cjs', []]]) {
  const path = join(root, bundle)
  if (!existsSync(path)) {
    check(false, `${bundle} is missing: run \`npm run build\``)
    continue
  }
  const required = [...readFileSync(path, 'utf8').matchAll(/\brequire\(["']([^"']+)["']\)/g)].map((m) => m[1])
  const outside = [...new Set(required.filter((id) => !builtins.has(id) && !allowed.includes(id)))]
  check(outside.length === 0, `${bundle} requires ${outside.join(', ')}, which the package does not contain`)
}
const rendererDir = join(root, 'dist', 'renderer')
const index = join(rendererDir, 'index.html')
if (!existsSync(index)) check(false, 'dist/renderer/index.html is missing: run `npm run build`')
else {
  const refs = [...readFileSync(index, 'utf8').matchAll(/(?:src|href)="([^"#?]+)"/g)].map((m) => m[1]).filter((ref) => !/^[a-z]+:/i.test(ref))
  check(refs.length > 0, 'dist/renderer/index.html loads no script')
  for (const ref of refs) check(existsSync(join(rendererDir, ref)), `dist/renderer/index.html loads ${ref}, which is not in dist/renderer`)
}
for (const { from } of config.extraResources ?? []) {
  const dir = join(root, from)
  check(existsSync(dir) && readdirSync(dir).some((f) => f.endsWith('.md')), `extraResources: ${from} has no agent files`)
}

// 3. Icons: every assets/icons/NxN.png is N x N; macOS wants 1024, Windows at least 256.
const pngSize = (path) => {
  const bytes = readFileSync(path)
  const isPng = bytes.subarray(1, 4).toString('latin1') === 'PNG' && bytes.subarray(12, 16).toString('latin1') === 'IHDR'
  return isPng ? { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) } : null
}
const iconDir = join(root, config.linux?.icon ?? 'assets/icons')
const icons = existsSync(iconDir) ? readdirSync(iconDir).filter((f) => f.endsWith('.png')) : []
check(icons.length > 0, `linux.icon: ${iconDir} has no PNG icons`)
for (const name of icons) {
  const size = pngSize(join(iconDir, name))
  const [w, h] = name.replace('.png', '').split('x').map(Number)
  check(size !== null && size.width === w && size.height === h, `${name} is ${size ? `${size.width}x${size.height}` : 'not a PNG'}`)
}
for (const [platform, min] of [['mac', 1024], ['win', 256]]) {
  const icon = config[platform]?.icon
  const size = icon && existsSync(join(root, icon)) ? pngSize(join(root, icon)) : null
  check(size !== null && size.width >= min && size.width === size.height, `${platform}.icon ${icon}: want a square PNG of at least ${min} px`)
}

if (problems.length > 0) {
  for (const problem of problems) console.error(`packaging: ${problem}`)
  process.exit(1)
}
console.log(`packaging: electron-builder.yml valid; ${icons.length} icons the right size; dist/ has what it packs`)
