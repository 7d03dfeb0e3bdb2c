// The similarity summary of a group for the sidebar: body likeness over member pairs.
// It uses the aligner's word and word-pair overlap (Dice), not the MinHash estimate used to find
// candidates: Jaccard over word triples reads two lightly edited copies as "5% alike", which is
// not what a person sees when they compare them.

import { tokenSet, tokenSetSimilarity } from '../align/similarity'
import type { GroupSimilarity } from './group-model'

/** Pairs compared at most for one group (beyond that, each member meets its next neighbours). */
const PAIR_BUDGET = 300

export function groupSimilarity(bodies: readonly string[]): GroupSimilarity {
  const sets = bodies.map(tokenSet)
  const n = sets.length
  if (n < 2) return { mean: 1, min: 1, max: 1, pairs: 0 }
  let sum = 0
  let min = 1
  let max = 0
  let pairs = 0
  const visit = (i: number, j: number): void => {
    const s = tokenSetSimilarity(sets[i]!, sets[j]!)
    sum += s
    if (s < min) min = s
    if (s > max) max = s
    pairs++
  }
  if ((n * (n - 1)) / 2 <= PAIR_BUDGET) {
    for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) visit(i, j)
  } else {
    const reach = Math.max(1, Math.floor(PAIR_BUDGET / n))
    for (let i = 0; i < n; i++) for (let d = 1; d <= reach; d++) visit(i, (i + d) % n)
  }
  return { mean: sum / pairs, min, max, pairs }
}
