// What the UI asks of the engine, as one async interface: the worker client runs it off the UI
// thread; the in-thread implementation serves tests and browsers without module workers.
import type { AgentDocument, Diagnostic } from '../../../shared/engine/model'
import type { AgentFileText } from '../../../shared/host-api'
import type { Alignment, WordDiff } from '../../../shared/engine/alignment-model'
import type { Recipe } from '../../../shared/engine/recipe/recipe-model'
import type { Grouping } from '../../../shared/engine/group/group-model'
import type { SavedDecision } from '../../../shared/engine/consolidate'
import type { MergePlan } from '../library/group-plan'

export interface FileToParse {
  readonly path: string
  readonly text: string
  /** SHA-256 hex of the text as the host read it: saves hashing again in JavaScript. */
  readonly hash?: string
  /** The host found no NUL byte in the file: saves searching the text for one. */
  readonly nulFree?: boolean
}

/** What the engine needs of a file the host read (what the host already knows included). */
export function fileToParse(file: AgentFileText): FileToParse {
  return { path: file.path, text: file.text, hash: file.hash, nulFree: file.nulFree }
}

export interface ParsedFile {
  readonly doc: AgentDocument
  /** Lint findings (separate from the parse diagnostics in `doc.diagnostics`). */
  readonly lint: readonly Diagnostic[]
}

/** The engine's grouping of the parsed files; document indices refer to `paths`. */
export interface GroupedFiles {
  readonly grouping: Grouping
  readonly paths: readonly string[]
}

export interface PreparedMerge {
  readonly alignment: Alignment
  readonly recipe: Recipe
}

export interface EngineApi {
  parseFiles(files: readonly FileToParse[]): Promise<readonly ParsedFile[]>
  groupFiles(docs: readonly AgentDocument[]): Promise<GroupedFiles>
  prepareMerge(docs: readonly AgentDocument[]): Promise<PreparedMerge>
  /** What "apply proposals" writes for one group (its saved merge recipe, else the proposal),
   *  or why it cannot be merged unattended. */
  planMerge(docs: readonly AgentDocument[], folder: string, saved: SavedDecision | null): Promise<MergePlan | { readonly why: string }>
  /** Bounded word diff of `other` against `reference` (big cells, off the UI thread). */
  diffWords(reference: string, other: string): Promise<WordDiff>
}
