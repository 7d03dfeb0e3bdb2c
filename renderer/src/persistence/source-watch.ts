// When a source of the open merge changes on disk, say so (banner) and offer to reload: re-read,
// re-parse, re-align, re-apply the recipe through the engine's rebase, and mark the rows whose
// text changed. Our own writes (a save over a source) are recognised by their hash and ignored.
import type { StoreApi, UseBoundStore } from 'zustand'
import type { HostEvent } from '../../../shared/host-api'
import type { AppState } from '../state/store'
import type { MergeSession } from '../state/slices/merge-slice'
import { busyMessage } from '../state/slices/session-slice'
import { getServices } from '../state/services'
import { fileToParse } from '../engine-worker/engine-api'
import { describeHostError, toHostError } from '../state/host-errors'
import { normalisePath } from '../result/save-target'
import { rebaseOntoSession } from '../result/rebase-onto-session'

type Store = UseBoundStore<StoreApi<AppState>>
type FilesChanged = Extract<HostEvent, { kind: 'files-changed' }>

export async function noteFilesChanged(store: Store, event: FilesChanged): Promise<void> {
  const merge = store.getState().merge
  if (!merge) return
  const sources = new Map(merge.paths.map((p, i) => [normalisePath(p), i]))
  const touched = event.changes.filter((c) => sources.has(normalisePath(c.path)))
  if (touched.length === 0) return
  const { host } = getServices()
  const stale = new Set(store.getState().staleSources)
  const removed = new Set(store.getState().removedSources)
  for (const change of touched) {
    const index = sources.get(normalisePath(change.path))!
    if (change.change === 'removed') {
      // Nothing to reload from: the merge keeps the text it read.
      removed.add(change.path)
      stale.delete(change.path)
      continue
    }
    removed.delete(change.path)
    try {
      const now = await host.readFile(change.path)
      const saved = store.getState().savedTargets[merge.id]
      const ours = saved && normalisePath(saved.path) === normalisePath(change.path) && saved.hash === now.hash
      if (now.hash === merge.files[index]?.hash || ours) stale.delete(change.path)
      else stale.add(change.path)
    } catch {
      stale.add(change.path) // unreadable now: the banner says so on reload
    }
  }
  if (store.getState().merge?.id !== merge.id) return
  store.getState().setStaleSources([...stale])
  store.getState().setRemovedSources([...removed])
}

/** Re-read every source and re-apply the recipe to the new texts. Resolves to true when reloaded.
 *  `then` ends the toast that says so (what the user does next). */
export async function reloadSources(store: Pick<Store, 'getState'>, then = ''): Promise<boolean> {
  const s = store.getState()
  const merge = s.merge
  if (!merge || !s.recipe) return false
  if (s.sessionBusy !== 'idle') {
    s.showToast({ kind: 'info', message: busyMessage(s.sessionBusy, 'reload') })
    return false
  }
  const { host, engine } = getServices()
  s.setSessionBusy('reloading')
  try {
    // A variant deleted or moved since keeps the text the merge read: nothing to reload it from.
    const results = await host.readFiles(merge.paths)
    const gone: string[] = []
    const files = merge.paths.map((path, i) => {
      const result = results[i]
      if (result?.ok) return result.file
      if (result?.error.code === 'not-found') {
        gone.push(path)
        return merge.files[i]!
      }
      throw result ? result.error : { code: 'io-error', message: 'The host gave no answer for this file', path }
    })
    const reread = files.filter((f, i) => f !== merge.files[i])
    const parsed = await engine.parseFiles(reread.map(fileToParse))
    let k = 0
    const docs = files.map((f, i) => (f === merge.files[i] ? merge.docs[i]! : parsed[k++]!.doc))
    const prepared = await engine.prepareMerge(docs)
    const current = store.getState()
    if (current.merge?.id !== merge.id || !current.recipe) return false
    const session: MergeSession = { ...merge, files, docs, alignment: prepared.alignment, defaultRecipe: prepared.recipe }
    const rebased = rebaseOntoSession(current.recipe, session)
    current.replaceSession(session, rebased.recipe, rebased.changedRows)
    current.setStaleSources([])
    current.setRemovedSources(gone)
    const marked = rebased.changedRows.length
    current.showToast({
      kind: 'info',
      message: `${marked > 0 ? `Reloaded; ${marked} ${marked === 1 ? 'row changed' : 'rows changed'} and ${marked === 1 ? 'is' : 'are'} marked` : 'Reloaded; your picks still apply'}${then}`,
    })
    return true
  } catch (reason) {
    store.getState().showToast({ kind: 'error', message: `Could not reload: ${describeHostError(toHostError(reason))}` })
    return false
  } finally {
    store.getState().setSessionBusy('idle')
  }
}

/** Subscribes to host events for the open merge: source changes and the menu's result commands. */
export function startSourceWatch(store: Store, onMenu: (command: string) => void): () => void {
  const stopEvents = getServices().host.onEvent((event) => {
    if (event.kind === 'files-changed') void noteFilesChanged(store, event)
    else if (event.kind === 'menu') onMenu(event.command)
  })
  // Notices about one group's sources end with that group.
  const stopStore = store.subscribe((state, previous) => {
    if (state.merge?.id === previous.merge?.id) return
    if (state.staleSources.length > 0) state.setStaleSources([])
    if (state.removedSources.length > 0) state.setRemovedSources([])
  })
  return () => {
    stopEvents()
    stopStore()
  }
}
