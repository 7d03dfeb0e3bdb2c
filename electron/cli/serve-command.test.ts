import { describe, expect, it } from 'vitest'
import { CliError } from './cli-error'
import { COMMAND_HELP, MAIN_HELP } from './help'
import { serveArgs } from './serve-command'

const usage = (argv: readonly string[]): string => {
  try {
    serveArgs(argv)
  } catch (error) {
    expect(error).toBeInstanceOf(CliError)
    expect((error as CliError).exitCode).toBe(2)
    return (error as CliError).message
  }
  throw new Error(`${JSON.stringify(argv)} was accepted`)
}

describe('serveArgs', () => {
  it.each([
    [[], { paths: [], port: 0, open: false, token: undefined }],
    [['agents', 'x.md', '--port', '8123', '--open'], { paths: ['agents', 'x.md'], port: 8123, open: true, token: undefined }],
    [['--port=0', '--token', 'abcdefghijklmnop1234'], { paths: [], port: 0, open: false, token: 'abcdefghijklmnop1234' }],
    [['--', '--weird-folder-name'], { paths: ['--weird-folder-name'], port: 0, open: false, token: undefined }],
    [['-'], { paths: ['-'], port: 0, open: false, token: undefined }],
  ])('%j', (argv, args) => {
    expect(serveArgs(argv)).toEqual(args)
  })

  it.each([
    [['--port'], 'agent-merge serve: option --port needs a value (see `agent-merge serve --help`)'],
    [['--port', 'http'], 'agent-merge serve: --port needs a number from 0 to 65535, not "http" (see `agent-merge serve --help`)'],
    [['--port', '70000'], '--port needs a number from 0 to 65535, not "70000"'],
    [['--port', '-1'], 'option --port needs a value'],
    [['--token', 'short'], '--token needs 16-256 letters, digits, "-" or "_"'],
    [['--token', '--open'], 'option --token needs a value'],
    [['--verbose'], 'agent-merge serve: unknown option --verbose (see `agent-merge serve --help`)'],
    // Accepted silently (or the last one kept) before serve shared the other commands' rules:
    [['--open=x'], 'option --open takes no value'],
    [['--port', '1', '--port', '2'], 'option --port given twice'],
    [['-p', '1'], 'unknown option -p'],
  ])('refuses %j in one line', (argv, message) => {
    const text = usage(argv)
    expect(text).toContain(message)
    expect(text).not.toContain('\n')
  })
})

describe('serve help', () => {
  it('names every option the parser takes, and only those, and several paths', () => {
    const help = COMMAND_HELP.serve!
    const named = [...new Set(help.match(/(?<=\s)--[a-z]+/g))].sort()
    expect(named).toEqual(['--open', '--port', '--token'])
    for (const [flag, value] of [['--open'], ['--port', '1'], ['--token', 'abcdefghijklmnop1234']]) {
      expect(() => serveArgs([flag!, ...(value ? [value] : [])])).not.toThrow()
    }
    expect(help).toMatch(/^Usage: agent-merge serve \[<folder\|file>\.\.\.\]/)
    expect(MAIN_HELP).toContain('agent-merge serve [<folder|file>...] [--port <n>] [--open] [--token <t>]')
  })
})
