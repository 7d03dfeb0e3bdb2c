// The similarity summary of a group for the sidebar: body likeness over member pairs.
// It uses the aligner's word and word-pair overlap (Dice), not the MinHash estimate used to find
// candidates: Jaccard over word triples reads two lightly edited copies as "5% alike", which is
// not what a person sees when they compare them.

import { tokenSet, tokenSetSimilarity } from '../align/similarity'
import type { GroupSimilarity } from './group-model'

/** Members compared at most for one group: a large group is summarised by an even sample, so
 *  grouping 10,000 files never builds 10,000 token sets just for the sidebar's figure. */
const SAMPLE_MEMBERS = 16

function evenSample<T>(items: readonly T[], count: number): readonly T[] {
  if (items.length <= count) return items
  return Array.from({ length: count }, (_, k) => items[Math.floor((k * items.length) / count)]!)
}

export function groupSimilarity(bodies: readonly string[]): GroupSimilarity {
  const sets = evenSample(bodies, SAMPLE_MEMBERS).map(tokenSet)
  const n = sets.length
  if (n < 2) return { mean: 1, min: 1, max: 1, pairs: 0 }
  let sum = 0
  let min = 1
  let max = 0
  let pairs = 0
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const s = tokenSetSimilarity(sets[i]!, sets[j]!)
      sum += s
      if (s < min) min = s
      if (s > max) max = s
      pairs++
    }
  }
  return { mean: sum / pairs, min, max, pairs }
}
