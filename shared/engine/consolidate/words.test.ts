import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { countWords, thousands } from './words'

describe('words', () => {
  it('countWords counts what the similarity measure calls words (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'Z', '9', '_', ' ', '-', '\n', '/', ':', '@', '[', '`', '{', '\u007f', 'é', 'ß', '日', '😀', '𝔸', '\u0301', '\ud835', '\udd38'), maxLength: 40 }), (text) => {
        expect(countWords(text)).toBe(text.match(/[\p{L}\p{N}_]+/gu)?.length ?? 0)
      }),
      { numRuns: 400 },
    )
  })
  it('countWords of a range counts as of its slice (property)', () => {
    const unit = fc.constantFrom('a', ' ', '-', 'é', '日', '😀', '𝔸', '\u0301', '\ud835', '\udd38')
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 30 }), fc.nat(), fc.nat(), (text, a, b) => {
        const [from, to] = [a % (text.length + 1), b % (text.length + 1)].sort((x, y) => x - y) as [number, number]
        expect(countWords(text, from, to)).toBe(countWords(text.slice(from, to)))
      }),
      { numRuns: 1000 },
    )
  })
  it('thousands', () => {
    expect([0, 999, 1000, 1234567].map(thousands)).toEqual(['0', '999', '1,000', '1,234,567'])
  })
})
