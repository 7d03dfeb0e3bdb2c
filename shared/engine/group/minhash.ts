// MinHash signatures of text over 3-word shingles, built with one-permutation hashing:
// each shingle is hashed once and lands in one of SIGNATURE_SIZE bins that keep their minimum,
// so a 7 KB body costs one pass over its characters. Empty bins are filled by rotation
// densification so that two signatures stay comparable bin by bin.
//
// The same pass makes the body's likeness sketch (likeness.ts) from its words and word pairs:
// a scan reads each body once for both.

import { MAX_WORDS } from '../align/similarity'
import { addToken, newLikeness, type LikenessSketch } from './likeness'

export const SIGNATURE_SIZE = 64
const BIN_BITS = 6 // 2^6 = SIGNATURE_SIZE
const VALUE_MASK = (1 << (32 - BIN_BITS)) - 1
const EMPTY = 0xffffffff

/** A MinHash signature; `empty` when the text has no words (similar only to another empty one). */
export interface Signature {
  /** Every bin of an empty signature holds EMPTY, which no bin of another signature holds: so the
   *  share of equal bins is signatureSimilarity for any two signatures. */
  readonly bins: Uint32Array
  readonly empty: boolean
}

/** The 32-bit finaliser of MurmurHash3. */
export function fmix32(h: number): number {
  h ^= h >>> 16
  h = Math.imul(h, 0x85ebca6b)
  h ^= h >>> 13
  h = Math.imul(h, 0xc2b2ae35)
  h ^= h >>> 16
  return h >>> 0
}

/** What one reading of a text gives grouping: its MinHash signature and its likeness sketch. */
export interface TextSketches {
  readonly signature: Signature
  readonly likeness: LikenessSketch
}

export function textSketches(text: string): TextSketches {
  const bins = new Uint32Array(SIGNATURE_SIZE).fill(EMPTY)
  const likeness = newLikeness()
  // One pass, no callbacks: this loop runs over every character of every body.
  let w1 = 0
  let w2 = 0
  let words = 0
  let hash = 0x811c9dc5
  let inWord = false
  const length = text.length
  for (let i = 0; i <= length; i++) {
    let code = i < length ? text.charCodeAt(i) : 32
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || code > 127) {
      if (code >= 65 && code <= 90) code += 32
      hash = Math.imul(hash ^ code, 0x01000193)
      inWord = true
      continue
    }
    if (!inWord) continue
    const w3 = hash >>> 0
    hash = 0x811c9dc5
    inWord = false
    words++
    if (words <= MAX_WORDS) {
      // The likeness tokens: the word, and the pair it ends.
      addToken(likeness, fmix32(w3 ^ 0x5bd1e995))
      if (words > 1) addToken(likeness, fmix32(Math.imul(w2, 0x85ebca77) ^ w3))
    }
    if (words >= 3) {
      // fmix32 written out: too large for the CLI's inlining bound, it cost a call per word
      let shingle = Math.imul(w1, 0x9e3779b1) ^ Math.imul(w2, 0x85ebca77) ^ w3
      shingle ^= shingle >>> 16
      shingle = Math.imul(shingle, 0x85ebca6b)
      shingle ^= shingle >>> 13
      shingle = Math.imul(shingle, 0xc2b2ae35)
      shingle ^= shingle >>> 16
      const bin = shingle >>> (32 - BIN_BITS)
      const value = shingle & VALUE_MASK
      if (value < bins[bin]!) bins[bin] = value
    }
    w1 = w2
    w2 = w3
  }
  if (words === 0) return { signature: { bins, empty: true }, likeness }
  if (words < 3) {
    // one shingle of the few words there are
    const shingle = fmix32(Math.imul(w1, 0x9e3779b1) ^ w2)
    bins[shingle >>> (32 - BIN_BITS)] = shingle & VALUE_MASK
  }
  densify(bins)
  return { signature: { bins, empty: false }, likeness }
}

/** Fill each empty bin from the nearest non-empty bin to its right (circularly), offset by the distance. */
function densify(bins: Uint32Array): void {
  const n = bins.length
  for (let j = 0; j < n; j++) {
    if (bins[j] !== EMPTY) continue
    for (let d = 1; d < n; d++) {
      const source = bins[(j + d) % n]!
      if (source !== EMPTY && source <= VALUE_MASK) {
        bins[j] = (VALUE_MASK + 1 + ((source + Math.imul(d, 0x9e3779b1)) >>> BIN_BITS)) >>> 0
        break
      }
    }
  }
}

/** Estimated Jaccard similarity of the two texts' shingle sets, 0..1. */
export function signatureSimilarity(a: Signature, b: Signature): number {
  if (a.empty || b.empty) return a.empty && b.empty ? 1 : 0
  let equal = 0
  for (let i = 0; i < SIGNATURE_SIZE; i++) if (a.bins[i] === b.bins[i]) equal++
  return equal / SIGNATURE_SIZE
}

/** Hash of bins [from, from + count): the bucket key of one LSH band. */
export function bandHash(signature: Signature, from: number, count: number): number {
  let h = from
  for (let i = from; i < from + count; i++) h = fmix32(Math.imul(h, 0x01000193) ^ signature.bins[i]!)
  return h
}
