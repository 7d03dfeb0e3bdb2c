// The similarity summary of a group for the sidebar: body likeness over member pairs.
// It uses the aligner's word and word-pair overlap (Dice, align/similarity.ts), not the MinHash
// estimate used to find candidates: Jaccard over word triples reads two lightly edited copies as
// "5% alike", which is not what a person sees when they compare them.
// The figures equal tokenSetSimilarity's exactly, computed without its string sets: the sampled
// bodies' words are numbered once per group, a word pair is a number made of its two words', and
// each body becomes a sorted array of distinct numbers that pairs compare by merging. Building
// the string sets (a string per word pair, hashed into a Set) was a third of scanning a folder.

import { MAX_WORDS } from '../align/similarity'
import type { GroupSimilarity } from './group-model'

/** Members compared at most for one group: a large group is summarised by an even sample, so
 *  grouping 10,000 files never builds 10,000 token sets just for the sidebar's figure. */
const SAMPLE_MEMBERS = 16

/** A word character of align/similarity.ts's tokenSet (`[\p{L}\p{N}_]`, by code point). */
const WORD_CHAR = /^[\p{L}\p{N}_]$/u
const ASCII_WORD = new Uint8Array(128).map((_, code) => (WORD_CHAR.test(String.fromCharCode(code)) ? 1 : 0))
const otherWordChars = new Map<number, boolean>()

function isWordCodePoint(codePoint: number): boolean {
  if (codePoint < 128) return ASCII_WORD[codePoint] === 1
  let known = otherWordChars.get(codePoint)
  if (known === undefined) {
    known = WORD_CHAR.test(String.fromCodePoint(codePoint))
    otherWordChars.set(codePoint, known)
  }
  return known
}

/** Numbers for the words of one group's bodies (from 1). A word already numbered is found by a
 *  hash of its characters, computed while scanning, and compared in place: no string is cut
 *  for it (tokenizing was nearly all of the figure's cost). */
class WordNumbers {
  private readonly byHash = new Map<number, number>()
  private readonly byText = new Map<string, number>()
  private readonly texts: string[] = ['']

  numberOf(text: string, start: number, end: number, hash: number): number {
    const seen = this.byHash.get(hash)
    if (seen !== undefined) {
      const word = this.texts[seen]!
      if (word.length === end - start && text.startsWith(word, start)) return seen
    }
    const word = text.slice(start, end)
    let n = this.byText.get(word)
    if (n === undefined) {
      n = this.texts.length
      this.texts.push(word)
      this.byText.set(word, n)
      if (seen === undefined) this.byHash.set(hash, n)
    }
    return n
  }
}

/** The numbers of the first MAX_WORDS words of `text` (lowercased), in order. */
function wordNumbers(text: string, words: WordNumbers): number[] {
  const lower = text.toLowerCase()
  const out: number[] = []
  let start = -1
  let hash = 0
  const length = lower.length
  for (let i = 0; i <= length && out.length < MAX_WORDS; ) {
    let code = i < length ? lower.charCodeAt(i) : 32
    let units = 1
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < length) {
      const low = lower.charCodeAt(i + 1)
      if (low >= 0xdc00 && low <= 0xdfff) {
        code = (code - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000
        units = 2
      }
    }
    if (isWordCodePoint(code)) {
      if (start < 0) {
        start = i
        hash = 0x811c9dc5
      }
      hash = Math.imul(hash ^ code, 0x01000193)
    } else if (start >= 0) {
      out.push(words.numberOf(lower, start, i, hash & 0x3fffffff))
      start = -1
    }
    i += units
  }
  return out
}

function evenSample<T>(items: readonly T[], count: number): readonly T[] {
  if (items.length <= count) return items
  return Array.from({ length: count }, (_, k) => items[Math.floor((k * items.length) / count)]!)
}

/** Bits of a token number: a word is at most SAMPLE_MEMBERS * MAX_WORDS (24,000), a pair at most
 *  that squared plus itself, under 2^30. Three 10-bit passes of a radix sort order them. */
const RADIX_BITS = 10
const RADIX_PASSES = 3
const radixCounts = new Int32Array(1 << RADIX_BITS)

/** Sorts `keys` (each under 2^30) ascending, `scratch` at least as long; returns the sorted array
 *  (one of the two). A radix sort: TypedArray sort took most of the figure's time. */
function radixSort(keys: Int32Array, scratch: Int32Array): Int32Array {
  let from = keys
  let to = scratch
  const mask = (1 << RADIX_BITS) - 1
  for (let pass = 0; pass < RADIX_PASSES; pass++) {
    const shift = pass * RADIX_BITS
    radixCounts.fill(0)
    for (let i = 0; i < from.length; i++) radixCounts[(from[i]! >>> shift) & mask]!++
    let sum = 0
    for (let b = 0; b <= mask; b++) {
      const count = radixCounts[b]!
      radixCounts[b] = sum
      sum += count
    }
    for (let i = 0; i < from.length; i++) {
      const key = from[i]!
      to[radixCounts[(key >>> shift) & mask]!++] = key
    }
    ;[from, to] = [to, from]
  }
  return from
}

/** Distinct token numbers of a text, ascending: a word is its number (from 1), the pair (v, w) is
 *  v * base + w. `base` exceeds every word number, so no two tokens share a number. */
function tokenNumbers(text: string, words: WordNumbers, base: number): Int32Array {
  const ids = wordNumbers(text, words)
  const count = Math.max(0, 2 * ids.length - 1)
  const tokens = new Int32Array(count)
  for (let i = 0; i < ids.length; i++) tokens[i] = ids[i]!
  for (let i = 1; i < ids.length; i++) tokens[ids.length + i - 1] = ids[i - 1]! * base + ids[i]!
  const sorted = radixSort(tokens, new Int32Array(count))
  let distinct = 0
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[distinct++] = sorted[i]!
  return sorted.slice(0, distinct)
}

/** Dice coefficient of two sorted distinct arrays: tokenSetSimilarity's figure for the same sets. */
function diceOfSorted(a: Int32Array, b: Int32Array): number {
  if (a.length === 0 && b.length === 0) return 1
  if (a.length === 0 || b.length === 0) return 0
  let shared = 0
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    const x = a[i]!
    const y = b[j]!
    if (x === y) {
      shared++
      i++
      j++
    } else if (x < y) i++
    else j++
  }
  return (2 * shared) / (a.length + b.length)
}

/** The similarity of a group from its member indices; `bodyOf` is asked only for the sampled
 *  members (a caller that no longer holds the bodies reads just those again). */
export function groupSimilarityOf(members: readonly number[], bodyOf: (index: number) => string): GroupSimilarity {
  const sampled = evenSample(members, SAMPLE_MEMBERS)
  if (sampled.length < 2) return { mean: 1, min: 1, max: 1, pairs: 0 }
  const words = new WordNumbers()
  // Word numbers run from 1 to at most MAX_WORDS per body.
  const base = sampled.length * MAX_WORDS + 1
  const sets = sampled.map((index) => tokenNumbers(bodyOf(index), words, base))
  const n = sets.length
  let sum = 0
  let min = 1
  let max = 0
  let pairs = 0
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const s = diceOfSorted(sets[i]!, sets[j]!)
      sum += s
      if (s < min) min = s
      if (s > max) max = s
      pairs++
    }
  }
  return { mean: sum / pairs, min, max, pairs }
}

export function groupSimilarity(bodies: readonly string[]): GroupSimilarity {
  return groupSimilarityOf(Array.from(bodies.keys()), (index) => bodies[index]!)
}
