// Resolving a duplicate group without a person deciding every row: proposals, renames, which copy
// a tool loads. Plain readonly data (it crosses worker and process boundaries as is).
// Variant i is `docs[i]` as passed in; row ids and keys are the alignment's.

import type { Recipe } from '../recipe/recipe-model'

/** How a proposal is made (docs/consolidate.md):
 *  - propose: the most complete variant, plus what only others have and the result lacks;
 *  - first: everything from the first variant;
 *  - newest: everything from the variant changed last (needs mtimes);
 *  - longest: everything from the longest variant. */
export type MergePolicy = 'propose' | 'first' | 'newest' | 'longest'

export const MERGE_POLICIES: readonly MergePolicy[] = ['propose', 'first', 'newest', 'longest']

/** Why a row or key is in the result, or not. */
export interface RowDecision {
  readonly row: string
  readonly title: string
  /** The variant whose version is written, or null when the row is left out. */
  readonly taken: number | null
  /** 1-based position among the result's rows, null when left out. */
  readonly resultRow: number | null
  /** A sentence a person reads: "in the base", "only in 3: adds 180 words",
   *  "same as row 4 of the result: left out". */
  readonly reason: string
}

export interface KeyDecision {
  readonly key: string
  readonly taken: number | null
  readonly reason: string
}

/** Something a variant has that the result does not carry (never dropped silently). */
export type LeftOut =
  /** A whole row the result leaves out (the variant is the one whose text was weighed). */
  | { readonly kind: 'row'; readonly row: string; readonly title: string; readonly variants: readonly number[]; readonly reason: string }
  /** Another variant's different version of a row the result has. */
  | { readonly kind: 'version'; readonly row: string; readonly title: string; readonly variant: number; readonly similarity: number; readonly reason: string }
  /** A frontmatter key the result does not have, or has with another value. */
  | { readonly kind: 'key'; readonly key: string; readonly variants: readonly number[]; readonly reason: string }
  /** Items of a permission-like list (`tools`, ...) other variants grant and the result does not. */
  | { readonly kind: 'items'; readonly key: string; readonly variant: number; readonly items: readonly string[]; readonly reason: string }

export interface MergeProposal {
  readonly policy: MergePolicy
  /** Every row and key decided (no `undecided` picks); `base` set. */
  readonly recipe: Recipe
  readonly base: number
  readonly baseReason: string
  /** One per alignment row, in the recipe's row order. */
  readonly rows: readonly RowDecision[]
  /** One per alignment key, in the recipe's key order. */
  readonly keys: readonly KeyDecision[]
  readonly leftOut: readonly LeftOut[]
}

export interface ProposeOptions {
  readonly policy?: MergePolicy
  /** Last-modified times (ms since the epoch) per variant; needed by `newest`. */
  readonly mtimes?: readonly (number | null)[]
  /** false: the recipe's rows name their sections by key only, without content hashes
   *  (`sectionHashes` empty, no `sectionBodyHashes`), and its keys carry no `valueHashes`. For a
   *  recipe applied at once to the documents it was made from and never saved (the command
   *  line); hashing every section of every variant was a tenth of proposing, hashing every key
   *  value of every variant a twentieth of planning a group. Default true. */
  readonly recipeHashes?: boolean
}

/** A unique name for one variant when a group is resolved by keeping them all. */
export interface RenameSuggestion {
  readonly variant: number
  readonly path: string
  readonly oldName: string
  /** Valid by Claude's rules (lowercase letters, digits, hyphens; at most 64 characters). */
  readonly newName: string
  /** What the name was made from: the folder or collection name used as a prefix. */
  readonly from: string
  /** Whether the file name (or a skill's folder name) is the old name, so it is renamed too. */
  readonly fileCarriesName: boolean
  /** The path after renaming the file (or skill folder); equal to `path` when it does not carry the name. */
  readonly newPath: string
}

/** Where a tool loads agent files from, found in a path. */
export interface ToolFolder {
  /** Which tool and kind, e.g. `claude-agents`, `cursor-rules`. */
  readonly tool: string
  /** The folder the tool reads (`<project>/.claude/agents`), '/'-separated as given. */
  readonly folder: string
  /** The folder holding the hidden tool folder (the project, or the home folder). */
  readonly project: string
  /** True when `project` is the user's home folder (user-level agents). */
  readonly user: boolean
}

/** Which copy of a name a tool loads today, for one tool. */
export interface LiveCopy {
  readonly tool: string
  /** Paths of the group's files this tool reads. */
  readonly files: readonly string[]
  /** The file loaded now, or null when it is "one of these, by read order". */
  readonly live: string | null
  /** Two or more files define the name in one tool folder: which loads is the file system's read order. */
  readonly collision: boolean
  readonly explanation: string
}

export interface LiveReport {
  /** Per tool that reads some of the files; empty when none sits in a tool folder. */
  readonly tools: readonly LiveCopy[]
  /** Files in no tool folder (a collection, a download): no tool loads them from there. */
  readonly notLoaded: readonly string[]
  readonly collision: boolean
}

export interface NamedFile {
  readonly path: string
  /** The name a tool identifies it by (the engine's identity). */
  readonly name: string
}

export interface DuplicateName {
  readonly name: string
  readonly files: readonly string[]
  /** Sets of files that define the name inside one tool folder (live ambiguity). */
  readonly collisions: readonly { readonly folder: string; readonly tool: string; readonly files: readonly string[] }[]
}
