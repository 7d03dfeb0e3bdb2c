import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { endsWithBlankLine, endsWithDelimiterLine, isBlankLine } from './line-ends'

const stretch = fc.tuple(fc.stringMatching(/^[-.a \t\r\n]{0,24}$/), fc.nat(30), fc.nat(30))

describe('line ends read back from the end', () => {
  it('answer as the regular expressions do on the slice', () => {
    fc.assert(
      fc.property(stretch, ([text, a, b]) => {
        const from = Math.min(a, b, text.length)
        const to = Math.min(Math.max(a, b), text.length)
        const slice = text.slice(from, to)
        expect(endsWithBlankLine(text, from, to)).toBe(/\n[ \t]*\r?\n$/.test(slice))
        expect(isBlankLine(text, from, to)).toBe(/^[ \t]*\r?\n$/.test(slice))
        expect(endsWithDelimiterLine(text, from, to)).toBe(/(^|\n)(---|\.\.\.)[ \t]*\r?\n$/.test(slice))
      }),
      { numRuns: 3000 },
    )
  })

  it('tell the cases apart', () => {
    expect(endsWithBlankLine('a\n \t\r\n', 0, 6)).toBe(true)
    expect(endsWithBlankLine('a\n \t\r\n', 1, 6)).toBe(true)
    expect(endsWithBlankLine('a\n \t\r\n', 2, 6)).toBe(false)
    expect(endsWithBlankLine('a\n\r\r\n', 0, 5)).toBe(false)
    expect(isBlankLine('x \t\n', 1, 4)).toBe(true)
    expect(isBlankLine('x \t\n', 0, 4)).toBe(false)
    expect(endsWithDelimiterLine('a\n--- \n', 0, 7)).toBe(true)
    expect(endsWithDelimiterLine('a\n--- \n', 2, 7)).toBe(true)
    expect(endsWithDelimiterLine('a---\n', 0, 5)).toBe(false)
    expect(endsWithDelimiterLine('x\n-.-\n', 0, 6)).toBe(false)
    expect(endsWithDelimiterLine('...\r\n', 0, 5)).toBe(true)
  })
})
