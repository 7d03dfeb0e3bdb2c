// Plans for "apply proposals", made by the engine worker (off the UI thread) and kept per group
// version (its files' hashes and saved decision), so the preview opens at once once they are made.
// While the queue is shown, the groups still to do are planned one at a time in the background:
// a group opened meanwhile waits for at most one plan, not for all of them.
import type { AgentDocument } from '../../../shared/engine/model'
import { getServices } from '../state/services'
import type { AppState } from '../state/store'
import type { MergePlan } from './group-plan'
import type { QueueEntry } from './queue-model'

export type PlanOutcome = MergePlan | { readonly why: string }

const plans = new Map<string, Promise<PlanOutcome>>()
const MAX_KEPT = 2000

function docsOf(s: AppState, entry: QueueEntry): AgentDocument[] | { readonly why: string } {
  const docs: AgentDocument[] = []
  for (const file of entry.files) {
    const load = s.loads[file.path]
    if (load?.status !== 'ok') return { why: `${file.relPath} could not be read${load?.status === 'error' ? `: ${load.error.message}` : ''}` }
    docs.push(load.doc)
  }
  return docs
}

function keyOf(docs: readonly AgentDocument[], entry: QueueEntry): string {
  return `${docs.map((d) => `${d.path}\n${d.hash}`).join('\n')}\n${entry.saved?.decision.savedAt ?? ''}`
}

/** The plan for a group of the queue (made once per version of its files). */
export function planFor(s: AppState, entry: QueueEntry, folder: string): Promise<PlanOutcome> {
  const docs = docsOf(s, entry)
  if (!Array.isArray(docs)) return Promise.resolve(docs)
  const key = keyOf(docs, entry)
  let plan = plans.get(key)
  if (!plan) {
    if (plans.size >= MAX_KEPT) plans.clear()
    plan = getServices().engine.planMerge(docs, folder, entry.saved?.decision ?? null)
    plan.catch(() => plans.delete(key))
    plans.set(key, plan)
  }
  return plan
}

let prefetching = 0

/** Plan `entries` one after another in the background; a newer call replaces an older one. */
export async function prefetchPlans(get: () => AppState, entries: readonly QueueEntry[], folderOf: (entry: QueueEntry) => string): Promise<void> {
  const mine = ++prefetching
  for (const entry of entries) {
    if (mine !== prefetching) return
    await planFor(get(), entry, folderOf(entry)).catch(() => undefined)
  }
}

export function stopPrefetching(): void {
  prefetching++
}
