// Library state: the queue view, the decisions saved in the opened folders, which groups were
// opened with a proposal, the group the workspace shows from the queue (with its proposal, for
// the proposed-vs-yours marks), long work in progress and the resolutions this session can undo.
import type { StateCreator } from 'zustand'
import type { MergeProposal } from '../../../shared/engine/consolidate'
import type { AppState } from '../state/store'
import type { MergePlan } from './group-plan'
import type { QueueEntry, QueueFilter, QueueSort, SavedEntry } from './queue-model'

/** One variant kept under a new name (the rename preview). */
export interface RenamePlan {
  readonly path: string
  readonly hash: string
  readonly relPath: string
  readonly oldName: string
  readonly newName: string
  readonly newPath: string
  readonly newRelPath: string
  readonly text: string
}

export interface GroupApplyPlan {
  readonly entry: QueueEntry
  readonly plan: MergePlan
}

/** The library's own dialogs (each answered with a string, or null when dismissed). */
export type LibraryDialog =
  | { readonly id: number; readonly kind: 'keep'; readonly entry: QueueEntry }
  | { readonly id: number; readonly kind: 'rename'; readonly entry: QueueEntry; readonly renames: readonly RenamePlan[] }
  | { readonly id: number; readonly kind: 'apply'; readonly plans: readonly GroupApplyPlan[]; readonly notApplied: readonly { readonly key: string; readonly why: string }[] }
  | { readonly id: number; readonly kind: 'history' }

type DistributiveOmit<T, K extends keyof T> = T extends unknown ? Omit<T, K> : never

export interface LibraryGroup {
  /** Queue entry id (the group's id). */
  readonly id: string
  readonly key: string
  /** The engine's proposal for the open group (null when it started from a saved recipe). */
  readonly proposal: MergeProposal | null
}

/** One resolution written this session: one archive id, undone by one Undo. */
export interface LibraryOperation {
  /** A step of an opened folder's history (undone there, decisions included). */
  readonly step?: { readonly folder: string; readonly id: string }
  readonly archiveId: string | null
  readonly label: string
  /** Decisions saved by it: the folder and key of each (removed again on undo). */
  readonly decisions: readonly { readonly folder: string; readonly key: string; readonly previous: SavedEntry | null }[]
}

export interface LibraryProgress {
  readonly label: string
  readonly done: number
  /** 0: no count known (an indeterminate bar). */
  readonly total: number
  /** A folder step's progress: the host's step-progress events update done and total (its
   *  files moved and written, and the archive's manifests: shown as a percentage). */
  readonly countsFiles?: boolean
}

export interface LibrarySlice {
  libraryOpen: boolean
  savedDecisions: Readonly<Record<string, SavedEntry>>
  /** Problems reading saved decisions (file and why), shown in the queue. */
  decisionProblems: readonly string[]
  proposedGroups: readonly string[]
  libraryGroup: LibraryGroup | null
  queueFilter: QueueFilter
  queueSort: QueueSort
  /** The queue entry the keyboard is on. */
  queueCursor: string | null
  libraryProgress: LibraryProgress | null
  libraryOps: readonly LibraryOperation[]
  libraryDialog: LibraryDialog | null
  /** Show a library dialog; resolves with its answer (null: dismissed). */
  askLibrary(dialog: DistributiveOmit<LibraryDialog, 'id'>): Promise<string | null>
  answerLibrary(id: number, answer: string | null): void
  setLibraryOpen(open: boolean): void
  setSavedDecisions(saved: Readonly<Record<string, SavedEntry>>, problems: readonly string[]): void
  markProposed(id: string): void
  setLibraryGroup(group: LibraryGroup | null): void
  setQueueFilter(filter: QueueFilter): void
  setQueueSort(sort: QueueSort): void
  setQueueCursor(id: string | null): void
  setLibraryProgress(progress: LibraryProgress | null): void
  /** The files of the running step done so far (ignored unless the progress counts files). */
  countStepFiles(done: number, total: number): void
  pushLibraryOp(op: LibraryOperation): void
  popLibraryOp(): LibraryOperation | null
  /** Forget the session's operation for a folder step undone from the history. */
  dropLibraryStep(id: string): void
}

// Resolvers live outside the state so the state stays plain data.
const pending = new Map<number, (answer: string | null) => void>()
let nextDialogId = 1

export const createLibrarySlice: StateCreator<AppState, [], [], LibrarySlice> = (set, get) => ({
  libraryDialog: null,
  askLibrary: (dialog) => {
    const previous = get().libraryDialog
    if (previous) get().answerLibrary(previous.id, null)
    const id = nextDialogId++
    return new Promise((resolve) => {
      pending.set(id, resolve)
      set({ libraryDialog: { ...dialog, id } as LibraryDialog })
    })
  },
  answerLibrary: (id, answer) => {
    const resolve = pending.get(id)
    pending.delete(id)
    if (get().libraryDialog?.id === id) set({ libraryDialog: null })
    resolve?.(answer)
  },
  libraryOpen: false,
  savedDecisions: {},
  decisionProblems: [],
  proposedGroups: [],
  libraryGroup: null,
  queueFilter: 'all',
  queueSort: 'problems',
  queueCursor: null,
  libraryProgress: null,
  libraryOps: [],
  setLibraryOpen: (open) => set({ libraryOpen: open }),
  setSavedDecisions: (saved, problems) => set({ savedDecisions: saved, decisionProblems: [...problems] }),
  markProposed: (id) => set((s) => (s.proposedGroups.includes(id) ? {} : { proposedGroups: [...s.proposedGroups, id] })),
  setLibraryGroup: (group) => set({ libraryGroup: group }),
  setQueueFilter: (filter) => set({ queueFilter: filter }),
  setQueueSort: (sort) => set({ queueSort: sort }),
  setQueueCursor: (id) => set({ queueCursor: id }),
  setLibraryProgress: (progress) => set({ libraryProgress: progress }),
  countStepFiles: (done, total) => set((s) => (s.libraryProgress?.countsFiles ? { libraryProgress: { ...s.libraryProgress, done, total } } : {})),
  pushLibraryOp: (op) => set((s) => ({ libraryOps: [...s.libraryOps, op] })),
  popLibraryOp: () => {
    const ops = get().libraryOps
    const last = ops[ops.length - 1] ?? null
    if (last) set({ libraryOps: ops.slice(0, -1) })
    return last
  },
  dropLibraryStep: (id) => set((s) => ({ libraryOps: s.libraryOps.filter((op) => op.step?.id !== id) })),
})
