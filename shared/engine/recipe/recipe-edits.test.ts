import { describe, expect, it } from 'vitest'
import type { Alignment, KeyRow, SectionRow } from '../alignment-model'
import type { Recipe, RowPick } from './recipe-model'
import {
  takeAllFrom,
  toggledInCombine,
  withKeyMoved,
  withKeyPick,
  withRowMoved,
  withRowPick,
  withRowToggledInCombine,
} from './recipe-edits'

const rowPick = (row: string): RowPick => ({ row, pick: { kind: 'undecided' }, sectionKeys: [], sectionHashes: [] })

const recipe: Recipe = {
  version: 1,
  sources: [
    { path: 'a.md', hash: 'a'.repeat(64) },
    { path: 'b.md', hash: 'b'.repeat(64) },
  ],
  keys: [
    { key: 'name', pick: { kind: 'variant', variant: 0 } },
    { key: 'tools', pick: { kind: 'undecided' } },
  ],
  rows: [rowPick('intro'), rowPick('usage'), rowPick('notes')],
}

describe('row and key picks', () => {
  it('sets a row pick and leaves the input untouched', () => {
    const next = withRowPick(recipe, 'usage', { kind: 'variant', variant: 1 })
    expect(next.rows[1]!.pick).toEqual({ kind: 'variant', variant: 1 })
    expect(recipe.rows[1]!.pick).toEqual({ kind: 'undecided' })
  })
  it('returns the same recipe for an unknown row', () => {
    expect(withRowPick(recipe, 'nope', { kind: 'omit' })).toBe(recipe)
  })
  it('sets a key pick, appending a key the recipe did not list', () => {
    expect(withKeyPick(recipe, 'tools', { kind: 'omit' }).keys[1]!.pick).toEqual({ kind: 'omit' })
    expect(withKeyPick(recipe, 'model', { kind: 'variant', variant: 1 }).keys.map((k) => k.key)).toEqual(['name', 'tools', 'model'])
  })
})

describe('moves', () => {
  it.each([
    ['intro', 2, ['usage', 'notes', 'intro']],
    ['notes', 0, ['notes', 'intro', 'usage']],
    ['usage', 99, ['intro', 'notes', 'usage']],
    ['usage', -5, ['usage', 'intro', 'notes']],
  ])('moves %s to %i', (row, to, expected) => {
    expect(withRowMoved(recipe, row, to).rows.map((r) => r.row)).toEqual(expected)
  })
  it('moves keys', () => {
    expect(withKeyMoved(recipe, 'tools', 0).keys.map((k) => k.key)).toEqual(['tools', 'name'])
    expect(withKeyMoved(recipe, 'missing', 0)).toBe(recipe)
  })
})

describe('combine toggling', () => {
  it.each([
    [{ kind: 'undecided' } as const, 1, { kind: 'variant', variant: 1 }],
    [{ kind: 'variant', variant: 0 } as const, 1, { kind: 'combine', variants: [0, 1] }],
    [{ kind: 'combine', variants: [0, 1] } as const, 0, { kind: 'variant', variant: 1 }],
    [{ kind: 'combine', variants: [0, 2, 1] } as const, 2, { kind: 'combine', variants: [0, 1] }],
    [{ kind: 'variant', variant: 2 } as const, 2, { kind: 'undecided' }],
    [{ kind: 'custom', text: 'x' } as const, 0, { kind: 'variant', variant: 0 }],
  ])('%j toggled with %i', (pick, variant, expected) => {
    expect(toggledInCombine(pick, variant)).toEqual(expected)
  })
  it('applies to a row', () => {
    const one = withRowPick(recipe, 'intro', { kind: 'variant', variant: 0 })
    expect(withRowToggledInCombine(one, 'intro', 1).rows[0]!.pick).toEqual({ kind: 'combine', variants: [0, 1] })
  })
})

describe('takeAllFrom', () => {
  const row = (id: string, cells: (number | null)[]): SectionRow => ({
    id,
    title: id,
    level: 2,
    parentId: null,
    cells,
    status: { kind: 'same' },
    reference: 0,
  })
  const key = (name: string, cells: (number | null)[]): KeyRow => ({
    key: name,
    cells: cells.map((index) => (index === null ? null : { raw: `${name}: x\n`, value: 'x', index, items: null })),
    status: { kind: 'same' },
    reference: 0,
    itemChanges: null,
  })
  const alignment: Alignment = {
    variantCount: 2,
    keys: [key('name', [0, 1]), key('tools', [1, null]), key('model', [null, 0])],
    rows: [row('intro', [0, 0]), row('usage', [1, null]), row('notes', [2, 1]), row('extra', [null, 2])],
  }
  it('picks the variant where it has the row, omits the rest, keeps its order', () => {
    const next = takeAllFrom(recipe, alignment, 1)
    expect(next.base).toBe(1)
    expect(next.rows.map((r) => [r.row, r.pick.kind])).toEqual([
      ['intro', 'variant'],
      ['usage', 'omit'],
      ['notes', 'variant'],
      ['extra', 'variant'],
    ])
    // variant 1 writes `model` before `name`
    expect(next.keys.map((k) => [k.key, k.pick.kind])).toEqual([
      ['model', 'variant'],
      ['name', 'variant'],
      ['tools', 'omit'],
    ])
  })
  it('keeps recipe rows the alignment does not know at the end', () => {
    const withCustom: Recipe = { ...recipe, rows: [...recipe.rows, { ...rowPick('mine'), pick: { kind: 'custom', text: '## Mine\n' } }] }
    expect(takeAllFrom(withCustom, alignment, 0).rows.map((r) => r.row)).toEqual(['intro', 'usage', 'notes', 'extra', 'mine'])
  })
})
