// Keeps the merge in progress safe: every recipe or column-layout change is saved as a draft
// (debounced), and when a group is opened its draft is restored ("Restored your merge in
// progress from <time>", with Discard). A draft whose sources changed is re-applied through the engine's rebase.
import type { StoreApi, UseBoundStore } from 'zustand'
import type { AppState } from '../state/store'
import { getServices } from '../state/services'
import { describeHostError, toHostError } from '../state/host-errors'
import { fitRecipeToSession } from '../result/fit-recipe'
import { rebaseOntoSession } from '../result/rebase-onto-session'
import { makeDraftData, readDraftData } from './draft-data'

export const DRAFT_SAVE_DELAY_MS = 500

type Store = UseBoundStore<StoreApi<AppState>>

async function restoreDraft(store: Store, groupId: string): Promise<void> {
  const { host } = getServices()
  const openedRecipe = store.getState().recipe
  let draft
  try {
    draft = await host.loadDraft(groupId)
  } catch (reason) {
    store.getState().showToast({ kind: 'error', message: `Could not read the saved draft: ${describeHostError(toHostError(reason))}` })
    return
  }
  const s = store.getState()
  // The user moved on (another group, or already picking): do not pull the rug.
  if (!draft || s.merge?.id !== groupId || s.recipe !== openedRecipe) return
  const data = readDraftData(draft.data)
  if (!data) return
  const fit = fitRecipeToSession(data.recipe, s.merge.files.map((f) => ({ path: f.path, hash: f.hash })))
  if (!fit.ok) return
  const rebased = rebaseOntoSession(fit.recipe, s.merge)
  s.setRecipe(rebased.recipe)
  if (rebased.changedRows.length > 0) s.markChangedRows(rebased.changedRows)
  if (data.focusedRow) s.focusRow(data.focusedRow)
  // Column numbers are variant numbers: only meaningful when the variants come in the same order.
  const sameOrder = data.paths.length === s.merge.paths.length && data.paths.every((p, i) => p === s.merge!.paths[i])
  if (data.columns && sameOrder) s.restoreColumns(data.columns)
  s.setDraftNotice({ groupId, updatedAt: draft.updatedAt })
}

/** Starts saving and restoring drafts for the store; returns the stop function. */
export function startDraftSync(store: Store): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null
  let pendingSave: (() => void) | null = null
  let pendingRecipe: AppState['recipe'] = null
  let savingRecipe: AppState['recipe'] = null

  function cancelPending(): void {
    if (timer) clearTimeout(timer)
    timer = null
    pendingSave = null
    pendingRecipe = null
  }

  function flush(): void {
    if (timer) clearTimeout(timer)
    timer = null
    const save = pendingSave
    pendingSave = null
    pendingRecipe = null
    save?.()
  }

  function schedule(state: AppState): void {
    const merge = state.merge
    const recipe = state.recipe
    if (!merge || !recipe) return
    pendingRecipe = recipe
    pendingSave = () => {
      const { host } = getServices()
      // Back at the engine's default picks (undone or discarded): nothing worth restoring.
      if (recipe === merge.defaultRecipe) {
        host.deleteDraft(merge.id).catch(() => undefined)
        return
      }
      const now = store.getState()
      const data = makeDraftData(merge.paths, recipe, now.focusedRow, now.columns)
      host
        .saveDraft({ id: merge.id, updatedAt: Date.now(), data })
        .catch((reason) => {
          store.getState().showToast({ kind: 'error', message: `Could not save the draft of this merge: ${describeHostError(toHostError(reason))}` })
        })
    }
    if (timer) clearTimeout(timer)
    timer = setTimeout(flush, DRAFT_SAVE_DELAY_MS)
  }

  const unsubscribe = store.subscribe((state, previous) => {
    const groupChanged = state.merge?.id !== previous.merge?.id
    if (groupChanged) {
      flush() // the previous group's last change is not lost
      if (state.draftNotice && state.draftNotice.groupId !== state.merge?.id) state.setDraftNotice(null)
      if (state.merge) void restoreDraft(store, state.merge.id)
      return
    }
    // Just saved: a draft still waiting for the pause, of the picks the file now holds, would
    // bring them back as a "merge in progress". (runSave writes the recipe it started with.)
    if (state.sessionBusy === 'saving' && previous.sessionBusy !== 'saving') savingRecipe = state.recipe
    if (state.savedTargets !== previous.savedTargets && pendingRecipe !== null && pendingRecipe === savingRecipe) cancelPending()
    // The column layout is part of the draft: moving or hiding a column alone saves it too.
    // Changes made while a save waits on the user are saved as well (the file will not have them).
    const changed = state.recipe !== previous.recipe || state.columns !== previous.columns
    if (changed && state.recipe) schedule(state)
  })
  const onHide = (): void => flush()
  const page = typeof window === 'undefined' ? null : window // unit tests run without a window
  page?.addEventListener('pagehide', onHide)
  return () => {
    flush()
    unsubscribe()
    page?.removeEventListener('pagehide', onHide)
  }
}

/** "Discard": back to the engine's default picks (undoable) and the draft is deleted. */
export async function discardDraft(store: Store): Promise<void> {
  const s = store.getState()
  if (!s.merge) return
  s.setRecipe(s.merge.defaultRecipe)
  s.setDraftNotice(null)
  await getServices().host.deleteDraft(s.merge.id).catch(() => undefined)
}
