// How alike two bodies are, for a group's figure: the Dice coefficient of their sets of words and
// word pairs (the measure the aligner compares sections by, align/similarity.ts), estimated from a
// sketch of each body made in the reading that signs it (minhash.ts) rather than from the sets:
// a scan then never reads a body twice, nor keeps one.
//
// The sketch is a one-permutation MinHash over the tokens: each token is hashed once and lands in
// one of LIKENESS_BINS bins, which keeps the least value it gets. Two sketches estimate the
// Jaccard index of the two sets as the share of equal bins among those not empty in both (Li,
// Owen and Zhang, "One permutation hashing", 2012); Dice = 2J / (1 + J). The error is about
// sqrt(J (1 - J) / LIKENESS_BINS) in J (0.02 at J = 0.5, less near 0 and 1); equal texts read 1.
// The words are the MinHash's, which are nearly the aligner's: `_` separates words, and letters
// outside ASCII are not lowercased.

const LIKENESS_BIN_BITS = 9
const LIKENESS_BINS = 1 << LIKENESS_BIN_BITS
/** A bin no token reached (no token's value is this). */
const EMPTY = 0xffff

/** Per bin, the least value of the tokens hashed to it (16 bits), or EMPTY. */
export type LikenessSketch = Uint16Array

export function newLikeness(): LikenessSketch {
  return new Uint16Array(LIKENESS_BINS).fill(EMPTY)
}

/** Adds a token (its 32-bit hash): its top bits choose the bin, which keeps the least of the
 *  16 bits below them (never EMPTY). */
export function addToken(sketch: LikenessSketch, token: number): void {
  const bin = token >>> (32 - LIKENESS_BIN_BITS)
  let value = (token >>> (16 - LIKENESS_BIN_BITS)) & 0xffff
  if (value === EMPTY) value = EMPTY - 1
  if (value < sketch[bin]!) sketch[bin] = value
}

/** The estimated Dice coefficient of the two bodies' token sets, 0..1: 1 when neither has a
 *  word, 0 when only one has. */
export function likeness(a: LikenessSketch, b: LikenessSketch): number {
  let equal = 0
  let used = 0
  for (let bin = 0; bin < LIKENESS_BINS; bin++) {
    const x = a[bin]!
    const y = b[bin]!
    if (x === y) {
      if (x !== EMPTY) {
        equal++
        used++
      }
    } else used++
  }
  if (used === 0) return 1
  const jaccard = equal / used
  return (2 * jaccard) / (1 + jaccard)
}
