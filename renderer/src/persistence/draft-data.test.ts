import { describe, expect, it } from 'vitest'
import type { Recipe } from '../../../shared/engine/recipe/recipe-model'
import { makeDraftData, readColumns, readDraftData } from './draft-data'

const recipe: Recipe = {
  version: 1,
  sources: [{ path: '/a.md', hash: 'a'.repeat(64) }],
  keys: [{ key: 'name', pick: { kind: 'variant', variant: 0 } }],
  rows: [{ row: 'intro', pick: { kind: 'custom', text: '# Hi\n' }, sectionKeys: ['intro'], sectionHashes: ['b'.repeat(64)] }],
}

describe('draft data', () => {
  it('keeps a column layout only when it fits the group', () => {
    expect(readColumns({ order: [2, 0, 1], hidden: [1] }, 3)).toEqual({ order: [2, 0, 1], hidden: [1] })
    expect(readColumns({ order: [0, 0, 1], hidden: [] }, 3)).toBeNull()
    expect(readColumns({ order: [0, 1], hidden: [] }, 3)).toBeNull()
    expect(readColumns({ order: [0, 1], hidden: [0, 1] }, 2)).toBeNull()
    expect(readColumns('x', 2)).toBeNull()
  })

  it('round-trips through JSON', () => {
    const data = makeDraftData(['/a.md'], recipe, { kind: 'section', row: 'intro' }, { order: [0], hidden: [] })
    expect(readDraftData(JSON.parse(JSON.stringify(data)))).toEqual(data)
    const onKey = makeDraftData(['/a.md'], recipe, { kind: 'key', key: 'name' })
    expect(readDraftData(JSON.parse(JSON.stringify(onKey)))).toEqual(onKey)
  })

  it('reads a draft written before keys and sections shared one reference', () => {
    const old = {
      version: 1,
      paths: ['/a.md'],
      recipe: JSON.parse(JSON.stringify(recipe)),
      focusedRow: { kind: 'row', id: 'intro' },
      columns: { order: [0], hidden: [] },
    }
    expect(readDraftData(old)).toEqual({ ...old, recipe, focusedRow: { kind: 'section', row: 'intro' } })
  })

  it('ignores drafts of another version or with a broken recipe', () => {
    expect(readDraftData({ ...makeDraftData(['/a.md'], recipe, null), version: 99 })).toBeNull()
    expect(readDraftData({ ...makeDraftData(['/a.md'], recipe, null), recipe: { version: 1 } })).toBeNull()
    expect(readDraftData('nonsense')).toBeNull()
  })

  it('drops a focused row it cannot read but keeps the recipe', () => {
    const data = readDraftData({ ...makeDraftData(['/a.md'], recipe, null), focusedRow: { kind: 'row' } })
    expect(data?.focusedRow).toBeNull()
    expect(data?.recipe).toEqual(recipe)
  })
})
