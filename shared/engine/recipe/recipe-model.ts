// A merge recipe: a versioned JSON document that says what goes into the merged file.
// Schema: recipe-schema.ts (docs/recipe.schema.json is generated from it); prose: docs/recipes.md.
// Variants are 0-based indices into `sources` (the CLI's `--take` is 1-based for people).

import type { Diagnostic } from '../model'

export const RECIPE_VERSION = 1

/** What the merged file takes for one key or section (stored as its `pick`). */
export type Choice =
  | { readonly kind: 'variant'; readonly variant: number } // that variant's version
  | { readonly kind: 'combine'; readonly variants: readonly number[] } // sections concatenated / list items unioned, in this order
  | { readonly kind: 'custom'; readonly text: string } // text written by the user (a section's full text incl. heading, or a key's YAML value source)
  | { readonly kind: 'omit' } // nothing
  | { readonly kind: 'undecided' } // not decided yet: written as nothing, reported

/** Names one row of the merge: a frontmatter key (`KeyPick.key`) or a body section (`RowPick.row`,
 *  a `SectionRow.id`). Edits and lookups take it, so keys and sections share one API. */
export type RowRef = { readonly kind: 'key'; readonly key: string } | { readonly kind: 'section'; readonly row: string }

export interface RecipeSource {
  readonly path: string
  /** SHA-256 hex of the text the recipe was made against. */
  readonly hash: string
}

export interface KeyPick {
  readonly key: string
  readonly pick: Choice
  /** SHA-256 hex per variant of the key's value (as JSON) when the recipe was made, null where the
   *  variant lacked the key: lets a check see values changed upstream. Optional (recipes made
   *  before it still apply). */
  readonly valueHashes?: readonly (string | null)[]
}

export interface RowPick {
  /** `SectionRow.id` */
  readonly row: string
  readonly pick: Choice
  /** Section keys per variant this row stood for when the recipe was made (null where absent):
   *  lets a recipe re-resolve rows after the sources changed. */
  readonly sectionKeys: readonly (string | null)[]
  /** Content hash (SHA-256 hex) per variant of the section text when the recipe was made. */
  readonly sectionHashes: readonly (string | null)[]
  /** SHA-256 hex per variant of the section's text after its heading line(s), null where the
   *  variant lacked the section or its body was blank: lets a recipe follow a section renamed
   *  upstream with its text unchanged. Optional (recipes made before it still apply). */
  readonly sectionBodyHashes?: readonly (string | null)[]
}

export interface Recipe {
  readonly version: typeof RECIPE_VERSION
  readonly sources: readonly RecipeSource[]
  /** Output order of frontmatter keys; keys not listed are not written. */
  readonly keys: readonly KeyPick[]
  /** Output order of body rows; rows not listed are not written. */
  readonly rows: readonly RowPick[]
  /** Line ending of the output; defaults to the base variant's. */
  readonly eol?: '\n' | '\r\n'
  /** The variant the output follows for what no pick decides: line ending (unless `eol` is set),
   *  BOM, final newline, top heading level. Defaults to 0. `defaultRecipe` and `takeAllFrom` set it. */
  readonly base?: number
}

/** Where each span of the merged text came from (for colouring the result by variant). */
export interface Origin {
  readonly start: number
  readonly end: number
  /** variant index, 'custom' for user text, 'generated' for text the engine wrote (delimiters, separators). */
  readonly source: number | 'custom' | 'generated'
  readonly row?: string
  readonly key?: string
}

export interface MergeResult {
  readonly text: string
  readonly origins: readonly Origin[]
  readonly undecidedRows: readonly string[]
  readonly undecidedKeys: readonly string[]
  /** Validation of the output: strict YAML, required keys for the format, name, ... */
  readonly diagnostics: readonly Diagnostic[]
}

/** What re-applying a recipe to sources that may have changed finds. Row lists hold row ids
 *  (as the recipe names them); key lists hold key names. */
export interface RecipeCheck {
  readonly sourcesChanged: readonly number[]
  /** Rows whose pick still resolves to the same text (custom, omit and undecided rows always do). */
  readonly applies: readonly string[]
  /** Rows whose picked section still exists but whose text changed upstream. */
  readonly changedUpstream: readonly string[]
  /** The rows of `changedUpstream` whose picked sections were only renamed: the heading changed,
   *  the text below it did not. */
  readonly renamedUpstream: readonly string[]
  /** Rows the recipe names that no longer resolve (section gone, source missing). */
  readonly unresolved: readonly string[]
  /** Keys whose pick still resolves to the same value (custom, omit and undecided keys always do). */
  readonly keysApply: readonly string[]
  /** Keys whose picked variants still have them, with a value changed upstream (only keys whose
   *  recipe recorded `valueHashes`). */
  readonly keysChangedUpstream: readonly string[]
  /** Keys picked from a variant that no longer has them. */
  readonly keysUnresolved: readonly string[]
}
