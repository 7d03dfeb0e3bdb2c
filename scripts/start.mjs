// `npm start [-- <folder|files...>]`: builds when needed, then opens the desktop app.
// When the Electron binary cannot be had (no download possible, no display), it says so in
// one line and opens browser mode instead. It never hangs on a failed download.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
// npm runs scripts from the package root; paths the user typed are relative to where they were.
const userCwd = process.env.INIT_CWD || process.cwd()
const args = process.argv.slice(2).map((arg) => (arg.startsWith('-') ? arg : resolve(userCwd, arg)))
const DOWNLOAD_TIMEOUT_MS = 3 * 60_000
// An Electron that exits with an error this soon did not start (bad display, missing libraries).
const FAILED_START_MS = 8_000

function run(command, commandArgs, onEarlyFailure) {
  const started = Date.now()
  const child = spawn(command, commandArgs, { stdio: 'inherit', cwd: root })
  const forward = (signal) => child.kill(signal)
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, forward)
  child.on('error', (error) => {
    if (onEarlyFailure) return onEarlyFailure(error.message)
    console.error(`agent-merge: could not start ${command}: ${error.message}`)
    process.exit(1)
  })
  child.on('exit', (code, signal) => {
    const failedEarly = (code !== 0 || signal) && Date.now() - started < FAILED_START_MS
    if (failedEarly && onEarlyFailure) {
      for (const s of ['SIGINT', 'SIGTERM']) process.off(s, forward)
      return onEarlyFailure(`it exited with ${signal ?? `code ${code}`} while starting`)
    }
    process.exit(code ?? (signal ? 1 : 0))
  })
}

function openBrowserMode(why) {
  console.log(`agent-merge: ${why}; opening browser mode instead.`)
  run(process.execPath, [join(root, 'bin/agent-merge.cjs'), 'serve', ...args, '--open'])
}

function electronPackageDir() {
  try {
    return dirname(createRequire(import.meta.url).resolve('electron/package.json'))
  } catch {
    return null
  }
}

/** The Electron executable, downloading it once if the package has not yet; null when impossible. */
function findElectron() {
  const dir = electronPackageDir()
  if (!dir) return { path: null, why: 'the electron package is not installed' }
  const pathFile = join(dir, 'path.txt')
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    const candidate = join(process.env.ELECTRON_OVERRIDE_DIST_PATH, relative || 'electron')
    return existsSync(candidate) ? { path: candidate } : { path: null, why: `ELECTRON_OVERRIDE_DIST_PATH has no ${relative || 'electron'}` }
  }
  if (relative && existsSync(join(dir, 'dist', relative))) return { path: join(dir, 'dist', relative) }
  console.log('agent-merge: fetching the Electron binary (first run)...')
  const download = spawnSync(process.execPath, [join(dir, 'install.js')], { cwd: dir, encoding: 'utf8', timeout: DOWNLOAD_TIMEOUT_MS })
  const downloaded = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null
  if (download.status === 0 && downloaded && existsSync(join(dir, 'dist', downloaded))) return { path: join(dir, 'dist', downloaded) }
  const reason = download.error?.code === 'ETIMEDOUT' ? 'the download timed out' : 'it could not be downloaded'
  return { path: null, why: `the Electron binary is not available (${reason})` }
}

function hasDisplay() {
  return process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY)
}

const build = spawnSync(process.execPath, [join(root, 'scripts/build.mjs'), '--if-stale'], { stdio: 'inherit', cwd: root })
if (build.status !== 0) process.exit(build.status ?? 1)

const electron = hasDisplay() ? findElectron() : { path: null, why: 'there is no display' }
if (electron.path) {
  run(electron.path, [root, ...args], (why) => openBrowserMode(`the desktop app could not start (${why})`))
} else {
  openBrowserMode(electron.why)
}
