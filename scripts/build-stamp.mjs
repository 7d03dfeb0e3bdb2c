// Decides whether dist/ is older than the sources it is built from.
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

const sourceDirs = ['shared', 'electron', 'renderer']
const sourceFiles = ['vite.config.ts', 'package.json', 'scripts/build.mjs']

export function stampPath(root) {
  return join(root, 'dist', '.build-stamp')
}

function newestMtime(path) {
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  let newest = 0
  for (const name of readdirSync(path)) {
    if (name === 'node_modules') continue
    newest = Math.max(newest, newestMtime(join(path, name)))
  }
  return newest
}

export function isBuildStale(root) {
  const stamp = stampPath(root)
  if (!existsSync(stamp)) return true
  const built = statSync(stamp).mtimeMs
  const inputs = [...sourceDirs, ...sourceFiles].map((p) => join(root, p)).filter(existsSync)
  return inputs.some((input) => newestMtime(input) > built)
}
