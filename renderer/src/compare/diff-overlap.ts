// How much of a cell's text it shares with the reference: below LOW_OVERLAP a word diff marks
// nearly every word, so the cell shows its text plainly with a note instead.
import type { DiffPart } from '../../../shared/engine/alignment-model'

export const LOW_OVERLAP = 0.3

/** Share of this cell's own text (whitespace ignored) that the reference has too. */
export function sharedRatio(parts: readonly DiffPart[]): number {
  let same = 0
  let total = 0
  for (const p of parts) {
    if (p.op === 'remove') continue
    const n = p.text.replace(/\s+/g, '').length
    total += n
    if (p.op === 'same') same += n
  }
  return total === 0 ? 1 : same / total
}
