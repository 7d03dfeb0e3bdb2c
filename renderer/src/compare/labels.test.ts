import { describe, expect, it } from 'vitest'
import { baseReason, customExcerpt, folderLabel, headingMark, isPicked, pickLabel, statusLabel } from './labels'

describe('labels', () => {
  it('names the few variants that have a partial row, counts the many', () => {
    expect(statusLabel({ kind: 'partial', missingIn: [0, 2, 3], similarity: 1 }, 5)).toBe('only in 2, 5')
    expect(statusLabel({ kind: 'partial', missingIn: [0], similarity: 1 }, 6)).toBe('in 5 of 6')
    expect(statusLabel({ kind: 'partial', missingIn: [0], similarity: 0.7 }, 3)).toBe('only in 2, 3 · 70%')
    expect(statusLabel({ kind: 'changed', similarity: 0.824 }, 3)).toBe('changed · 82%')
    expect(statusLabel({ kind: 'unique', variant: 2 }, 3)).toBe('only in 3')
  })
  it('describes picks and which cells they take', () => {
    expect(pickLabel({ kind: 'combine', variants: [0, 2] })).toBe('Combined 1 + 3')
    expect(pickLabel(null)).toBe('Not written')
    expect(isPicked({ kind: 'combine', variants: [0, 2] }, 2)).toBe(true)
    expect(isPicked({ kind: 'custom', text: 'x' }, 0)).toBe(false)
  })
  it('marks pseudo-headings as what they are, not as # headings', () => {
    expect(headingMark('bold', 4)?.text).toBe('**')
    expect(headingMark('item', 3)?.text).toBe('1.')
    expect(headingMark('atx', 2)?.text).toBe('##')
    expect(headingMark('preamble', 0)).toBeNull()
  })
  it('shows custom text on one line, cut with an ellipsis', () => {
    expect(customExcerpt('## Title\n\nMy   own\ntext')).toBe('## Title My own text')
    expect(customExcerpt('a'.repeat(100), 10)).toBe(`${'a'.repeat(9)}…`)
  })
  it('says why the merge starts from its base variant', () => {
    const docs = [{ path: '/a/x.md', text: 'ab', sections: [1] }, { path: '/b/agents/y.md', text: 'a'.repeat(1234), sections: [1, 2, 3] }]
    expect(baseReason(docs, 1)).toBe('Starts from variant 2, y.md: the most complete (3 sections, 1,234 characters); rows it lacks are undecided.')
  })
  it('shows the collection folder, skipping tool folders', () => {
    expect(folderLabel('/home/u/repos/wshobson/agents/.claude/agents/x.md')).toBe('repos/wshobson')
    expect(folderLabel('/a/b/plugins/kit/agents/x.md')).toBe('plugins/kit')
  })
})
