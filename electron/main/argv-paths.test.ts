import { describe, expect, it } from 'vitest'
import { isAppUrl } from './app-origin'
import { pathsFromArgv } from './argv-paths'
import { isSafeExternalUrl } from './external-links'

const existing = new Set(['/home/u/agents', '/home/u/agents/a.md', '/work/x.md'])
const exists = (p: string): boolean => existing.has(p)

describe('pathsFromArgv', () => {
  it('takes existing paths after the executable when packaged', () => {
    expect(pathsFromArgv(['/opt/agent-merge', '--enable-logging', 'agents', '/work/x.md', '/missing', '-psn_0_123'], { cwd: '/home/u', packaged: true, exists })).toEqual(['/home/u/agents', '/work/x.md'])
  })

  it('also skips the app path when run as `electron .`', () => {
    expect(pathsFromArgv(['/usr/bin/electron', '/home/u/agents', 'agents/a.md'], { cwd: '/home/u', packaged: false, exists })).toEqual(['/home/u/agents/a.md'])
  })

  it('keeps each path once', () => {
    expect(pathsFromArgv(['exe', 'agents', '/home/u/agents'], { cwd: '/home/u', packaged: true, exists })).toEqual(['/home/u/agents'])
  })
})

describe('isSafeExternalUrl', () => {
  it.each([
    ['https://github.com/x/y', true],
    ['http://example.com', true],
    ['file:///etc/passwd', false],
    ['javascript:alert(1)', false],
    ['https://user:pw@example.com', false],
    ['app://agent-merge/index.html', false],
    ['not a url', false],
  ])('%s -> %s', (url, safe) => {
    expect(isSafeExternalUrl(url)).toBe(safe)
  })
})

describe('isAppUrl', () => {
  it('accepts only app://agent-merge/', () => {
    expect(isAppUrl('app://agent-merge/index.html')).toBe(true)
    expect(isAppUrl('app://other/index.html')).toBe(false)
    expect(isAppUrl('https://agent-merge/')).toBe(false)
    expect(isAppUrl(undefined)).toBe(false)
  })
})
