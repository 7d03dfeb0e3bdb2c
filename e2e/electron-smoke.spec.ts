// The real desktop app, when an Electron binary is present (ELECTRON_OVERRIDE_DIST_PATH, or a
// completed download of the electron package): launch the built app, see the window, and check
// that the bundled example folder opened through the preload bridge. Skipped otherwise (the
// binary cannot be downloaded on the CI machines; browser mode covers the same renderer there).

import { _electron as electron, expect, test } from '@playwright/test'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

const root = process.cwd()

function findElectronBinary(): { readonly path: string } | { readonly why: string } {
  let packageDir: string
  try {
    packageDir = dirname(createRequire(join(root, 'package.json')).resolve('electron/package.json'))
  } catch {
    return { why: 'the electron package is not installed' }
  }
  const pathFile = join(packageDir, 'path.txt')
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH
  if (override) {
    const candidate = join(override, relative ?? (process.platform === 'win32' ? 'electron.exe' : 'electron'))
    return existsSync(candidate) ? { path: candidate } : { why: `ELECTRON_OVERRIDE_DIST_PATH has no Electron executable at ${candidate}` }
  }
  if (relative && existsSync(join(packageDir, 'dist', relative))) return { path: join(packageDir, 'dist', relative) }
  return { why: 'no Electron binary on this machine (it could not be downloaded); browser mode tests cover the renderer' }
}

const binary = findElectronBinary()

test('the desktop app opens one window with the example folder', async () => {
  test.skip('why' in binary, 'why' in binary ? `Electron smoke test skipped: ${binary.why}` : '')
  if (!('path' in binary)) return
  expect(existsSync(join(root, 'dist', 'electron', 'main.cjs')), 'run `npm run build` first').toBe(true)
  const userData = mkdtempSync(join(tmpdir(), 'agent-merge-electron-'))
  const app = await electron.launch({
    executablePath: binary.path,
    args: [root, ...(process.platform === 'linux' ? ['--no-sandbox'] : [])],
    env: { ...process.env, AGENT_MERGE_USER_DATA: userData },
  })
  try {
    const window = await app.firstWindow()
    await expect(window).toHaveTitle(/Agent Merge/)
    expect(window.url()).toMatch(/^app:\/\/agent-merge\//)
    // The page has the bridge and no Node.
    const probe = await window.evaluate(async () => {
      const w = window as unknown as { agentMerge?: { getInitialListing(): Promise<{ ok: boolean; value?: { files: { relPath: string }[] } }> }; require?: unknown; process?: unknown }
      const listing = await w.agentMerge?.getInitialListing()
      return { hasBridge: w.agentMerge !== undefined, hasRequire: typeof w.require !== 'undefined', files: listing?.value?.files.length ?? -1 }
    })
    expect(probe).toEqual({ hasBridge: true, hasRequire: false, files: 5 })
    expect(app.windows()).toHaveLength(1)
  } finally {
    await app.close()
    rmSync(userData, { recursive: true, force: true })
  }
})
