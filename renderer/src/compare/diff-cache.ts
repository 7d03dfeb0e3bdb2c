// Word diffs of cells against their row's reference, cached by content (virtualised rows come
// and go while scrolling). Small pairs are diffed at once on the UI thread (well under a
// millisecond, no flicker); big ones go to the engine worker, a few at a time, and only while a
// cell still shows them, so fast scrolling never queues work nobody will see.
import { useCallback, useEffect, useSyncExternalStore } from 'react'
import type { WordDiff } from '../../../shared/engine/alignment-model'
import { diffWords } from '../../../shared/engine/diff/word-diff'
import { getServices } from '../state/services'

const MAX_ENTRIES = 4000
/** Combined length below which a diff runs synchronously. */
export const SYNC_DIFF_LIMIT = 3000
const MAX_IN_FLIGHT = 3

const cache = new Map<string, WordDiff>()
const watchers = new Map<string, Set<() => void>>()
const queued = new Map<string, { reference: string; other: string }>()
let inFlight = 0

function remember(key: string, diff: WordDiff): void {
  if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value!)
  cache.set(key, diff)
}

export function cachedWordDiff(key: string, reference: string, other: string): WordDiff {
  const hit = cache.get(key)
  if (hit) return hit
  const diff = diffWords(reference, other)
  remember(key, diff)
  return diff
}

function pump(): void {
  while (inFlight < MAX_IN_FLIGHT && queued.size > 0) {
    const [key, job] = queued.entries().next().value!
    queued.delete(key)
    if (cache.has(key) || !watchers.get(key)?.size) continue // nobody shows it any more
    inFlight++
    getServices()
      .engine.diffWords(job.reference, job.other)
      .catch((error: unknown): WordDiff => ({ kind: 'tooLarge', reason: error instanceof Error ? error.message : String(error) }))
      .then((diff) => {
        remember(key, diff)
        watchers.get(key)?.forEach((notify) => notify())
      })
      .finally(() => {
        inFlight--
        pump()
      })
  }
}

function watch(key: string, notify: () => void): () => void {
  let set = watchers.get(key)
  if (!set) watchers.set(key, (set = new Set()))
  set.add(notify)
  return () => {
    set.delete(notify)
    if (set.size === 0) watchers.delete(key)
  }
}

/** The diff for a cell: at once when small or cached, else null until the worker answers. */
export function useWordDiff(key: string, reference: string | null, other: string): WordDiff | null {
  const small = reference !== null && reference.length + other.length <= SYNC_DIFF_LIMIT
  const subscribe = useCallback((notify: () => void) => watch(key, notify), [key])
  const diff = useSyncExternalStore(subscribe, () => cache.get(key) ?? null)
  useEffect(() => {
    if (reference === null || small || cache.has(key)) return
    queued.set(key, { reference, other })
    pump()
  }, [key, reference, other, small])
  if (reference === null) return null
  if (diff) return diff
  return small ? cachedWordDiff(key, reference, other) : null
}
