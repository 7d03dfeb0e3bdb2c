// The status of one section row: same / changed (with a similarity) / partial / unique.
// "Same" compares each section's own text with heading markers and trailing whitespace ignored
// (see comparableText): a heading moved from `##` to `###` with equal content is the same.

import type { RowStatus } from '../alignment-model'
import { sameOwnText, type OutlineFeatures } from './section-features'
import { tokenSetSimilarity } from './similarity'

export function rowStatus(cells: readonly (number | null)[], reference: number, features: readonly OutlineFeatures[]): RowStatus {
  const present: number[] = []
  const missingIn: number[] = []
  cells.forEach((cell, variant) => (cell === null ? missingIn : present).push(variant))
  if (present.length === 1 && cells.length > 1) return { kind: 'unique', variant: present[0]! }
  const ref = features[reference]!.sections[cells[reference]!]!
  let allEqual = true
  let similarity = 1
  for (const variant of present) {
    if (variant === reference) continue
    const other = features[variant]!.sections[cells[variant]!]!
    if (sameOwnText(other, ref)) continue
    allEqual = false
    similarity = Math.min(similarity, tokenSetSimilarity(ref.ownTokens(), other.ownTokens()))
  }
  if (missingIn.length > 0) return { kind: 'partial', missingIn, similarity }
  return allEqual ? { kind: 'same' } : { kind: 'changed', similarity }
}
