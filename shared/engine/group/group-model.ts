// Grouping: which files are variants of the same agent. Plain readonly data; document
// indices refer to the `inputs` array passed to `groupDocuments`.

/** What the grouper needs from one file (cheap to build from an AgentDocument, see group-input.ts). */
export interface GroupInput {
  readonly path: string
  /** The engine's normalised identity (`AgentDocument.identity`). */
  readonly identity: string
  readonly name: string | null
  readonly description: string | null
  /** The Markdown body (text after the frontmatter). */
  readonly body: string
}

/** Why a member is in its group. */
export type GroupMatch =
  | 'identity' // its identity is the group key
  | 'prefixed-name' // its file name is the key, its name the key with a prefix (`application-performance-performance-engineer`)
  | 'file-name' // its file name is the key while its name differs (`code-reviewer.md` named `code-reviewer-pro`)
  | 'linked-name' // its name differs from the key, but another file carries both names (`architect-review.md` named `architect-reviewer`)
  | 'accepted' // the user accepted a suggestion that put it here

export interface GroupMember {
  readonly index: number
  readonly matchedBy: GroupMatch
}

/** Body similarity across a group's members: word and word-pair overlap (Dice, 0..1). */
export interface GroupSimilarity {
  readonly mean: number
  readonly min: number
  readonly max: number
  /** Pairs the figures are computed from (large groups are sampled). */
  readonly pairs: number
}

export interface DocumentGroup {
  /** Stable id: `key:<key>`; after accepting a suggestion, the id of the larger side. */
  readonly id: string
  /** The normalised name the members share, e.g. `performance-engineer`. */
  readonly key: string
  /** Members in input order; at least two. */
  readonly members: readonly GroupMember[]
  readonly similarity: GroupSimilarity
}

/** One side of a suggestion: a group, or a file that is in no group. */
export type ClusterRef = { readonly kind: 'group'; readonly id: string } | { readonly kind: 'single'; readonly index: number }

/** Scores 0..1 behind a suggestion. */
export interface SuggestionBasis {
  readonly name: number
  readonly description: number
  readonly body: number
}

/** Two clusters with different names that look like the same agent; the user may accept it as a group. */
export interface GroupSuggestion {
  /** Stable id built from both sides. */
  readonly id: string
  readonly a: ClusterRef
  readonly b: ClusterRef
  /** Every document index of both sides, ascending. */
  readonly members: readonly number[]
  readonly score: number
  readonly basis: SuggestionBasis
  /** A sentence a person reads, e.g. "names share “code review”; bodies ~64 % alike". */
  readonly reason: string
  /** The words one side's name adds to the other's (`senior` for `project-manager-senior` beside
   *  `project-manager`): such names usually mean another agent, so they are suggested even when
   *  the score is low, and never grouped by name. Absent when the names differ otherwise. */
  readonly qualifier?: string
}

export interface Grouping {
  /** Groups of two or more variants, largest first, then by key. */
  readonly groups: readonly DocumentGroup[]
  /** Indices of documents in no group, ascending. */
  readonly singles: readonly number[]
  /** Best first. */
  readonly suggestions: readonly GroupSuggestion[]
}

export interface GroupOptions {
  /** Minimum score for a suggestion (default 0.5). */
  readonly minSuggestionScore?: number
  /** Keep at most this many suggestions per cluster (default 3). */
  readonly maxSuggestionsPerCluster?: number
}
