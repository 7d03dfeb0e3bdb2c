import { describe, expect, it } from 'vitest'
import { CliError } from './cli-error'
import { parseArgs, type OptionSpecs } from './parse-args'

const SPECS: OptionSpecs = { output: { type: 'string', short: 'o' }, json: { type: 'boolean' }, only: { type: 'list' } }

describe('parseArgs', () => {
  it.each([
    [['a.md', '-o', 'x.md', '--json'], { positionals: ['a.md'], strings: { output: 'x.md' }, flags: ['json'], lists: {} }],
    [['--output=x.md', 'a.md'], { positionals: ['a.md'], strings: { output: 'x.md' }, flags: [], lists: {} }],
    [['-o=x.md'], { positionals: [], strings: { output: 'x.md' }, flags: [], lists: {} }],
    [['-o', '-'], { positionals: [], strings: { output: '-' }, flags: [], lists: {} }],
    [['--output=-x'], { positionals: [], strings: { output: '-x' }, flags: [], lists: {} }],
    [['--only', 'a, b,', '--only=c'], { positionals: [], strings: {}, flags: [], lists: { only: ['a', 'b', 'c'] } }],
    [['-', '--', '--json', '-o'], { positionals: ['-', '--json', '-o'], strings: {}, flags: [], lists: {} }],
  ])('%j', (argv, expected) => {
    const parsed = parseArgs(argv, SPECS, 'merge')
    expect({ ...parsed, flags: [...parsed.flags] }).toEqual(expected)
  })

  it.each([
    [['--bogus'], 'unknown option --bogus'],
    [['--bogus=1'], 'unknown option --bogus'],
    [['-x'], 'unknown option -x'],
    [['-json'], 'unknown option -json'],
    [['--constructor'], 'unknown option --constructor'],
    [['--json=yes'], 'option --json takes no value'],
    [['-o'], 'option -o needs a value'],
    [['--output', '--json'], 'option --output needs a value'],
    [['-o', 'a', '--output', 'b'], 'option --output given twice'],
  ])('refuses %j with one line (exit 2)', (argv, message) => {
    let error: unknown
    try {
      parseArgs(argv, SPECS, 'merge')
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(CliError)
    expect((error as CliError).exitCode).toBe(2)
    expect((error as CliError).message).toBe(`agent-merge merge: ${message} (see \`agent-merge merge --help\`)`)
  })
})
