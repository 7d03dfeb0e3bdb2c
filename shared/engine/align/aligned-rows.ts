// An alignment as merging reads it: its rows without their statuses. Proposing a merge and
// applying a recipe never read a row's status (same, changed, how alike), which the aligner
// measures by reading every changed section's words: `alignRows` gives the rows without it, and
// an `Alignment` (statuses and all) is one of these too.

import type { KeyRow, SectionRow } from '../alignment-model'

export type AlignedRow = Omit<SectionRow, 'status'>

export interface AlignedRows {
  readonly variantCount: number
  readonly keys: readonly KeyRow[]
  readonly rows: readonly AlignedRow[]
}
