// applySecurityPolicies with stand-ins for Electron's app, session and shell: navigation stays on
// app://, http(s) links go to the system browser, nothing else opens, windows and webviews are
// refused, and only our page may write to the clipboard.

import { EventEmitter } from 'node:events'
import { beforeEach, describe, expect, it, vi } from 'vitest'

const app = new EventEmitter()
const opened: string[] = []
let requestHandler: ((contents: unknown, permission: string, callback: (ok: boolean) => void) => void) | null = null
let checkHandler: ((contents: unknown, permission: string, origin: string) => boolean) | null = null

vi.mock('electron', () => ({
  app,
  shell: { openExternal: async (url: string) => void opened.push(url) },
  session: {
    defaultSession: {
      setPermissionRequestHandler: (h: typeof requestHandler) => (requestHandler = h),
      setPermissionCheckHandler: (h: typeof checkHandler) => (checkHandler = h),
    },
  },
}))

const { applySecurityPolicies } = await import('./security')

class FakeContents extends EventEmitter {
  windowOpen: ((details: { url: string }) => { action: string }) | null = null
  constructor(private readonly url: string) {
    super()
  }
  setWindowOpenHandler(h: (details: { url: string }) => { action: string }): void {
    this.windowOpen = h
  }
  getURL(): string {
    return this.url
  }
}

function event<T extends object>(fields?: T) {
  const e = { ...fields, prevented: false, preventDefault: () => void (e.prevented = true) }
  return e
}

function hardened(url = 'app://agent-merge/index.html'): FakeContents {
  const contents = new FakeContents(url)
  app.emit('web-contents-created', {}, contents)
  return contents
}

beforeEach(() => {
  app.removeAllListeners()
  opened.length = 0
  applySecurityPolicies()
})

describe('applySecurityPolicies', () => {
  it('keeps the main frame on app:// and hands only http(s) links to the system browser', () => {
    const contents = hardened()
    const cases = [
      ['app://agent-merge/index.html#x', false, []],
      ['https://example.com/docs', true, ['https://example.com/docs']],
      ['file:///etc/passwd', true, []],
      ['javascript:alert(1)', true, []],
      ['https://user:pw@example.com/', true, []],
    ] as const
    for (const [url, prevented, external] of cases) {
      opened.length = 0
      const e = event()
      contents.emit('will-navigate', e, url)
      expect([url, e.prevented, opened]).toEqual([url, prevented, external])
    }
  })

  it('keeps subframes on app:// and stops redirects elsewhere', () => {
    const contents = hardened()
    const sub = event({ url: 'https://evil.example/', isMainFrame: false })
    contents.emit('will-frame-navigate', sub)
    expect(sub.prevented).toBe(true)
    const own = event({ url: 'app://agent-merge/frame.html', isMainFrame: false })
    contents.emit('will-frame-navigate', own)
    expect(own.prevented).toBe(false)
    const redirect = event()
    contents.emit('will-redirect', redirect, 'http://127.0.0.1:1/')
    expect(redirect.prevented).toBe(true)
    expect(opened).toEqual([])
  })

  it('refuses new windows (opening safe links outside) and webviews', () => {
    const contents = hardened()
    expect(contents.windowOpen!({ url: 'https://example.com/' })).toEqual({ action: 'deny' })
    expect(contents.windowOpen!({ url: 'app://agent-merge/index.html' })).toEqual({ action: 'deny' })
    expect(opened).toEqual(['https://example.com/'])
    const attach = event()
    contents.emit('will-attach-webview', attach)
    expect(attach.prevented).toBe(true)
  })

  it('grants only clipboard writes, and only to our page', () => {
    const answers: boolean[] = []
    requestHandler!(new FakeContents('app://agent-merge/index.html'), 'clipboard-sanitized-write', (ok) => answers.push(ok))
    requestHandler!(new FakeContents('https://example.com/'), 'clipboard-sanitized-write', (ok) => answers.push(ok))
    for (const permission of ['media', 'geolocation', 'notifications', 'openExternal', 'clipboard-read']) {
      requestHandler!(new FakeContents('app://agent-merge/index.html'), permission, (ok) => answers.push(ok))
    }
    expect(answers).toEqual([true, false, false, false, false, false, false])
    expect(checkHandler!(null, 'clipboard-sanitized-write', 'app://agent-merge')).toBe(true)
    expect(checkHandler!(null, 'media', 'app://agent-merge')).toBe(false)
    expect(checkHandler!(null, 'clipboard-sanitized-write', 'https://example.com')).toBe(false)
  })
})
