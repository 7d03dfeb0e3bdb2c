import { describe, expect, it } from 'vitest'
import { browserCommand } from './open-browser'
import { parseServeArgs } from './parse-serve-args'

describe('parseServeArgs', () => {
  it.each([
    [[], { paths: [], port: 0, open: false, token: undefined }],
    [['agents', 'x.md', '--port', '8123', '--open'], { paths: ['agents', 'x.md'], port: 8123, open: true, token: undefined }],
    [['--port=0', '--token', 'abcdefghijklmnop1234'], { paths: [], port: 0, open: false, token: 'abcdefghijklmnop1234' }],
    [['--', '--weird-folder-name'], { paths: ['--weird-folder-name'], port: 0, open: false, token: undefined }],
  ])('%j', (argv, args) => {
    expect(parseServeArgs(argv)).toEqual({ ok: true, args })
  })

  it.each([
    [['--port'], '--port needs a number'],
    [['--port', 'http'], '--port needs a number'],
    [['--port', '70000'], '--port needs a number'],
    [['--token', 'short'], '--token needs'],
    [['--verbose'], 'Unknown option --verbose'],
  ])('refuses %j', (argv, message) => {
    const parsed = parseServeArgs(argv)
    expect(parsed.ok).toBe(false)
    expect(parsed.ok ? '' : parsed.message).toContain(message)
  })
})

describe('browserCommand', () => {
  it('uses the platform opener', () => {
    expect(browserCommand('linux', 'http://x/').command).toBe('xdg-open')
    expect(browserCommand('darwin', 'http://x/').command).toBe('open')
    expect(browserCommand('win32', 'http://x/?a=1&b=2').args).toEqual(['/c', 'start', '""', 'http://x/?a=1^&b=2'])
  })
})
