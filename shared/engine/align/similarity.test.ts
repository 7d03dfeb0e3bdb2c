import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { MAX_WORDS, textSimilarity, tokenSet } from './similarity'

describe('textSimilarity', () => {
  it.each([
    ['same text', 'Design RESTful APIs', 'Design RESTful APIs', 1],
    ['case and punctuation do not count', 'Design RESTful APIs!', 'design restful apis', 1],
    ['disjoint', 'alpha beta', 'gamma delta', 0],
    ['both empty', '', '', 1],
    ['one empty', 'word', '  ', 0],
  ])('%s', (_, a, b, expected) => {
    expect(textSimilarity(a, b)).toBe(expected)
  })
  it('ranks a small edit above a rewrite', () => {
    const base = 'You will design data layers by choosing the right database, planning indexes and migrations.'
    const edited = 'You will design data layers by choosing the right database, planning indexes, sharding and migrations.'
    const other = 'Security implementation: authentication, authorization and encryption of data at rest.'
    expect(textSimilarity(base, edited)).toBeGreaterThan(0.7)
    expect(textSimilarity(base, other)).toBeLessThan(0.2)
  })
  it('word order matters through bigrams', () => {
    expect(textSimilarity('one two three four', 'four three two one')).toBeLessThan(0.7)
  })
  it('is symmetric and within 0..1', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const s = textSimilarity(a, b)
        expect(s).toBeGreaterThanOrEqual(0)
        expect(s).toBeLessThanOrEqual(1)
        expect(textSimilarity(b, a)).toBe(s)
      }),
    )
  })
  it('caps the words it reads', () => {
    const long = Array.from({ length: MAX_WORDS + 500 }, (_, i) => `w${i}`).join(' ')
    expect(tokenSet(long).has(`w${MAX_WORDS + 10}`)).toBe(false)
  })
})
