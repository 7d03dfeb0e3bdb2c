// The status of one section row: same / changed (with a similarity) / partial / unique.
// "Same" compares each section's own text with heading markers and trailing whitespace ignored
// (see comparableText): a heading moved from `##` to `###` with equal content is the same.

import type { RowStatus } from '../alignment-model'
import { sameOwnText, type OutlineFeatures } from './section-features'
import { tokenSetSimilarity } from './similarity'

export function rowStatus(cells: readonly (number | null)[], reference: number, features: readonly OutlineFeatures[]): RowStatus {
  // (Counted before any list is made: most rows are unique to one variant or the same in all.)
  let present = 0
  let only = -1
  for (let variant = 0; variant < cells.length; variant++) {
    if (cells[variant] === null) continue
    present++
    only = variant
  }
  if (present === 1 && cells.length > 1) return { kind: 'unique', variant: only }
  const ref = features[reference]!.sections[cells[reference]!]!
  let allEqual = true
  let similarity = 1
  for (let variant = 0; variant < cells.length; variant++) {
    const cell = cells[variant]!
    if (cell === null || variant === reference) continue
    const other = features[variant]!.sections[cell]!
    if (sameOwnText(other, ref)) continue
    allEqual = false
    similarity = Math.min(similarity, tokenSetSimilarity(ref.ownTokens(), other.ownTokens()))
  }
  if (present < cells.length) {
    const missingIn: number[] = []
    for (let variant = 0; variant < cells.length; variant++) if (cells[variant] === null) missingIn.push(variant)
    return { kind: 'partial', missingIn, similarity }
  }
  return allEqual ? { kind: 'same' } : { kind: 'changed', similarity }
}
