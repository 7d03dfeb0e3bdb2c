import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { contentTokens, createTokenVocabulary, jaccard } from './token-similarity'

function stringJaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0
  let shared = 0
  for (const t of a) if (b.has(t)) shared++
  return shared / (a.size + b.size - shared)
}

describe('TokenVocabulary', () => {
  const textArb = fc.oneof(
    fc.constant(null),
    fc.array(fc.constantFrom('Reviews', 'review', 'reviewer', 'code', 'CODE', 'the', 'security', 'audits', 'auditor', 'x', 'data', 'é'), { maxLength: 12 }).map((w) => w.join(' ')),
    fc.string(),
  )

  it('numbers a text like its content tokens: the same Jaccard figure, one array per distinct text', () => {
    fc.assert(
      fc.property(fc.array(textArb, { maxLength: 20 }), (texts) => {
        const vocabulary = createTokenVocabulary()
        const numbers = texts.map((t) => vocabulary.numbersOfText(t))
        texts.forEach((a, i) => {
          expect(numbers[i]!.length).toBe(contentTokens(a).size)
          expect([...numbers[i]!].sort((x, y) => x - y)).toEqual(numbers[i])
          texts.forEach((b, j) => {
            expect(jaccard(numbers[i]!, numbers[j]!)).toBe(stringJaccard(contentTokens(a), contentTokens(b)))
            if (a === b) expect(numbers[i]).toBe(numbers[j])
          })
        })
      }),
    )
  })
})
