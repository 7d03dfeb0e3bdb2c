// A resolution's files as one step: archive, write and save its decisions in one host call (a step
// of the folder's history, which `agent-merge undo` and the app's History share), then the folder
// read again; and this session's steps undone, last first. Errors never escape: they are toasts.

import { decisionFileName, relativeTo, serializeDecision } from '../../../shared/engine/consolidate'
import { plural } from '../../../shared/engine/consolidate/words'
import type { ResolutionRequest } from '../../../shared/host-api'
import { describeHostError, toHostError } from '../state/host-errors'
import { getServices } from '../state/services'
import type { AppState } from '../state/store'
import type { LibraryOperation } from './library-slice'
import { isStaleFailure, stepFailureText } from './step-failure'
import { byFolder, decisionWritesOf, entriesToSave, loadSavedDecisions, rememberSaved, saveDecisions, type DecisionToSave } from './decision-store'

export type Get = () => AppState


/** The opened folder a path is in (the innermost), where its group's decision is saved. */
export function folderOf(s: AppState, path: string): string | null {
  const folders = (s.listing?.roots ?? []).filter((r) => r.kind === 'folder' && relativeTo(r.path, path) !== null)
  return folders.sort((a, b) => b.path.length - a.path.length)[0]?.path ?? null
}

export function showError(get: Get, what: string, reason: unknown): void {
  get().showToast({ kind: 'error', message: `${what}: ${describeHostError(toHostError(reason))}` })
}

/** The one opened folder every file and decision of a step is in (its history records the
 *  step), or null: then the step is written as a session archive, decisions saved after it. */
function stepFolder(request: ResolutionRequest, decisions: readonly DecisionToSave[]): string | null {
  const folders = new Set(decisions.map((d) => d.folder))
  if (folders.size !== 1) return null
  const folder = [...folders][0]!
  const paths = [...request.archive.map((a) => a.path), ...request.write.map((w) => w.path)]
  return paths.every((p) => relativeTo(folder, p) !== null) ? folder : null
}

/** Write one resolution step: archive, write and save its decisions in one host call, as a step
 *  of the folder's history (one Undo, here or `agent-merge undo`). */
async function writeStep(get: Get, label: string, request: ResolutionRequest, decisions: readonly DecisionToSave[]): Promise<LibraryOperation> {
  const folder = stepFolder(request, decisions)
  const { host } = getServices()
  if (folder === null) {
    const { archiveId } = await host.applyResolution(request)
    return { archiveId, label, decisions: await saveDecisions(get, decisions, () => undefined) }
  }
  const entries = entriesToSave(folder, decisions, new Date().toISOString())
  const { id } = await host.applyFolderStep(folder, { label, ...request, decisions: decisionWritesOf(entries) })
  const previous = decisions.map((d) => ({ folder, key: d.key, previous: get().savedDecisions[d.key] ?? null }))
  rememberSaved(get, entries)
  return { step: { folder, id }, archiveId: null, label, decisions: previous }
}

/** Resolves once the screen shows what the state says now: the progress (and the closed dialog)
 *  paint before a bulk step's request is built and sent, which holds the UI thread for most of a
 *  second at 360 groups (a 23 MB body in browser mode). */
function afterPaint(): Promise<void> {
  if (typeof requestAnimationFrame !== 'function') return Promise.resolve()
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))
}

/** Write one resolution step, read the folder again, offer Undo. `label` says what the step did
 *  (its toast, its line in the history); `doing`, what it is doing while it runs. */
export async function runResolution(get: Get, label: string, request: ResolutionRequest, decisions: readonly DecisionToSave[], doing = label): Promise<boolean> {
  // The count comes from the host as the files are moved and written.
  const moving = `moving ${plural(request.archive.length, 'file')} to the archive`
  const what = request.write.length === 0 ? moving : `${moving} and writing ${plural(request.write.length, 'file')}`
  get().setLibraryProgress({ label: `${doing}: ${what}`, done: 0, total: 0, countsFiles: true })
  let op: LibraryOperation
  const started = performance.now()
  try {
    await afterPaint()
    op = await writeStep(get, label, request, decisions)
  } catch (reason) {
    const error = toHostError(reason)
    const folder = folderOf(get(), error.path ?? request.archive[0]?.path ?? '')
    // A file changed or went away since it was read: read the folder again, so the queue shows
    // what is on disk now and a second try can work.
    if (isStaleFailure(error)) {
      get().setLibraryProgress({ label: 'Reading the folder again', done: 0, total: 0 })
      await get().rescan()
    }
    get().setLibraryProgress(null)
    get().showToast({ kind: 'error', message: stepFailureText(label, error, folder) })
    return false
  }
  const wrote = performance.now()
  get().pushLibraryOp(op)
  get().setLibraryProgress({ label: `${doing}: reading the folder again`, done: 0, total: 0 })
  await get().rescan({ keepShown: true })
  // Timings for the UI bench and the devtools Performance panel.
  performance.measure('agent-merge:resolution-write', { start: started, end: wrote })
  performance.measure('agent-merge:resolution-rescan', { start: wrote, end: performance.now() })
  get().setLibraryProgress(null)
  get().showToast({ kind: 'success', message: `${label}. Archived ${plural(request.archive.length, 'file')} (reversible).`, action: undoAction(get, op) })
  return true
}

/** A toast's Undo: undoes that toast's step while it is the last one; an older toast's Undo
 *  (several stay on screen) says so instead of undoing a later step. */
export function undoAction(get: Get, op: LibraryOperation): { label: string; run: () => void } {
  return {
    label: 'Undo',
    run: () => {
      if (get().libraryOps.at(-1) === op) void undoLastResolution(get)
      else if (get().libraryOps.includes(op)) get().showToast({ kind: 'info', message: `${op.label} is not the last step: undo the later ones first, or undo it from the History (h).` })
      else get().showToast({ kind: 'info', message: `${op.label} was undone already.` })
    },
  }
}

/** Undo the last resolution of this session: files back byte for byte, its decisions removed. */
export async function undoLastResolution(get: Get, { quiet = false } = {}): Promise<boolean> {
  const op = get().popLibraryOp()
  if (!op) {
    get().showToast({ kind: 'info', message: 'Nothing to undo in the library.' })
    return false
  }
  const { host } = getServices()
  get().setLibraryProgress({ label: `Undoing: ${op.label}`, done: 0, total: 0, countsFiles: true })
  if (op.archiveId !== null || op.step) {
    try {
      if (op.step) await host.undoFolderStep(op.step.folder, op.step.id)
      else await host.undoArchive(op.archiveId!)
    } catch (reason) {
      get().setLibraryProgress(null)
      if (op.step && toHostError(reason).code === 'not-found') {
        // Undone meanwhile from the history or by `agent-merge undo`: nothing left to undo here.
        get().showToast({ kind: 'info', message: `${op.label} was undone already (from the history or the command line).` })
        await get().rescan()
        await loadSavedDecisions(get)
        return true
      }
      get().pushLibraryOp(op)
      showError(get, 'Could not undo', reason)
      return false
    }
  }
  // A folder step put its decisions back itself.
  for (const [folder, list] of op.step ? [] : byFolder(op.decisions)) {
    const files = list.map((d) => ({ name: decisionFileName(d.key), text: d.previous ? serializeDecision(d.previous.decision) : null }))
    await host.writeDecisions(folder, files).catch((reason: unknown) => showError(get, 'Could not restore the saved decisions', reason))
  }
  if (op.archiveId !== null || op.step) {
    get().setLibraryProgress({ label: `Undoing: ${op.label}: reading the folder again`, done: 0, total: 0 })
    await get().rescan({ keepShown: true })
  }
  await loadSavedDecisions(get)
  get().setLibraryProgress(null)
  if (!quiet) get().showToast({ kind: 'info', message: `Undone: ${op.label}.` })
  return true
}

export async function undoAllResolutions(get: Get): Promise<void> {
  const count = get().libraryOps.length
  if (count === 0) {
    get().showToast({ kind: 'info', message: 'Nothing to undo in the library.' })
    return
  }
  const go = await get().asker.choose<'undo' | 'cancel'>({
    title: count === 1 ? 'Undo the resolution of this session?' : `Undo all ${count} resolutions of this session?`,
    message: 'Every merged and renamed file written is removed, and every archived file moves back, byte for byte. Files changed since they were written stop the undo.',
    choices: [
      { value: 'cancel', label: 'Cancel' },
      { value: 'undo', label: 'Undo all', tone: 'primary' },
    ],
    testId: 'undo-all-dialog',
  })
  if (go !== 'undo') return
  while (get().libraryOps.length > 0) if (!(await undoLastResolution(get, { quiet: true }))) return
  get().showToast({ kind: 'info', message: `Undone: every resolution of this session (${plural(count, 'step')}).` })
}
