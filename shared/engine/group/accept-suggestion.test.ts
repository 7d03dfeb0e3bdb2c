import { describe, expect, it } from 'vitest'
import { acceptSuggestion } from './accept-suggestion'
import { groupDocuments } from './group-documents'
import type { GroupInput } from './group-model'

const text = (n: number): string => Array.from({ length: 300 }, (_, i) => `word${(i * 7 + n * 1000) % 5000}`).join(' ')
const input = (path: string, identity: string, body: string): GroupInput => ({ path, identity, name: identity, description: null, body })

describe('acceptSuggestion', () => {
  const inputs = [
    input('a/code-reviewer.md', 'code-reviewer', text(1)),
    input('b/code-reviewer.md', 'code-reviewer', text(2)),
    input('c/senior-code-reviewer.md', 'senior-code-reviewer', text(3)),
    input('d/code-review-master.md', 'code-review-master', text(4)),
  ]
  const grouping = groupDocuments(inputs)

  it('merges a single into the group, keeps the group id and marks the newcomer', () => {
    const s = grouping.suggestions.find((x) => x.members.includes(2) && x.members.includes(0))!
    expect(s).toBeDefined()
    const next = acceptSuggestion(grouping, s.id, inputs)
    const group = next.groups.find((g) => g.id === 'key:code-reviewer')!
    expect(group.members).toEqual([
      { index: 0, matchedBy: 'identity' },
      { index: 1, matchedBy: 'identity' },
      { index: 2, matchedBy: 'accepted' },
    ])
    expect(group.similarity.pairs).toBe(3)
    expect(next.singles).toEqual([3])
    expect(next.suggestions.some((x) => x.id === s.id)).toBe(false)
    // the master's suggestions now point at the merged group, never at the absorbed single
    for (const x of next.suggestions) {
      expect(x.a).not.toEqual({ kind: 'single', index: 2 })
      expect(x.b).not.toEqual({ kind: 'single', index: 2 })
    }
    const toMaster = next.suggestions.find((x) => x.members.includes(3))!
    expect(toMaster.members).toEqual([0, 1, 2, 3])
  })

  it('leaves the grouping as it is for an unknown id or a side that is gone', () => {
    expect(acceptSuggestion(grouping, 'nope', inputs)).toBe(grouping)
    const s = grouping.suggestions.find((x) => x.a.kind === 'group' || x.b.kind === 'group')!
    const withoutGroups = { ...grouping, groups: [] }
    expect(acceptSuggestion(withoutGroups, s.id, inputs)).toBe(withoutGroups)
  })

  it('makes a new group of two singles keyed by the first side', () => {
    const two = [input('x/helper.md', 'helper', text(9)), input('y/other.md', 'other-name', text(9) + ' and a few more words')]
    const g = groupDocuments(two)
    expect(g.suggestions).toHaveLength(1)
    const next = acceptSuggestion(g, g.suggestions[0]!.id, two)
    expect(next.groups.map((x) => [x.key, x.members.length])).toEqual([['helper', 2]])
    expect(next.singles).toEqual([])
  })
})
