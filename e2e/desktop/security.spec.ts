// Electron's security checklist, checked at run time on the built main process and preload
// through the Electron double: each test fails when the guard it names is removed (see the
// README's "Desktop tests" section for which).
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { CONTENT_SECURITY_POLICY } from '../../electron/serve/security-headers'
import { GROUP } from '../support/app-helpers'
import { expect, test } from './fixtures'

type Bridge = Record<string, (...args: unknown[]) => Promise<{ ok: boolean; value?: unknown; error?: { code: string } }>>
declare const window: { agentMerge: Bridge; require?: unknown; process?: unknown; module?: unknown; open(url: string): unknown }
declare const document: { createElement(tag: string): Record<string, unknown>; head: { append(node: unknown): void }; body: { append(node: unknown): void } }
declare const location: { href: string }
declare const navigator: { permissions: { query(d: { name: string }): Promise<{ state: string }> } }

test('the window is context-isolated and sandboxed, with no Node in the page', async ({ mainWindow, appPage }) => {
  expect(mainWindow.options.webPreferences).toMatchObject({ contextIsolation: true, sandbox: true, nodeIntegration: false, nodeIntegrationInWorker: false, webSecurity: true, webviewTag: false })
  const page = await appPage.evaluate(() => ({
    require: typeof window.require,
    process: typeof window.process,
    module: typeof window.module,
    bridge: Object.entries(window.agentMerge).map(([key, value]) => `${key}:${typeof value}`).sort(),
  }))
  expect(page.require).toBe('undefined')
  expect(page.process).toBe('undefined')
  expect(page.module).toBe('undefined')
  expect(page.bridge.every((entry) => entry.endsWith(':function'))).toBe(true)
  expect(page.bridge).toContain('readFile:function')
  expect(page.bridge.join(' ')).not.toMatch(/invoke|ipcRenderer|send:/)
})

test('every app:// response carries the strict CSP, and the page cannot run inline script', async ({ mainWindow, appPage }) => {
  await expect(appPage.getByRole('treeitem', { name: new RegExp(`^${GROUP}, 5 variants`) })).toBeVisible()
  const responses = mainWindow.webContents.responses
  expect(responses.map((r) => r.url)).toContain('app://agent-merge/index.html')
  expect(responses.length).toBeGreaterThan(2)
  for (const response of responses) {
    expect(response.headers['content-security-policy'], response.url).toContain(CONTENT_SECURITY_POLICY)
    expect(response.headers['x-content-type-options'], response.url).toBe('nosniff')
  }
  const inline = await appPage.evaluate(async () => {
    const script = document.createElement('script')
    script.textContent = 'window.__inlineRan = true'
    document.head.append(script)
    await new Promise((resolve) => setTimeout(resolve, 50))
    return (window as unknown as { __inlineRan?: boolean }).__inlineRan ?? false
  })
  expect(inline).toBe(false)
  // The protocol serves only the renderer's folder.
  const traversal = await appPage.evaluate(() => fetch('/%2e%2e/%2e%2e/package.json').then((r) => r.status))
  expect([400, 404]).toContain(traversal)
})

test('navigation away from the app is blocked; the web link goes to the system browser', async ({ desktop, mainWindow, appPage }) => {
  const before = appPage.url()
  const url = 'https://example.com/elsewhere'
  await appPage.evaluate((to) => void (location.href = to), url)
  await expect.poll(() => mainWindow.webContents.blockedNavigations).toContain(url)
  await appPage.waitForTimeout(200)
  expect(appPage.url()).toBe(before)
  expect(mainWindow.webContents.getURL()).toBe('app://agent-merge/index.html')
  expect(desktop.runtime.externalOpens).toEqual([url])
})

test('window.open is denied; a web link opens in the system browser instead', async ({ desktop, mainWindow, appPage }) => {
  await appPage.evaluate(() => void window.open('https://example.com/popup'))
  await expect.poll(() => mainWindow.webContents.windowOpens).toEqual([{ url: 'https://example.com/popup', action: 'deny' }])
  await expect.poll(() => appPage.context().pages().length).toBe(1)
  expect(desktop.runtime.externalOpens).toEqual(['https://example.com/popup'])
  expect(desktop.runtime.windows).toHaveLength(1)
})

test('permission requests are denied, except clipboard writes from the app itself', async ({ mainWindow, appPage }) => {
  const allowed = { geolocation: false, notifications: false, media: false, midi: false, midiSysex: false, 'clipboard-read': false, 'clipboard-sanitized-write': true, 'storage-access': false }
  const answers = mainWindow.webContents.permissionAnswers
  expect(Object.fromEntries(answers.map((a) => [a.permission, a.requested])), 'the request handler').toEqual(allowed)
  expect(Object.fromEntries(answers.map((a) => [a.permission, a.checked])), 'the check handler').toEqual(allowed)
  const states = await appPage.evaluate(async () => {
    const names = ['geolocation', 'notifications', 'camera', 'microphone', 'clipboard-read', 'clipboard-write']
    return Object.fromEntries(await Promise.all(names.map(async (name) => [name, (await navigator.permissions.query({ name })).state])))
  })
  expect(states['clipboard-write']).toBe('granted')
  for (const name of ['geolocation', 'notifications', 'camera', 'microphone', 'clipboard-read']) expect(states[name], name).not.toBe('granted')
})

test('IPC from a frame other than the main frame is refused', async ({ install, mainWindow, appPage }) => {
  const file = join(install.exampleDir, readdirSync(install.exampleDir).find((f) => f.endsWith('.md'))!)
  await expect(appPage.getByRole('treeitem', { name: new RegExp(`^${GROUP}, 5 variants`) })).toBeVisible()
  // The main frame's own call is answered.
  const own = await appPage.evaluate((path) => window.agentMerge.readFile!(path), file)
  expect(own.ok).toBe(true)
  await appPage.evaluate(() => {
    const frame = document.createElement('iframe')
    frame.srcdoc = '<p>embedded</p>'
    document.body.append(frame)
  })
  await expect.poll(() => appPage.frames().length).toBe(2)
  // The preload runs in the main frame only: the subframe has no bridge...
  expect(await appPage.frames()[1]!.evaluate(() => typeof (window as { agentMerge?: unknown }).agentMerge)).toBe('undefined')
  // ...and a subframe that reaches IPC anyway is refused by main.
  const reply = (await mainWindow.webContents.invokeFromSubframe('agent-merge:readFile', file)) as { ok: boolean; error?: { code: string } }
  expect(reply).toMatchObject({ ok: false, error: { code: 'unauthorized' } })
})

test('a path outside the opened folders is refused, for reading and for writing', async ({ install, appPage }) => {
  await expect(appPage.getByRole('treeitem', { name: new RegExp(`^${GROUP}, 5 variants`) })).toBeVisible()
  const outside = join(install.scratch, 'written-from-the-page.md')
  const replies = await appPage.evaluate(
    async ([read, write]) => [await window.agentMerge.readFile!(read), await window.agentMerge.writeFile!({ path: write, text: 'x', expectedHash: null })],
    [join(install.appPath, 'package.json'), outside] as const,
  )
  expect(replies.map((r) => r.error?.code)).toEqual(['outside-roots', 'outside-roots'])
  expect(existsSync(outside)).toBe(false)
})
