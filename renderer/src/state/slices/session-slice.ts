// Session state owned by the result side: the one open dialog (asked as a promise), the restored-
// draft notice, sources that changed on disk, where each merge was last saved. The flows
// themselves (save, export, apply, reload, drafts) live in renderer/src/result and
// renderer/src/persistence and are called from here.
import type { StateCreator } from 'zustand'
import type { Asker, ChoiceQuestion, PathQuestion } from '../../dialogs/asker'
import type { ColumnLayout } from '../columns'
import type { AppState } from '../store'

export type DialogRequest =
  | { readonly id: number; readonly kind: 'choice'; readonly question: ChoiceQuestion<string> }
  | { readonly id: number; readonly kind: 'path'; readonly question: PathQuestion }

export interface DraftNotice {
  readonly groupId: string
  readonly updatedAt: number
}

export interface SavedTarget {
  readonly path: string
  readonly hash: string
}

export interface SessionSlice {
  dialog: DialogRequest | null
  /** "Restored your merge in progress from <time>" for the open group. */
  draftNotice: DraftNotice | null
  /** Paths of the open group's sources that changed or vanished on disk since they were read. */
  staleSources: readonly string[]
  /** Paths of the open group's sources that were deleted or moved away since they were read. */
  removedSources: readonly string[]
  /** Per group id: where the merge was last saved (Save writes there again, guarded by hash). */
  savedTargets: Readonly<Record<string, SavedTarget>>
  sessionBusy: 'idle' | 'saving' | 'reloading'
  /** Ask the user something through a dialog; resolves when answered (null = dismissed). */
  asker: Asker
  answerDialog(id: number, answer: string | null): void
  setDraftNotice(notice: DraftNotice | null): void
  setStaleSources(paths: readonly string[]): void
  setRemovedSources(paths: readonly string[]): void
  setSavedTarget(groupId: string, target: SavedTarget): void
  setSessionBusy(busy: SessionSlice['sessionBusy']): void
  /** Put back a saved column layout (a restored draft); the caller checks it fits the group. */
  restoreColumns(layout: ColumnLayout): void
  /** Mark rows whose source text changed under the recipe (shown by the compare view). */
  markChangedRows(rows: readonly string[]): void
}

/** What the user is told when Save or Reload is asked for while the other (or the same) is still
 *  running: the request is not queued, so it must not pass in silence. */
export function busyMessage(busy: Exclude<SessionSlice['sessionBusy'], 'idle'>, asked: 'save' | 'reload'): string {
  const running = busy === 'saving' ? 'Still saving' : 'Still reloading the sources'
  return `${running}: ${asked} again when it is done.`
}

// Resolvers live outside the state so the state stays plain data.
const pending = new Map<number, (answer: string | null) => void>()
let nextDialogId = 1

export const createSessionSlice: StateCreator<AppState, [], [], SessionSlice> = (set, get) => {
  function open(request: DialogRequest): Promise<string | null> {
    // One dialog at a time: a newer question dismisses an older one.
    const previous = get().dialog
    if (previous) get().answerDialog(previous.id, null)
    return new Promise((resolve) => {
      pending.set(request.id, resolve)
      set({ dialog: request })
    })
  }

  const asker: Asker = {
    choose: <T extends string>(question: ChoiceQuestion<T>) =>
      open({ id: nextDialogId++, kind: 'choice', question }) as Promise<T | null>,
    askPath: (question) => open({ id: nextDialogId++, kind: 'path', question }),
  }

  return {
    dialog: null,
    draftNotice: null,
    staleSources: [],
    removedSources: [],
    savedTargets: {},
    sessionBusy: 'idle',
    asker,
    answerDialog: (id, answer) => {
      const resolve = pending.get(id)
      pending.delete(id)
      if (get().dialog?.id === id) set({ dialog: null })
      resolve?.(answer)
    },
    setDraftNotice: (notice) => set({ draftNotice: notice }),
    setStaleSources: (paths) => set({ staleSources: [...paths] }),
    setRemovedSources: (paths) => set({ removedSources: [...paths] }),
    setSavedTarget: (groupId, target) => set((s) => ({ savedTargets: { ...s.savedTargets, [groupId]: target } })),
    setSessionBusy: (busy) => set({ sessionBusy: busy }),
    restoreColumns: (layout) => set({ columns: layout }),
    markChangedRows: (rows) => set({ changedRows: [...rows] }),
  }
}
