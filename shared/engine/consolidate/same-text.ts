// Whether a row a variant adds is the same text as a row of the result (the proposal's "same as
// row 4 of the result"): its token set compared with each row of the result of about its size,
// nearly all of them other texts.

import type { TokenSet } from '../align/similarity'

/** A row whose body is at least this alike to one the result has is the same text. */
export const SAME_TEXT = 0.8

/** One token set marked at a time (a scratch array of stamps, reused from group to group: token
 *  numbers are small, each group's space numbers from 1), to compare with many others. */
class MarkedSet {
  private stamps = new Int32Array(1024)
  private stamp = 0
  private size = 0

  mark(set: TokenSet): void {
    if (this.stamp === 0x7fffffff) {
      this.stamps.fill(0)
      this.stamp = 0
    }
    const stamp = ++this.stamp
    for (const token of set.tokens) {
      if (token >= this.stamps.length) this.grow(token)
      this.stamps[token] = stamp
    }
    this.size = set.size
  }

  /** tokenSetSimilarity of the marked set and `other` (both non-empty) when it reaches SAME_TEXT
   *  and is above `best`, else null. The count stops at the first miss too many to get there. */
  sameText(other: TokenSet, best: number): number | null {
    const sizes = this.size + other.size
    // The fewest shared tokens that pass (2x/sizes grows with x, so every count from there does).
    let needed = Math.max(0, Math.floor((Math.max(SAME_TEXT, best) * sizes) / 2) - 1)
    while (needed <= other.size && !passes(needed, sizes, best)) needed++
    const allowedMisses = other.size - needed
    if (allowedMisses < 0) return null
    const { stamps, stamp } = this
    let misses = 0
    // From the end: the word pairs come after the words, and two texts share fewer of them, so
    // a text that is not the same runs out of misses sooner.
    const tokens = other.tokens
    for (let k = tokens.length - 1; k >= 0; k--) {
      const token = tokens[k]!
      if ((token >= stamps.length || stamps[token] !== stamp) && ++misses > allowedMisses) return null
    }
    return (2 * (other.size - misses)) / sizes
  }

  private grow(token: number): void {
    let length = this.stamps.length
    while (length <= token) length *= 2
    const grown = new Int32Array(length)
    grown.set(this.stamps)
    this.stamps = grown
  }
}

/** Whether `shared` tokens of two sets of `sizes` tokens in all are SAME_TEXT alike and more
 *  alike than `best` (a function of its own: a closure per comparison was allocated). */
function passes(shared: number, sizes: number, best: number): boolean {
  return (2 * shared) / sizes >= SAME_TEXT && (2 * shared) / sizes > best
}

const marked = new MarkedSet()

/** The first of the result's rows whose body is the most alike to a body of `length` characters
 *  (`tokens` its set), when that is at least SAME_TEXT alike (tokenSetSimilarity); null when none
 *  is. `tokensOf` gives a row's set, made only for rows of about the body's length. */
export function sameTextRow<R extends { readonly row: number; readonly length: number }>(length: number, tokens: TokenSet, result: readonly R[], tokensOf: (row: R) => TokenSet): { readonly row: number; readonly similarity: number } | null {
  let best: { row: number; similarity: number } | null = null
  let isMarked = false
  for (const r of result) {
    // Texts of very different lengths are not the same text (a cheap test before tokenising).
    if (Math.min(r.length, length) < 0.4 * Math.max(r.length, length)) continue
    const other = tokensOf(r)
    // Dice is at most 2·min/(a+b): sets of very different sizes cannot reach the bar.
    const bound = (2 * Math.min(tokens.size, other.size)) / (tokens.size + other.size || 1)
    const beaten = best?.similarity ?? 0
    if (bound < SAME_TEXT || bound <= beaten) continue
    if (!isMarked) {
      marked.mark(tokens)
      isMarked = true
    }
    const similarity = marked.sameText(other, beaten)
    if (similarity !== null) best = { row: r.row, similarity }
  }
  return best
}
