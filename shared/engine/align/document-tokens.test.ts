import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../parse/parse-document'
import { DocumentTokens } from './document-tokens'
import { TokenSpace, tokenSetSimilarity, type TokenSet } from './similarity'

/** A space that counts the words it reads for spans. */
class CountingSpace extends TokenSpace {
  spansRead = 0
  override spanSet(...args: Parameters<TokenSpace['spanSet']>): TokenSet {
    this.spansRead++
    return super.spanSet(...args)
  }
}

const tokensOf = (set: TokenSet): number[] => Array.from(set.tokens)

describe('DocumentTokens', () => {
  const body = '# Role\n\nYou review code.\n\n## Steps\n\n- read the diff\n- run the tests\n'
  const docs = [parseDocument(`---\nname: a\n---\n${body}`, 'a.md'), parseDocument(`---\nname: reviewer\ndescription: longer\n---\n${body}`, 'b.md'), parseDocument(`---\nname: c\n---\n${body}More.\n`, 'c.md')]

  it('gives the set of the text of any span, of documents whose bodies are the same or not', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(2), fc.nat(), fc.nat()), { maxLength: 20 }), (spans) => {
        const tokens = new DocumentTokens()
        const space = tokens.space
        for (const [d, x, y] of spans) {
          const doc = docs[d]!
          const [start, end] = [x, y].map((n) => n % (doc.text.length + 1)).sort((p, q) => p - q) as [number, number]
          const set = tokens.span(doc, start, end)
          const expected = space.tokenSet(doc.text.slice(start, end))
          expect(tokensOf(set).length).toBe(expected.size)
          expect(tokenSetSimilarity(set, expected)).toBe(1)
          expect(set.text).toBe(doc.text.slice(start, end))
        }
      }),
      { numRuns: 300 },
    )
  })

  it('reads a body equal to one read before no more: its spans are the sets made then', () => {
    const space = new CountingSpace()
    const tokens = new DocumentTokens(space)
    const [a, b, c] = docs as [(typeof docs)[0], (typeof docs)[0], (typeof docs)[0]]
    const section = (doc: typeof a, i: number): TokenSet => tokens.span(doc, doc.sections[i]!.start, doc.sections[i]!.end)
    const fromA = a.sections.map((_, i) => section(a, i))
    const fromB = b.sections.map((_, i) => section(b, i))
    expect(fromB).toEqual(fromA)
    for (let i = 0; i < fromA.length; i++) expect(fromB[i]).toBe(fromA[i])
    expect(space.spansRead).toBe(a.sections.length)
    // Another body is read on its own.
    section(c, 0)
    expect(space.spansRead).toBe(a.sections.length + 1)
  })
})
