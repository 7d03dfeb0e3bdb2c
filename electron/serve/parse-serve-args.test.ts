import { describe, expect, it } from 'vitest'
import { COMMAND_HELP, MAIN_HELP } from '../cli/help'
import { EventEmitter } from 'node:events'
import type { ChildProcess } from 'node:child_process'
import { browserCommand, openBrowser } from './open-browser'
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

describe('serve help', () => {
  it('names every option the parser takes, and only those, and several paths', () => {
    const help = COMMAND_HELP.serve!
    const named = [...new Set(help.match(/(?<=\s)--[a-z]+/g))].sort()
    expect(named).toEqual(['--open', '--port', '--token'])
    for (const [flag, value] of [['--open'], ['--port', '1'], ['--token', 'abcdefghijklmnop1234']]) {
      expect(parseServeArgs([flag!, ...(value ? [value] : [])]).ok).toBe(true)
    }
    expect(help).toMatch(/^Usage: agent-merge serve \[<folder\|file>\.\.\.\]/)
    expect(MAIN_HELP).toContain('agent-merge serve [<folder|file>...] [--port <n>] [--open] [--token <t>]')
  })
})

describe('browserCommand', () => {
  it('uses the platform opener', () => {
    expect(browserCommand('linux', 'http://x/').command).toBe('xdg-open')
    expect(browserCommand('darwin', 'http://x/').command).toBe('open')
    expect(browserCommand('win32', 'http://x/?a=1&b=2').args).toEqual(['/c', 'start', '""', 'http://x/?a=1^&b=2'])
  })

  it('reports a browser that could not be started or that failed, in one line each', () => {
    const lines: string[] = []
    const children: EventEmitter[] = []
    const fakeSpawn = () => {
      const child = Object.assign(new EventEmitter(), { unref: () => undefined })
      children.push(child)
      return child as unknown as ChildProcess
    }
    openBrowser('http://x/', (l) => lines.push(l), 'linux', fakeSpawn)
    children[0]!.emit('exit', 0)
    expect(lines).toEqual([])
    openBrowser('http://x/', (l) => lines.push(l), 'linux', fakeSpawn)
    children[1]!.emit('exit', 3)
    openBrowser('http://x/', (l) => lines.push(l), 'linux', fakeSpawn)
    children[2]!.emit('error', new Error('spawn xdg-open ENOENT'))
    children[2]!.emit('exit', -2)
    openBrowser('http://x/', (l) => lines.push(l), 'linux', () => {
      throw new Error('no processes left')
    })
    expect(lines).toEqual([
      'agent-merge: could not open a browser (xdg-open exited with code 3); open the address above yourself.',
      'agent-merge: could not open a browser (xdg-open: spawn xdg-open ENOENT); open the address above yourself.',
      'agent-merge: could not open a browser (no processes left); open the address above yourself.',
    ])
  })
})
