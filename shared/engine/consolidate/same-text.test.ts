import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { TokenSpace, tokenSetSimilarity, type TokenSet } from '../align/similarity'
import { SAME_TEXT, sameTextRow } from './same-text'

/** The plain search: every row of about the body's length compared in full. */
function naive(body: string, tokens: TokenSet, result: readonly { row: number; length: number; set: TokenSet }[]): { row: number; similarity: number } | null {
  let best = { row: -1, similarity: 0 }
  for (const r of result) {
    if (Math.min(r.length, body.length) < 0.4 * Math.max(r.length, body.length)) continue
    if (tokens.size === 0 || r.set.size === 0) continue
    const similarity = tokenSetSimilarity(tokens, r.set)
    if (similarity > best.similarity) best = { row: r.row, similarity }
  }
  return best.similarity >= SAME_TEXT ? best : null
}

// Few distinct words, so that texts are often nearly the same.
const text = fc.array(fc.constantFrom('api', 'rest', 'test', 'code', 'review', 'go', 'rust', 'db', 'x'), { maxLength: 40 }).map((words) => words.join(' '))

describe('sameTextRow', () => {
  it('finds the row the full comparison finds, with the same figure (property)', () => {
    fc.assert(
      fc.property(text, fc.array(text, { maxLength: 8 }), fc.array(fc.nat(30), { maxLength: 8 }), (body, rows, edits) => {
        const space = new TokenSpace()
        // Rows made of the body with a few words changed or dropped: near the bar.
        const texts = rows.map((t, i) => (i % 2 === 0 ? t : `${body.split(' ').slice(edits[i] ?? 0).join(' ')} ${t.slice(0, edits[i] ?? 0)}`))
        const result = texts.map((t, i) => ({ row: i * 3, length: t.length, set: space.tokenSet(t) }))
        const tokens = space.tokenSet(body)
        expect(sameTextRow(body.length, tokens, result, (r) => r.set)).toEqual(naive(body, tokens, result))
      }),
      { numRuns: 500 },
    )
  })

  it('takes the first of equally alike rows', () => {
    const space = new TokenSpace()
    const rows = ['a b c d e f g h i j', 'a b c d e f g h i j', 'a b c d e f g h i k'].map((t, i) => ({ row: i, length: t.length, set: space.tokenSet(t) }))
    expect(sameTextRow(19, space.tokenSet('a b c d e f g h i j'), rows, (r) => r.set)).toEqual({ row: 0, similarity: 1 })
    expect(sameTextRow(19, space.tokenSet('a b c d e f g h i k'), rows, (r) => r.set)).toEqual({ row: 2, similarity: 1 })
    expect(sameTextRow(19, space.tokenSet('q r s t u v w x y z'), rows, (r) => r.set)).toBeNull()
  })
})
