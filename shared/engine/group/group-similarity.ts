// The similarity summary of a group for the sidebar: body likeness over member pairs.
// It uses the aligner's word and word-pair overlap (Dice, align/similarity.ts), not the MinHash
// estimate used to find candidates: Jaccard over word triples reads two lightly edited copies as
// "5% alike", which is not what a person sees when they compare them.
// The figures equal tokenSetSimilarity's exactly, computed without its sets: one reading of the
// sampled bodies says, per distinct token, which bodies hold it (member-masks.ts); the tokens of a
// body and those two bodies share are then sums over the few distinct sets of holders. Sorted
// token arrays merged pair by pair cost three times as much.

import type { GroupSimilarity } from './group-model'
import { MAX_MEMBERS, memberMasks } from './member-masks'

/** Members compared at most for one group: a large group is summarised by an even sample, so
 *  grouping 10,000 files never builds 10,000 token sets just for the sidebar's figure. */
const SAMPLE_MEMBERS = MAX_MEMBERS

function evenSample<T>(items: readonly T[], count: number): readonly T[] {
  if (items.length <= count) return items
  return Array.from({ length: count }, (_, k) => items[Math.floor((k * items.length) / count)]!)
}

/** Set sizes (index i) and shared tokens (index i * n + j, i < j) of n members, from the counts
 *  of tokens per set of holders. */
function overlaps(n: number, textOf: (member: number) => string): { readonly sizes: Int32Array; readonly shared: Int32Array } {
  const { masks, counts, distinct } = memberMasks(n, textOf)
  const sizes = new Int32Array(n)
  const shared = new Int32Array(n * n)
  for (let k = 0; k < distinct; k++) {
    const mask = masks[k]!
    const count = counts[k]!
    for (let i = 0; i < n; i++) {
      if ((mask & (1 << i)) === 0) continue
      sizes[i]! += count
      for (let j = i + 1; j < n; j++) if ((mask & (1 << j)) !== 0) shared[i * n + j]! += count
    }
  }
  return { sizes, shared }
}

/** Dice coefficient of two sets from their sizes and shared tokens: tokenSetSimilarity's figure. */
function dice(a: number, b: number, shared: number): number {
  if (a === 0 && b === 0) return 1
  if (a === 0 || b === 0) return 0
  return (2 * shared) / (a + b)
}

/** The similarity of a group from its member indices; `bodyOf` is asked only for the sampled
 *  members (a caller that no longer holds the bodies reads just those again). */
export function groupSimilarityOf(members: readonly number[], bodyOf: (index: number) => string): GroupSimilarity {
  const sampled = evenSample(members, SAMPLE_MEMBERS)
  if (sampled.length < 2) return { mean: 1, min: 1, max: 1, pairs: 0 }
  const n = sampled.length
  const { sizes, shared } = overlaps(n, (member) => bodyOf(sampled[member]!))
  let sum = 0
  let min = 1
  let max = 0
  let pairs = 0
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const s = dice(sizes[i]!, sizes[j]!, shared[i * n + j]!)
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
