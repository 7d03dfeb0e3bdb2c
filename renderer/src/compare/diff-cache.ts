// Word diffs of cells against their row's reference, computed when a cell is first drawn and
// cached by content (virtualised rows come and go while scrolling).
import type { WordDiff } from '../../../shared/engine/alignment-model'
import { diffWords } from '../../../shared/engine/diff/word-diff'

const MAX_ENTRIES = 4000
const cache = new Map<string, WordDiff>()

export function cachedWordDiff(cacheKey: string, reference: string, other: string): WordDiff {
  const hit = cache.get(cacheKey)
  if (hit) return hit
  const diff = diffWords(reference, other)
  if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value!)
  cache.set(cacheKey, diff)
  return diff
}
