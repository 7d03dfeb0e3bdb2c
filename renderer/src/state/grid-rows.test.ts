import { describe, expect, it } from 'vitest'
import type { Alignment, SectionRow } from '../../../shared/engine/alignment-model'
import type { Recipe } from '../../../shared/engine/recipe/recipe-model'
import { gridItems, nextMatching, orderedRows, foldHiding, isIdentical } from './grid-rows'

const row = (id: string, same: boolean): SectionRow => ({
  id,
  title: id,
  level: 2,
  parentId: null,
  cells: [0, 0],
  status: same ? { kind: 'same' } : { kind: 'changed', similarity: 0.5 },
  reference: 0,
})

const alignment: Alignment = {
  variantCount: 2,
  keys: [{ key: 'name', cells: [null, null], status: { kind: 'same' }, reference: 0, itemChanges: null }],
  rows: [row('a', true), row('b', true), row('c', false), row('d', true), row('e', false)],
}

const pick = { kind: 'variant', variant: 0 } as const
const recipe: Recipe = {
  version: 1,
  sources: [],
  keys: [{ key: 'name', pick }],
  rows: ['e', 'a', 'b', 'c', 'd'].map((id) => ({ row: id, pick: id === 'c' ? { kind: 'undecided' } : pick, sectionKeys: [], sectionHashes: [] })),
}

describe('grid rows', () => {
  it('orders rows as the recipe writes them, keys first', () => {
    expect(orderedRows(alignment, recipe).map((r) => r.id)).toEqual(['key:name', 'row:e', 'row:a', 'row:b', 'row:c', 'row:d'])
    expect(orderedRows(alignment, null).map((r) => r.id)).toEqual(['key:name', 'row:a', 'row:b', 'row:c', 'row:d', 'row:e'])
  })

  it('folds runs of two or more identical rows unless expanded', () => {
    const rows = orderedRows(alignment, null)
    const folded = gridItems(rows, true, new Set())
    expect(folded.map((i) => i.id)).toEqual(['heading:frontmatter', 'key:name', 'heading:body', 'fold:row:a', 'row:c', 'row:d', 'row:e'])
    expect(foldHiding(folded, { kind: 'section', row: 'b' })).toBe('fold:row:a')
    const open = gridItems(rows, true, new Set(['fold:row:a']))
    expect(open.some((i) => i.kind === 'folded')).toBe(false)
    expect(gridItems(rows, false, new Set()).filter((i) => i.kind === 'section')).toHaveLength(5)
  })

  it('finds the next difference and wraps around', () => {
    const rows = orderedRows(alignment, null)
    const differs = (i: (typeof rows)[number]) => !isIdentical(i)
    expect(nextMatching(rows, null, 1, differs)?.id).toBe('row:c')
    expect(nextMatching(rows, { kind: 'section', row: 'c' }, 1, differs)?.id).toBe('row:e')
    expect(nextMatching(rows, { kind: 'section', row: 'e' }, 1, differs)?.id).toBe('row:c')
    expect(nextMatching(rows, { kind: 'section', row: 'c' }, -1, differs)?.id).toBe('row:e')
    expect(nextMatching(rows, null, 1, () => false)).toBeNull()
  })
})
