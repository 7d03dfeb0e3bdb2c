// The app:// handler with a stand-in for Electron's protocol and session: files from the renderer
// folder with the strict CSP; traversal, other hosts and other methods refused.

import { symlink } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { makeTempFolder, writeTree } from '../host/temp-folder.test-util'
import { CONTENT_SECURITY_POLICY } from '../serve/security-headers'

let handler: ((request: Request) => Promise<Response>) | null = null
vi.mock('electron', () => ({
  protocol: { handle: (_scheme: string, h: (request: Request) => Promise<Response>) => (handler = h), registerSchemesAsPrivileged: () => undefined },
  session: { defaultSession: { webRequest: { onHeadersReceived: () => undefined } } },
}))

const { handleAppProtocol } = await import('./app-protocol')

async function setup() {
  const base = await makeTempFolder()
  await writeTree(base, { 'renderer/index.html': '<!doctype html>app', 'renderer/assets/a.js': 'x', 'secret.txt': 'TOP SECRET' })
  await symlink(base, join(base, 'renderer', 'out'))
  handleAppProtocol(join(base, 'renderer'))
  return (url: string, method = 'GET') => handler!(new Request(url, { method }))
}

describe('app:// protocol', () => {
  it('serves the renderer with the strict CSP and nosniff', async () => {
    const get = await setup()
    const page = await get('app://agent-merge/index.html')
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('app')
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(page.headers.get('x-content-type-options')).toBe('nosniff')
    expect((await get('app://agent-merge/assets/a.js')).headers.get('content-type')).toContain('javascript')
  })

  it('refuses traversal, other hosts and writes', async () => {
    const get = await setup()
    for (const url of ['app://agent-merge/%2e%2e/secret.txt', 'app://agent-merge/out/secret.txt', 'app://agent-merge/assets/..%2f..%2fsecret.txt', 'app://other/index.html']) {
      const answer = await get(url)
      expect(answer.status, url).toBeGreaterThanOrEqual(400)
      expect(await answer.text(), url).not.toContain('TOP SECRET')
    }
    expect((await get('app://agent-merge/index.html', 'POST')).status).toBe(404)
  })
})
