// What the UI asks of the engine, as one async interface: the worker client runs it off the UI
// thread; the in-thread implementation serves tests and browsers without module workers.
import type { AgentDocument, Diagnostic } from '../../../shared/engine/model'
import type { Alignment } from '../../../shared/engine/alignment-model'
import type { Recipe } from '../../../shared/engine/recipe/recipe-model'

export interface FileToParse {
  readonly path: string
  readonly text: string
}

export interface ParsedFile {
  readonly doc: AgentDocument
  /** Lint findings (separate from the parse diagnostics in `doc.diagnostics`). */
  readonly lint: readonly Diagnostic[]
}

export type FileGroupKind = 'duplicate' | 'suggestion'

/** A set of files the UI shows together in the sidebar. */
export interface FileGroupView {
  readonly id: string
  readonly kind: FileGroupKind
  /** The identity the files share (or the best name for a suggestion). */
  readonly name: string
  readonly paths: readonly string[]
  /** 0..1, how alike the variants are; null when unknown. */
  readonly similarity: number | null
  /** Why the engine suggests it (suggestions only). */
  readonly reason: string | null
}

export interface Grouping {
  readonly groups: readonly FileGroupView[]
  /** Paths that are in no group. */
  readonly singles: readonly string[]
}

export interface PreparedMerge {
  readonly alignment: Alignment
  readonly recipe: Recipe
}

export interface EngineApi {
  parseFiles(files: readonly FileToParse[]): Promise<readonly ParsedFile[]>
  groupFiles(docs: readonly AgentDocument[]): Promise<Grouping>
  prepareMerge(docs: readonly AgentDocument[]): Promise<PreparedMerge>
}
