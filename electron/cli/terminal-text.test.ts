// Control characters from file names and section titles never reach the terminal raw, and the
// JSON outputs stay valid with the same values.

import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { makeTempFolder } from '../host/temp-folder.test-util'
import { runCli } from './cli-test-util'
import { oneLine, terminalSafe } from './terminal-text'

// eslint-disable-next-line no-control-regex -- finding control characters is the point
const OUR_COLOURS = /\u001b\[(?:1|2|22|31|32|33|36|39)m/g
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/

describe('terminalSafe and oneLine', () => {
  it('escapes controls as \\uXXXX, keeps newline, tab and text', () => {
    expect(terminalSafe('a\u001b]52;c;SGk=\u0007b\u001b[2Jc\u009bd\u202ee\tf\ng', false)).toBe('a\\u001b]52;c;SGk=\\u0007b\\u001b[2Jc\\u009bd\\u202ee\tf\ng')
    expect(oneLine('a\nb\rc\u2028d')).toBe('a\\nb\\rc\\u2028d')
  })

  it('lets our colours through only when colour is on', () => {
    expect(terminalSafe('\u001b[31mred\u001b[39m', true)).toBe('\u001b[31mred\u001b[39m')
    expect(terminalSafe('\u001b[31mred\u001b[39m', false)).toBe('\\u001b[31mred\\u001b[39m')
    expect(terminalSafe('\u001b[8mhidden', true)).toBe('\\u001b[8mhidden')
  })

  it('keeps any JSON text valid and equal in value', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), fc.string({ unit: 'binary' }), (value, s) => {
        for (const v of [value, s, { [s]: s }]) {
          const safe = terminalSafe(JSON.stringify(v, null, 2), false)
          expect(RAW_CONTROL.test(safe)).toBe(false)
          expect(JSON.parse(safe)).toEqual(JSON.parse(JSON.stringify(v)))
        }
      }),
      { numRuns: 300 },
    )
  })
})

describe('the commands with hostile names and titles', () => {
  const title = '# Title \u001b]52;c;SGVsbG8=\u0007 \u001b[2J \u202erev'
  const agent = (description: string, body: string): string => `---\nname: evil\ndescription: ${description}\n---\n${title}\n\n${body}\n`

  async function folder(): Promise<{ dir: string; evil: string; plain: string }> {
    const dir = await makeTempFolder()
    const evil = join(dir, 'evil\nnext.md:9: error: fake\u001b[2J.md')
    const plain = join(dir, 'plain.md')
    writeFileSync(evil, agent('one', 'body'))
    writeFileSync(plain, agent('two', 'body two'))
    return { dir, evil, plain }
  }

  it.each([
    ['diff', (f: { evil: string; plain: string }) => ['diff', f.evil, f.plain]],
    ['check', (f: { dir: string }) => ['check', f.dir]],
    ['scan', (f: { dir: string }) => ['scan', f.dir]],
  ])('%s prints no raw control character and keeps one line per finding', async (_, argv) => {
    const f = await folder()
    for (const env of [{}, { NO_COLOR: '1' }]) {
      for (const isTTY of [false, true]) {
        const run = await runCli(argv(f), { env, isTTY })
        const text = run.stdout + run.stderr
        // Only our own colours, and only on a colour terminal.
        const withoutOurColours = isTTY && !('NO_COLOR' in env) ? text.replace(OUR_COLOURS, '') : text
        expect(RAW_CONTROL.test(withoutOurColours)).toBe(false)
        // The file name's newline is escaped: no line starts with the fake location.
        expect(text.split('\n').some((line) => line.startsWith('next.md:9:'))).toBe(false)
        expect(text).toContain('evil\\nnext.md:9: error: fake\\u001b[2J.md')
      }
    }
  })

  it.each([['diff'], ['check'], ['scan']])('%s --json stays valid JSON holding the real names', async (command) => {
    const f = await folder()
    const argv = command === 'diff' ? ['diff', f.evil, f.plain, '--json'] : [command, f.dir, '--json']
    const run = await runCli(argv)
    expect(RAW_CONTROL.test(run.stdout)).toBe(false)
    const json = JSON.stringify(JSON.parse(run.stdout))
    expect(json).toContain(JSON.stringify(f.evil).slice(1, -1).split('/').pop()!)
  })
})
