// What the result toolbar, the keyboard and the Electron menu do: save, export a recipe, apply
// one, copy the merged text. Each reads the store through `get` and reports in place: toasts for
// outcomes, dialogs for questions. Errors never escape as exceptions.
import type { AppState } from '../state/store'
import { getServices } from '../state/services'
import { busyMessage } from '../state/slices/session-slice'
import { describeHostError, toHostError } from '../state/host-errors'
import { parseRecipeJson } from '../../../shared/engine/recipe/validate-recipe'
import { fitRecipeToSession } from './fit-recipe'
import { mergeResultOf } from './merge-result'
import { rebaseOntoSession } from './rebase-onto-session'
import { saveMerged } from './save-flow'
import { suggestedSavePath } from './save-target'
import { askAboutStaleSources, sourcesOnDisk } from './stale-sources'
import { reloadSources } from '../persistence/source-watch'

type Get = () => AppState

function fileNameOf(path: string): string {
  return path.split(/[\\/]/).pop() ?? path
}

export async function runSave(get: Get, mode: 'save' | 'save-as'): Promise<void> {
  const s = get()
  const merge = s.merge
  if (!merge || !s.recipe) {
    s.showToast({ kind: 'info', message: 'Nothing to save yet: open a group of variants (or select files and Compare) first.' })
    return
  }
  if (s.sessionBusy !== 'idle') {
    s.showToast({ kind: 'info', message: busyMessage(s.sessionBusy, 'save') })
    return
  }
  const { host } = getServices()
  if (!(await confirmSourcesCurrent(get))) return
  const result = mergeResultOf(s.recipe, merge.docs, merge.alignment)
  const undecided = result.undecidedRows.length + result.undecidedKeys.length
  if (undecided > 0) {
    const go = await s.asker.choose<'save' | 'review'>({
      title: `${undecided} ${undecided === 1 ? 'part is' : 'parts are'} still undecided`,
      message: 'Undecided rows and keys are left out of the saved file. Save anyway, or review them first (press u to jump to the next one).',
      choices: [
        { value: 'review', label: 'Review' },
        { value: 'save', label: 'Save anyway', tone: 'primary' },
      ],
      testId: 'undecided-dialog',
    })
    if (go === 'review') {
      const first = result.undecidedKeys[0]
      get().focusRow(first !== undefined ? { kind: 'key', key: first } : { kind: 'section', row: result.undecidedRows[0]! })
    }
    if (go !== 'save') return
  }
  get().setSessionBusy('saving')
  try {
    const outcome = await saveMerged(
      {
        text: result.text,
        sourcePaths: merge.paths,
        sourceHashes: merge.files.map((f) => f.hash),
        suggestedPath: suggestedSavePath(merge.docs),
        lastSaved: get().savedTargets[merge.id] ?? null,
        mode,
        openedRoots: s.listing?.roots.map((r) => r.path) ?? [],
        mergedFrom: merge.paths,
      },
      { host, ask: get().asker },
    )
    if (outcome.kind === 'cancelled') return
    if (outcome.kind === 'failed') {
      get().showToast({ kind: 'error', message: `Not saved: ${describeHostError(outcome.error)}` })
      return
    }
    get().setSavedTarget(merge.id, { path: outcome.path, hash: outcome.hash })
    // Picks changed while the save waited on the user are not in the file: their draft stays.
    if (get().recipe === s.recipe) {
      await host.deleteDraft(merge.id).catch(() => undefined)
      get().setDraftNotice(null)
    }
    const others = merge.paths.filter((p, i) => i !== outcome.overwroteSource && p !== outcome.path)
    get().showToast({
      kind: 'success',
      message: `Saved ${fileNameOf(outcome.path)}`,
      ...(others.length > 0 ? { action: { label: `Archive the ${others.length} variants`, run: () => void runArchive(get, others, outcome.path) } } : {}),
    })
    void get().rescan()
  } finally {
    get().setSessionBusy('idle')
  }
}

/** A save built on sources that changed on disk since they were read says so first: Reload
 *  first (then the user reviews the marked rows and saves again), Save anyway, or Cancel. The
 *  host is asked, not only the banner: a change the watcher has not reported yet counts too.
 *  Resolves to true when the save may go on. */
async function confirmSourcesCurrent(get: Get): Promise<boolean> {
  const merge = get().merge
  if (!merge) return false
  let onDisk
  try {
    onDisk = await sourcesOnDisk(getServices().host, merge.files)
  } catch {
    onDisk = { changed: get().staleSources, removed: get().removedSources } // the host did not answer: what the watcher said
  }
  if (get().merge !== merge) return false
  // The banner says what the save found.
  const stale = new Set([...get().staleSources.filter((p) => !onDisk.removed.includes(p)), ...onDisk.changed])
  get().setStaleSources([...stale])
  if (onDisk.removed.length > 0) get().setRemovedSources([...new Set([...get().removedSources, ...onDisk.removed])])
  if (onDisk.changed.length === 0) return true
  const answer = await askAboutStaleSources(get().asker, merge.paths, onDisk.changed)
  if (answer === 'save') return true
  if (answer === 'reload') await reloadSources({ getState: get }, '. Nothing was saved yet: review the result, then save again.')
  return false
}

/** Archives `paths`; `saved` (the merge's file) stays, and the host refuses when it is a link
 *  to one of them (kept-links.ts). */
async function runArchive(get: Get, paths: readonly string[], saved: string): Promise<void> {
  const { host } = getServices()
  try {
    const archived = await host.archiveFiles(paths, [saved])
    get().closeGroup()
    void get().rescan()
    get().showToast({
      kind: 'info',
      message: `Archived ${archived.moved.length} ${archived.moved.length === 1 ? 'variant' : 'variants'} in .agent-merge-archive`,
      action: {
        label: 'Undo',
        run: () => {
          host.undoArchive(archived.archiveId).then(
            () => void get().rescan(),
            (reason) => get().showToast({ kind: 'error', message: `Could not undo the archive: ${describeHostError(toHostError(reason))}` }),
          )
        },
      },
    })
  } catch (reason) {
    get().showToast({ kind: 'error', message: `Could not archive: ${describeHostError(toHostError(reason))}` })
  }
}

/** The recipe as a JSON file download (Electron shows its save dialog for downloads). */
export function runExportRecipe(get: Get): void {
  const s = get()
  if (!s.merge || !s.recipe) return
  const json = `${JSON.stringify({ $schema: 'https://agent-merge.dev/recipe.schema.json', ...s.recipe }, null, 2)}\n`
  const url = URL.createObjectURL(new Blob([json], { type: 'application/json' }))
  const link = document.createElement('a')
  link.href = url
  link.download = `${s.merge.docs[0]?.identity ?? 'merge'}.recipe.json`
  document.body.append(link)
  link.click()
  link.remove()
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
  get().showToast({ kind: 'info', message: `Exported ${link.download}` })
}

export async function runApplyRecipeText(get: Get, text: string, name: string): Promise<void> {
  const s = get()
  const merge = s.merge
  if (!merge || !s.recipe) {
    s.showToast({ kind: 'error', message: 'Open a group before applying a recipe.' })
    return
  }
  const parsed = parseRecipeJson(text)
  if (!parsed.ok) {
    const shown = parsed.errors.slice(0, 12).map((e) => `${e.path || '(document)'}: ${e.message}`)
    if (parsed.errors.length > shown.length) shown.push(`… and ${parsed.errors.length - shown.length} more`)
    await s.asker.choose({
      title: `${name} is not a valid recipe`,
      message: shown.join('\n'),
      choices: [{ value: 'ok', label: 'OK', tone: 'primary' }],
      testId: 'recipe-errors-dialog',
    })
    return
  }
  const fit = fitRecipeToSession(parsed.recipe, merge.files.map((f) => ({ path: f.path, hash: f.hash })))
  if (!fit.ok) {
    s.showToast({ kind: 'error', message: `${name}: ${fit.message}` })
    return
  }
  const rebased = rebaseOntoSession(fit.recipe, merge)
  get().setRecipe(rebased.recipe)
  get().markChangedRows(rebased.changedRows)
  const notes = rebased.changedRows.length > 0 ? ` ${rebased.changedRows.length} rows changed upstream and are marked.` : ''
  get().showToast({ kind: 'success', message: `Applied ${name}.${notes}` })
}

export async function runCopyMerged(get: Get): Promise<void> {
  const s = get()
  if (!s.merge || !s.recipe) return
  const text = mergeResultOf(s.recipe, s.merge.docs, s.merge.alignment).text
  try {
    await navigator.clipboard.writeText(text)
    s.showToast({ kind: 'info', message: 'Copied the merged file to the clipboard' })
  } catch {
    s.showToast({ kind: 'error', message: 'The clipboard is not available here: select the text in the result and copy it.' })
  }
}
