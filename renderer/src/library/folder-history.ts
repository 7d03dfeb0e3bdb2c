// The opened folders' history of steps (`<folder>/.agent-merge/runs/`): the app's resolutions
// and `agent-merge consolidate` runs alike, newest first, each undoable here.
import type { FolderStep } from '../../../shared/host-api'
import { describeHostError, toHostError } from '../state/host-errors'
import { getServices } from '../state/services'
import type { AppState } from '../state/store'
import { loadSavedDecisions } from './decision-store'

type Get = () => AppState

export interface HistoryStep extends FolderStep {
  /** The opened folder whose history it is. */
  readonly folder: string
}

export interface FolderHistory {
  readonly steps: readonly HistoryStep[]
  /** Folders whose history could not be read, and why. */
  readonly problems: readonly string[]
}

export async function loadFolderHistory(get: Get): Promise<FolderHistory> {
  const { host } = getServices()
  const steps: HistoryStep[] = []
  const problems: string[] = []
  for (const root of get().listing?.roots ?? []) {
    if (root.kind !== 'folder') continue
    try {
      for (const step of await host.listFolderSteps(root.path)) steps.push({ ...step, folder: root.path })
    } catch (reason) {
      problems.push(describeHostError(toHostError(reason, root.path)))
    }
  }
  return { steps: steps.sort((a, b) => b.createdAt - a.createdAt || (a.id < b.id ? 1 : -1)), problems }
}

/** What a step is, in words: the app's label, or the command line's run. */
export function stepTitle(step: FolderStep): string {
  return step.label ?? 'agent-merge consolidate (command line)'
}

/** Why undo would refuse now, or null. */
export function stepBlocked(step: FolderStep, rel: (path: string) => string): string | null {
  if (step.edited.length > 0) return `${step.edited.map(rel).join(', ')} changed since ${step.edited.length === 1 ? 'it was' : 'they were'} written: move ${step.edited.length === 1 ? 'it' : 'them'} away (or save the changes elsewhere) to undo`
  if (step.taken.length > 0) return `${step.taken.map(rel).join(', ')} ${step.taken.length === 1 ? 'exists' : 'exist'} again: move ${step.taken.length === 1 ? 'it' : 'them'} away to undo`
  return null
}

/** Undo one step of a folder's history: files back byte for byte, decisions as they were. */
export async function undoHistoryStep(get: Get, step: HistoryStep): Promise<boolean> {
  const title = stepTitle(step)
  get().setLibraryProgress({ label: `Undoing: ${title}`, done: 0, total: 0, countsFiles: true })
  try {
    await getServices().host.undoFolderStep(step.folder, step.id)
  } catch (reason) {
    get().setLibraryProgress(null)
    get().showToast({ kind: 'error', message: `Could not undo ${title}: ${describeHostError(toHostError(reason))}` })
    return false
  }
  get().dropLibraryStep(step.id)
  get().setLibraryProgress({ label: `Undoing: ${title}: reading the folder again`, done: 0, total: 0 })
  await get().rescan({ keepShown: true })
  await loadSavedDecisions(get)
  get().setLibraryProgress(null)
  get().showToast({ kind: 'info', message: `Undone: ${title}.` })
  return true
}
