import { describe, expect, it } from 'vitest'
import { matchesFilter, nextUnresolved, queueProgress, sortQueue, type QueueEntry } from './queue-model'

const entry = (id: string, status: QueueEntry['status'], more: Partial<QueueEntry> = {}): QueueEntry => ({
  id,
  key: id,
  files: [],
  status,
  open: status === 'todo' || status === 'proposed' || status === 'skipped',
  accepted: false,
  brokenCount: 0,
  similarity: 0.8,
  collision: false,
  live: '',
  saved: null,
  ...more,
})

describe('queue model', () => {
  const entries = [entry('a', 'merged', { open: false }), entry('b', 'todo'), entry('c', 'skipped'), entry('d', 'proposed', { collision: true }), entry('e', 'todo', { brokenCount: 1, similarity: 0.2 })]

  it('counts merged, kept, renamed and skipped as resolved', () => {
    expect(queueProgress(entries)).toEqual({ resolved: 2, total: 5 })
  })

  it('finds the next group to do after the current one, wrapping around, skipping resolved ones', () => {
    expect(nextUnresolved(entries, null)?.id).toBe('b')
    expect(nextUnresolved(entries, 'b')?.id).toBe('d')
    expect(nextUnresolved(entries, 'e')?.id).toBe('b')
    expect(nextUnresolved([entry('a', 'merged', { open: false })], 'a')).toBeNull()
  })

  it('filters by collision, broken frontmatter, large difference and unresolved', () => {
    expect(entries.filter((e) => matchesFilter(e, 'collisions')).map((e) => e.id)).toEqual(['d'])
    expect(entries.filter((e) => matchesFilter(e, 'broken')).map((e) => e.id)).toEqual(['e'])
    expect(entries.filter((e) => matchesFilter(e, 'large')).map((e) => e.id)).toEqual(['e'])
    expect(entries.filter((e) => matchesFilter(e, 'unresolved')).map((e) => e.id)).toEqual(['b', 'd', 'e'])
    expect(entries.filter((e) => matchesFilter(e, 'all'))).toHaveLength(5)
  })

  it('sorts the biggest problems first: live collisions, then more variants, then larger differences; resolved last', () => {
    const files = (n: number) => Array.from({ length: n }, (_, i) => ({ path: `/f${i}`, relPath: `f${i}`, broken: false }))
    const queue = [
      entry('alpha', 'todo', { files: files(2), similarity: 0.9 }),
      entry('beta', 'merged', { open: false, files: files(4), similarity: null, collision: true }),
      entry('gamma', 'todo', { files: files(2), similarity: 0.3 }),
      entry('delta', 'todo', { files: files(3), similarity: 0.9 }),
      entry('eps', 'proposed', { files: files(2), similarity: 0.95, collision: true }),
      entry('zeta', 'skipped', { files: files(4), similarity: 0.1, collision: true }),
    ]
    const keys = (sort: Parameters<typeof sortQueue>[1]) => sortQueue(queue, sort).map((e) => e.key)
    expect(keys('problems')).toEqual(['eps', 'delta', 'gamma', 'alpha', 'zeta', 'beta'])
    expect(keys('variants')).toEqual(['delta', 'gamma', 'alpha', 'eps', 'zeta', 'beta'])
    expect(keys('difference')).toEqual(['gamma', 'delta', 'alpha', 'eps', 'zeta', 'beta'])
    expect(keys('name')).toEqual(['alpha', 'beta', 'delta', 'eps', 'gamma', 'zeta'])
    // "Next to do" follows the order shown.
    const shown = sortQueue(queue, 'problems')
    expect(nextUnresolved(shown, 'eps')?.key).toBe('delta')
    expect(nextUnresolved(shown, 'alpha')?.key).toBe('eps')
  })
})
