// The similarity summary of a group for the sidebar: body likeness over member pairs.
// It estimates the aligner's word and word-pair overlap (Dice, align/similarity.ts) from each
// body's likeness sketch (likeness.ts), not the MinHash used to find candidates: Jaccard over
// word triples reads two lightly edited copies as "5% alike", which is not what a person sees
// when they compare them.

import type { GroupSimilarity } from './group-model'
import { likeness, type LikenessSketch } from './likeness'
import { bodySketches } from './similarity-features'

/** Members compared at most for one group: a large group is summarised by an even sample, so
 *  a group of 10,000 copies compares 120 pairs, not 50 million. */
const SAMPLE_MEMBERS = 16

function evenSample<T>(items: readonly T[], count: number): readonly T[] {
  if (items.length <= count) return items
  return Array.from({ length: count }, (_, k) => items[Math.floor((k * items.length) / count)]!)
}

/** The similarity of a group from its member indices and each member's sketch. */
export function groupSimilarityOf(members: readonly number[], sketchOf: (index: number) => LikenessSketch): GroupSimilarity {
  const sampled = evenSample(members, SAMPLE_MEMBERS).map(sketchOf)
  if (sampled.length < 2) return { mean: 1, min: 1, max: 1, pairs: 0 }
  let sum = 0
  let min = 1
  let max = 0
  let pairs = 0
  for (let i = 0; i < sampled.length; i++) {
    for (let j = i + 1; j < sampled.length; j++) {
      const s = likeness(sampled[i]!, sampled[j]!)
      sum += s
      if (s < min) min = s
      if (s > max) max = s
      pairs++
    }
  }
  return { mean: sum / pairs, min, max, pairs }
}

/** The similarity of the group of `bodies`, as grouping gives it (see similarityFeatures). */
export function groupSimilarity(bodies: readonly string[]): GroupSimilarity {
  return groupSimilarityOf(Array.from(bodies.keys()), (index) => bodySketches(bodies[index]!).likeness)
}
