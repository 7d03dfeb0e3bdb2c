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

/** The same words as align/similarity.ts's tokenSet. */
const WORD = /[\p{L}\p{N}_]+/gu

function evenSample<T>(items: readonly T[], count: number): readonly T[] {
  if (items.length <= count) return items
  return Array.from({ length: count }, (_, k) => items[Math.floor((k * items.length) / count)]!)
}

/** Distinct token numbers of a text, ascending: a word is its number (from 1), the pair (v, w) is
 *  v * base + w. `base` exceeds every word number, so no two tokens share a number (and all stay
 *  exact doubles). */
function tokenNumbers(text: string, words: Map<string, number>, base: number): Float64Array {
  const lower = text.toLowerCase()
  const ids: number[] = []
  WORD.lastIndex = 0
  for (let match = WORD.exec(lower); match !== null && ids.length < MAX_WORDS; match = WORD.exec(lower)) {
    let id = words.get(match[0])
    if (id === undefined) {
      id = words.size + 1
      words.set(match[0], id)
    }
    ids.push(id)
  }
  const tokens = new Float64Array(Math.max(0, 2 * ids.length - 1))
  for (let i = 0; i < ids.length; i++) tokens[i] = ids[i]!
  for (let i = 1; i < ids.length; i++) tokens[ids.length + i - 1] = ids[i - 1]! * base + ids[i]!
  tokens.sort()
  let distinct = 0
  for (let i = 0; i < tokens.length; i++) if (i === 0 || tokens[i] !== tokens[i - 1]) tokens[distinct++] = tokens[i]!
  return tokens.subarray(0, distinct)
}

/** Dice coefficient of two sorted distinct arrays: tokenSetSimilarity's figure for the same sets. */
function diceOfSorted(a: Float64Array, b: Float64Array): number {
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
  const words = new Map<string, number>()
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
