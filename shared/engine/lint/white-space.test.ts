import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { hasNonSpace } from './white-space'

const char = fc.constantFrom(' ', '\t', '\n', '\r', '\v', '\f', '\u00a0', '\u1680', '\u2000', '\u200a', '\u2028', '\u2029', '\u202f', '\u205f', '\u3000', '\ufeff', '\u200b', '\u0085', '\ud83d', 'x', '.')

describe('hasNonSpace', () => {
  it('answers as trim() sees the slice', () => {
    fc.assert(
      fc.property(fc.array(char, { maxLength: 12 }), fc.nat(14), fc.nat(14), (chars, a, b) => {
        const text = chars.join('')
        const [from, to] = [Math.min(a, b, text.length), Math.min(Math.max(a, b), text.length)]
        expect(hasNonSpace(text, from, to)).toBe(text.slice(from, to).trim() !== '')
      }),
      { numRuns: 3000 },
    )
  })
})
