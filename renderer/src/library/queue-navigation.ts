// Walking the library queue: open a group pre-filled with its proposal (or saved merge, or draft),
// the next group to do in the order shown, the cursor after a resolution, the history dialog.

import { resolveIn } from '../../../shared/engine/consolidate'
import { fitRecipeToSession } from '../result/fit-recipe'
import { rebaseOntoSession } from '../result/rebase-onto-session'
import { getServices } from '../state/services'
import type { AppState } from '../state/store'
import { proposalOf } from './group-plan'
import { selectQueue, selectShownQueue } from './library-selectors'
import { isResolved, nextUnresolved, type QueueEntry } from './queue-model'
import { type Get } from './resolution-step'

export function entryOfOpenMerge(s: AppState): QueueEntry | null {
  const merge = s.merge
  if (!merge) return null
  const byId = s.libraryGroup ? selectQueue(s).find((e) => e.id === s.libraryGroup!.id) : undefined
  if (byId) return byId
  const paths = new Set(merge.paths)
  return selectQueue(s).find((e) => e.open && e.files.length === paths.size && e.files.every((f) => paths.has(f.path))) ?? null
}

/** After a group is resolved from the workspace: back to the queue, on the next group to do. */
export function showQueueAfter(get: Get, resolvedKey: string | null, before: readonly string[]): void {
  get().closeGroup()
  get().setLibraryGroup(null)
  moveCursorAfter(get, resolvedKey, before)
  get().setLibraryOpen(true)
}

/** Whether the workspace shows this group now. */
export function isOpenInWorkspace(s: AppState, entry: QueueEntry): boolean {
  return s.merge !== null && entryOfOpenMerge(s)?.id === entry.id
}

/** After a resolution: back to the queue when the group was open in the workspace, else the
 *  queue's cursor moves on. */
export function continueAfter(get: Get, key: string, before: readonly string[], wasOpen: boolean): void {
  if (wasOpen) showQueueAfter(get, key, before)
  else moveCursorAfter(get, key, before)
}

/** The keys in the order the queue shows them now (sort and filter). */
export function shownKeys(s: AppState): readonly string[] {
  return selectShownQueue(s).map((e) => e.key)
}

/** The queue's cursor on the next group to do after `key` in the order shown `before` the step
 *  (a resolved group moves in the sorted queue; the user's walk goes on from where it was), or on
 *  that group when none is left. */
export function moveCursorAfter(get: Get, key: string | null, before: readonly string[]): void {
  const entries = selectQueue(get())
  const byKey = new Map(entries.map((e) => [e.key, e]))
  const at = key === null ? -1 : before.indexOf(key)
  const order = [...before.slice(at + 1), ...before.slice(0, at + 1)]
  const nextKey = order.find((k) => {
    const e = byKey.get(k)
    return e !== undefined && e.open && !isResolved(e.status)
  })
  const next = (nextKey !== undefined ? byKey.get(nextKey) : undefined) ?? nextUnresolved(entries, key) ?? entries.find((e) => e.key === key) ?? null
  get().setQueueCursor(next?.id ?? null)
}

/** Open a group of the queue in the workspace, pre-filled with its proposal (or its saved merge,
 *  or the user's draft: their own work wins). */
export async function openQueueEntry(get: Get, entry: QueueEntry): Promise<void> {
  get().setQueueCursor(entry.id)
  if (!entry.open) {
    get().showToast({ kind: 'info', message: `${entry.key} was resolved earlier (${entry.live}). The History (h) undoes it; the archive keeps the files.` })
    return
  }
  get().setLibraryOpen(false)
  await get().openGroup(entry.files.map((f) => f.path))
  const s = get()
  const merge = s.merge
  if (!merge || merge.paths.length !== entry.files.length || !entry.files.every((f) => merge.paths.includes(f.path))) return
  const opened = s.recipe
  const proposal = proposalOf(merge.docs, merge.alignment)
  const draft = await getServices().host.loadDraft(merge.id).catch(() => null)
  if (!draft && get().recipe === opened && get().merge === merge) {
    const saved = entry.saved?.decision.resolution
    const fit = saved?.kind === 'merge' ? fitRecipeToSession({ ...saved.recipe, sources: saved.recipe.sources.map((x) => ({ ...x, path: resolveIn(entry.saved!.folder, x.path) })) }, merge.files) : null
    if (fit?.ok) {
      const rebased = rebaseOntoSession(fit.recipe, merge)
      get().setRecipe(rebased.recipe, { undoable: false })
      get().markChangedRows(rebased.changedRows)
    } else {
      get().setRecipe(proposal.recipe, { undoable: false })
    }
  }
  get().setLibraryGroup({ id: entry.id, key: entry.key, proposal })
  get().markProposed(entry.id)
}

export function toggleLibrary(get: Get): void {
  const s = get()
  if (!s.libraryOpen && s.libraryGroup) s.setQueueCursor(s.libraryGroup.id)
  s.setLibraryOpen(!s.libraryOpen)
}

/** Open the next group still to do (after the one open or under the cursor). */
export async function goToNextUnresolved(get: Get): Promise<void> {
  const s = get()
  const cursorKey = selectQueue(s).find((e) => e.id === s.queueCursor)?.key ?? null
  // In the order shown (sort and filter); the whole queue when the filter hides every group to do.
  const from = s.libraryGroup?.key ?? cursorKey
  const next = nextUnresolved(selectShownQueue(s), from) ?? nextUnresolved(selectQueue(s), from)
  if (!next) {
    s.showToast({ kind: 'success', message: 'Every group is resolved.' })
    return
  }
  await openQueueEntry(get, next)
}

/** The opened folders' history (app and command-line steps), each undoable. */
export async function openHistory(get: Get): Promise<void> {
  if (get().libraryProgress) return
  await get().askLibrary({ kind: 'history' })
}

