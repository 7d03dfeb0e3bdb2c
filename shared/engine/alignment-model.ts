// The result of aligning N variants of one agent: rows of sections and rows of frontmatter keys.
// Plain readonly data; variant i is `docs[i]` as passed to `alignVariants`.

import type { FrontmatterValue } from './model'

/** Status of one aligned row across the variants that were compared. */
export type RowStatus =
  // every variant has it, text equal up to trailing whitespace; the heading line's markers (`##`,
  // `1.`, closing `#`s) do not count, so the same section at another level is still `same`
  | { readonly kind: 'same' }
  | { readonly kind: 'changed'; readonly similarity: number } // every variant has it; 0..1 (min pairwise vs reference)
  | { readonly kind: 'partial'; readonly missingIn: readonly number[]; readonly similarity: number }
  | { readonly kind: 'unique'; readonly variant: number }

export interface SectionRow {
  /** Stable id of the row: the reference variant's section key (`key@variant` when another row
   *  already has that key): recipes name rows by it. Unique within the alignment. */
  readonly id: string
  /** Display title and level: the reference variant's. */
  readonly title: string
  readonly level: number
  /** Id of the parent row (the reference section's parent's row), null at top level. Children
   *  align within matched parents first; a section left unmatched there may then join a row of a
   *  same-titled or nearly identical section under another parent or at another depth, so the
   *  other variants' sections in a row need not have their parents in the parent row. */
  readonly parentId: string | null
  /** One cell per variant: the index into `docs[i].sections`, or null when the variant lacks it. */
  readonly cells: readonly (number | null)[]
  readonly status: RowStatus
  /** The variant the other cells are diffed against (the most complete variant that has the row). */
  readonly reference: number
}

export type KeyStatus =
  | { readonly kind: 'same' }
  | { readonly kind: 'changed' }
  | { readonly kind: 'partial'; readonly missingIn: readonly number[] }
  | { readonly kind: 'unique'; readonly variant: number }

export interface KeyCell {
  /** Exact source text of the entry. */
  readonly raw: string
  readonly value: FrontmatterValue
  /** Index of the entry in that variant's `frontmatter.entries` (its own key order). */
  readonly index: number
  /** For list-like values (`tools`, `globs`, `skills`, ...; comma strings, YAML lists or maps of
   *  tool -> true): the items, in order. null when the value is not list-like. */
  readonly items: readonly string[] | null
}

export interface KeyRow {
  readonly key: string
  readonly cells: readonly (KeyCell | null)[]
  readonly status: KeyStatus
  readonly reference: number
  /** For list-like keys: per variant, items added and removed relative to the reference. */
  readonly itemChanges: readonly ({ readonly added: readonly string[]; readonly removed: readonly string[] } | null)[] | null
}

export interface Alignment {
  readonly variantCount: number
  /** Frontmatter keys, in a merged order that respects each variant's own order. */
  readonly keys: readonly KeyRow[]
  /** Section rows in document order (parents before children), respecting each variant's order
   *  as far as possible. Every section of every variant is in exactly one row. */
  readonly rows: readonly SectionRow[]
}

/** A bounded word-level diff. `tooLarge` is a value the caller shows, never a freeze. */
export type WordDiff =
  | { readonly kind: 'ok'; readonly parts: readonly DiffPart[] }
  | { readonly kind: 'tooLarge'; readonly reason: string }

export interface DiffPart {
  readonly text: string
  /** 'add': only in the other text; 'remove': only in the reference; 'same': in both. */
  readonly op: 'same' | 'add' | 'remove'
}
