// Messages between the UI thread and the engine worker. Plain data (structured clone).
import type { WordDiff } from '../../../shared/engine/alignment-model'
import type { FileToParse, GroupedFiles, ParsedFile, PreparedMerge } from './engine-api'
import type { DocumentInput } from './kept-documents'
import type { SavedDecision } from '../../../shared/engine/consolidate'
import type { MergePlan } from '../library/group-plan'

export type EngineRequest =
  | { readonly id: number; readonly op: 'parseFiles'; readonly files: readonly FileToParse[] }
  | { readonly id: number; readonly op: 'groupFiles'; readonly docs: readonly DocumentInput[] }
  | { readonly id: number; readonly op: 'prepareMerge'; readonly docs: readonly DocumentInput[] }
  | { readonly id: number; readonly op: 'planMerge'; readonly docs: readonly DocumentInput[]; readonly folder: string; readonly saved: SavedDecision | null }
  | { readonly id: number; readonly op: 'diffWords'; readonly reference: string; readonly other: string }

export type EngineResult = readonly ParsedFile[] | GroupedFiles | PreparedMerge | WordDiff | MergePlan | { readonly why: string }

export type EngineResponse =
  | { readonly id: number; readonly ok: true; readonly result: EngineResult }
  /** `notKept`: a document reference named a version the worker no longer keeps; send it whole. */
  | { readonly id: number; readonly ok: false; readonly message: string; readonly notKept?: true }
