// Library decisions on disk: read from every opened folder's .agent-merge/recipes/, and saved
// there after each resolution step (one host call per folder).
import { DECISION_VERSION, decisionFileName, parseSavedDecision, relativeTo, serializeDecision, type Resolution } from '../../../shared/engine/consolidate'
import { plural } from '../../../shared/engine/consolidate/words'
import { describeHostError, toHostError } from '../state/host-errors'
import { getServices } from '../state/services'
import type { AppState } from '../state/store'
import type { LibraryOperation } from './library-slice'
import type { SavedEntry } from './queue-model'

type Get = () => AppState

export interface DecisionToSave {
  readonly folder: string
  readonly key: string
  readonly members: readonly { readonly path: string; readonly hash: string }[]
  readonly resolution: Resolution
}

/** Read the decisions saved in every opened folder. */
export async function loadSavedDecisions(get: Get): Promise<void> {
  const { host } = getServices()
  const saved: Record<string, SavedEntry> = {}
  const problems: string[] = []
  for (const root of get().listing?.roots ?? []) {
    if (root.kind !== 'folder') continue
    try {
      for (const file of await host.readDecisions(root.path)) {
        const parsed = parseSavedDecision(file.text)
        if (parsed.ok) saved[parsed.decision.group] = { folder: root.path, decision: parsed.decision }
        else problems.push(`${root.path}/.agent-merge/recipes/${file.name}: ${parsed.error}`)
      }
    } catch (reason) {
      problems.push(describeHostError(toHostError(reason, root.path)))
    }
  }
  get().setSavedDecisions(saved, problems)
}

/** Many decisions per host call: one call per opened folder. */
export function byFolder<T extends { readonly folder: string }>(items: readonly T[]): Map<string, T[]> {
  const groups = new Map<string, T[]>()
  for (const item of items) {
    const list = groups.get(item.folder)
    if (list) list.push(item)
    else groups.set(item.folder, [item])
  }
  return groups
}

/** The saved entries for decisions of one folder, as written at `savedAt`. */
export function entriesToSave(folder: string, list: readonly DecisionToSave[], savedAt: string): SavedEntry[] {
  return list.map((d): SavedEntry => ({
    folder,
    decision: {
      version: DECISION_VERSION,
      group: d.key,
      members: d.members.map((m) => ({ path: relativeTo(folder, m.path) ?? m.path, hash: m.hash })),
      resolution: d.resolution,
      savedAt,
    },
  }))
}

/** The files of `.agent-merge/recipes/` that hold these entries. */
export function decisionWritesOf(entries: readonly SavedEntry[]): { name: string; text: string }[] {
  return entries.map((m) => ({ name: decisionFileName(m.decision.group), text: serializeDecision(m.decision) }))
}

/** What was written is what a re-read would find: the store takes it as is. */
export function rememberSaved(get: Get, entries: readonly SavedEntry[]): void {
  get().setSavedDecisions({ ...get().savedDecisions, ...Object.fromEntries(entries.map((m) => [m.decision.group, m])) }, get().decisionProblems)
}

export async function saveDecisions(get: Get, decisions: readonly DecisionToSave[], onSaved: (done: number) => void): Promise<LibraryOperation['decisions']> {
  const { host } = getServices()
  const saved: { folder: string; key: string; previous: SavedEntry | null }[] = []
  const failed: string[] = []
  const savedAt = new Date().toISOString()
  for (const [folder, list] of byFolder(decisions)) {
    const made = entriesToSave(folder, list, savedAt)
    try {
      await host.writeDecisions(folder, decisionWritesOf(made))
      for (const d of list) saved.push({ folder, key: d.key, previous: get().savedDecisions[d.key] ?? null })
      rememberSaved(get, made)
    } catch (reason) {
      failed.push(`${plural(list.length, 'decision')} in ${folder} (${describeHostError(toHostError(reason))})`)
    }
    onSaved(saved.length)
  }
  if (failed.length > 0) get().showToast({ kind: 'error', message: `The files were written, but decisions could not be saved: ${failed.join('; ')}` })
  return saved
}
