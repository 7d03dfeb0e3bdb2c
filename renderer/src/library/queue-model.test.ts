import { describe, expect, it } from 'vitest'
import { matchesFilter, nextUnresolved, queueProgress, type QueueEntry } from './queue-model'

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
})

