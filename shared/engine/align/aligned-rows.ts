// An alignment as merging reads it: its rows without their statuses. Proposing a merge and
// making, checking or applying a recipe never read a row's status (same, changed, how alike),
// which the aligner measures by reading every changed section's words: `alignRows` gives the rows
// without it, and an `Alignment` (statuses and all) is one of these too.

import type { KeyRow, SectionRow } from '../alignment-model'

export type AlignedRow = Omit<SectionRow, 'status'>

export interface AlignedRows {
  readonly variantCount: number
  readonly keys: readonly KeyRow[]
  readonly rows: readonly AlignedRow[]
}

/** Cells of `variantCount` variants, none holding a section. Every row's cells are made here
 *  (then filled), so the loops over them meet one kind of array: arrays made by `fill` or by a
 *  `map` giving only numbers are of other kinds, and compiled code that met a new kind was thrown
 *  away and compiled again. */
export function emptyCells(variantCount: number): (number | null)[] {
  return Array.from({ length: variantCount }, () => null)
}
