// The queue as derived data, memoised on the identity of its inputs.
import type { AppState } from '../state/store'
import { buildQueue, matchesFilter, queueProgress, sortQueue, type QueueEntry, type QueueProgress } from './queue-model'

let last: { inputs: readonly unknown[]; entries: QueueEntry[] } | null = null

function sameFiles(a: QueueEntry['files'], b: QueueEntry['files']): boolean {
  return a.length === b.length && a.every((f, i) => f.path === b[i]!.path && f.relPath === b[i]!.relPath && f.broken === b[i]!.broken)
}

/** The previous object of every entry that did not change, so its row need not render again. */
function keepUnchanged(previous: readonly QueueEntry[], next: QueueEntry[]): QueueEntry[] {
  const byId = new Map(previous.map((e) => [e.id, e]))
  return next.map((e) => {
    const p = byId.get(e.id)
    const same =
      p !== undefined &&
      p.key === e.key && p.status === e.status && p.open === e.open && p.accepted === e.accepted && p.brokenCount === e.brokenCount &&
      p.similarity === e.similarity && p.collision === e.collision && p.live === e.live && p.saved?.decision.savedAt === e.saved?.decision.savedAt &&
      p.saved?.folder === e.saved?.folder && sameFiles(p.files, e.files)
    return same ? p : e
  })
}

/** Every entry, in the order the queue shows them (its sort): what "next to do" follows. */
export function selectQueue(s: AppState): readonly QueueEntry[] {
  const inputs = [s.listing, s.grouping, s.loads, s.savedDecisions, s.proposedGroups, s.queueSort]
  if (last && last.inputs.every((x, i) => x === inputs[i])) return last.entries
  const built = buildQueue({ listing: s.listing, grouping: s.grouping, loads: s.loads, saved: s.savedDecisions, proposed: s.proposedGroups })
  const entries = sortQueue(keepUnchanged(last?.entries ?? [], built), s.queueSort)
  last = { inputs, entries }
  return entries
}

let lastFiltered: { entries: readonly QueueEntry[]; filter: string; shown: readonly QueueEntry[] } | null = null

export function selectShownQueue(s: AppState): readonly QueueEntry[] {
  const entries = selectQueue(s)
  if (lastFiltered && lastFiltered.entries === entries && lastFiltered.filter === s.queueFilter) return lastFiltered.shown
  const shown = entries.filter((e) => matchesFilter(e, s.queueFilter))
  lastFiltered = { entries, filter: s.queueFilter, shown }
  return shown
}

let lastProgress: { entries: readonly QueueEntry[]; progress: QueueProgress } | null = null

export function selectQueueProgress(s: AppState): QueueProgress {
  const entries = selectQueue(s)
  if (lastProgress?.entries === entries) return lastProgress.progress
  lastProgress = { entries, progress: queueProgress(entries) }
  return lastProgress.progress
}
