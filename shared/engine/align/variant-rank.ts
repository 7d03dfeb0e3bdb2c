// Which variant is "most complete": the reference rows are diffed against and the base of the
// default recipe. Most sections first, then the longest text, then the earliest.

import type { AgentDocument } from '../model'

/** Variant indices, most complete first. */
export function variantsByCompleteness(docs: readonly AgentDocument[]): number[] {
  return docs
    .map((doc, index) => ({ index, sections: doc.sections.length, length: doc.text.length }))
    .sort((a, b) => b.sections - a.sections || b.length - a.length || a.index - b.index)
    .map((v) => v.index)
}

/** The most complete variant that has a cell in the row (by `rankOf`: variant -> position in
 *  `variantsByCompleteness`); -1 when no variant has one. */
export function mostComplete(cells: readonly (number | null)[], rankOf: ReadonlyMap<number, number>): number {
  let best = -1
  for (let variant = 0; variant < cells.length; variant++) {
    if (cells[variant] !== null && (best < 0 || rankOf.get(variant)! < rankOf.get(best)!)) best = variant
  }
  return best
}
