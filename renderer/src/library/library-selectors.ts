// The queue as derived data, memoised on the identity of its inputs.
import type { AppState } from '../state/store'
import { buildQueue, matchesFilter, queueProgress, type QueueEntry, type QueueProgress } from './queue-model'

let last: { inputs: readonly unknown[]; entries: QueueEntry[] } | null = null

export function selectQueue(s: AppState): readonly QueueEntry[] {
  const inputs = [s.listing, s.grouping, s.loads, s.savedDecisions, s.proposedGroups]
  if (last && last.inputs.every((x, i) => x === inputs[i])) return last.entries
  const entries = buildQueue({ listing: s.listing, grouping: s.grouping, loads: s.loads, saved: s.savedDecisions, proposed: s.proposedGroups })
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
