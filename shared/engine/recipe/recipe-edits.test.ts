import { describe, expect, it } from 'vitest'
import type { Alignment, KeyRow, SectionRow } from '../alignment-model'
import type { Recipe, RowPick, RowRef } from './recipe-model'
import { parseRecipeJson } from './validate-recipe'
import { choiceOf, takeAllFrom, toggledInCombine, withChoice, withMoved, withMovedBy, withMovedOnto, withToggledInCombine } from './recipe-edits'

const sectionRef = (row: string): RowRef => ({ kind: 'section', row })
const keyRef = (name: string): RowRef => ({ kind: 'key', key: name })
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

describe('choices of keys and sections', () => {
  it('reads the choice of a key or a section, null for one the recipe does not list', () => {
    expect(choiceOf(recipe, keyRef('name'))).toEqual({ kind: 'variant', variant: 0 })
    expect(choiceOf(recipe, sectionRef('usage'))).toEqual({ kind: 'undecided' })
    expect(choiceOf(recipe, keyRef('model'))).toBeNull()
    expect(choiceOf(recipe, sectionRef('nope'))).toBeNull()
  })
  it('sets a row pick and leaves the input untouched', () => {
    const next = withChoice(recipe, sectionRef('usage'), { kind: 'variant', variant: 1 })
    expect(next.rows[1]!.pick).toEqual({ kind: 'variant', variant: 1 })
    expect(recipe.rows[1]!.pick).toEqual({ kind: 'undecided' })
  })
  it('returns the same recipe for an unknown row', () => {
    expect(withChoice(recipe, sectionRef('nope'), { kind: 'omit' })).toBe(recipe)
  })
  it('sets a key pick, appending a key the recipe did not list', () => {
    expect(withChoice(recipe, keyRef('tools'), { kind: 'omit' }).keys[1]!.pick).toEqual({ kind: 'omit' })
    expect(withChoice(recipe, keyRef('model'), { kind: 'variant', variant: 1 }).keys.map((k) => k.key)).toEqual(['name', 'tools', 'model'])
  })
})

describe('moves', () => {
  it.each([
    ['intro', 2, ['usage', 'notes', 'intro']],
    ['notes', 0, ['notes', 'intro', 'usage']],
    ['usage', 99, ['intro', 'notes', 'usage']],
    ['usage', -5, ['usage', 'intro', 'notes']],
  ])('moves %s to %i', (row, to, expected) => {
    expect(withMoved(recipe, sectionRef(row), to).rows.map((r) => r.row)).toEqual(expected)
  })
  it('moves keys', () => {
    expect(withMoved(recipe, keyRef('tools'), 0).keys.map((k) => k.key)).toEqual(['tools', 'name'])
    expect(withMoved(recipe, keyRef('missing'), 0)).toBe(recipe)
  })
  it('moves one place up or down, and no further than the ends', () => {
    expect(withMovedBy(recipe, sectionRef('usage'), -1).rows.map((r) => r.row)).toEqual(['usage', 'intro', 'notes'])
    expect(withMovedBy(recipe, keyRef('name'), 1).keys.map((k) => k.key)).toEqual(['tools', 'name'])
    expect(withMovedBy(recipe, sectionRef('intro'), -1)).toBe(recipe)
    expect(withMovedBy(recipe, sectionRef('nope'), 1)).toBe(recipe)
  })
  it('drops a row onto another of its kind, never a key onto a section', () => {
    expect(withMovedOnto(recipe, sectionRef('notes'), sectionRef('intro')).rows.map((r) => r.row)).toEqual(['notes', 'intro', 'usage'])
    expect(withMovedOnto(recipe, keyRef('tools'), keyRef('name')).keys.map((k) => k.key)).toEqual(['tools', 'name'])
    expect(withMovedOnto(recipe, keyRef('tools'), sectionRef('intro'))).toBe(recipe)
    expect(withMovedOnto(recipe, sectionRef('intro'), keyRef('name'))).toBe(recipe)
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
  it('applies to a section, and to a key (adding one the recipe did not list)', () => {
    const one = withChoice(recipe, sectionRef('intro'), { kind: 'variant', variant: 0 })
    expect(withToggledInCombine(one, sectionRef('intro'), 1).rows[0]!.pick).toEqual({ kind: 'combine', variants: [0, 1] })
    expect(withToggledInCombine(recipe, keyRef('name'), 1).keys[0]!.pick).toEqual({ kind: 'combine', variants: [0, 1] })
    expect(withToggledInCombine(recipe, keyRef('model'), 1).keys[2]).toEqual({ key: 'model', pick: { kind: 'variant', variant: 1 } })
    expect(withToggledInCombine(recipe, sectionRef('nope'), 1)).toBe(recipe)
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

describe('the recipe file keeps its format', () => {
  // A recipe as saved before keys and sections shared one reference (docs/recipe.schema.json).
  const saved = `{
  "$schema": "https://agent-merge.dev/recipe.schema.json",
  "version": 1,
  "sources": [{ "path": "a.md", "hash": "${'a'.repeat(64)}" }, { "path": "b.md", "hash": "${'b'.repeat(64)}" }],
  "keys": [{ "key": "name", "pick": { "kind": "variant", "variant": 0 }, "valueHashes": ["${'c'.repeat(64)}", null] }, { "key": "tools", "pick": { "kind": "undecided" } }],
  "rows": [
    { "row": "intro", "pick": { "kind": "variant", "variant": 1 }, "sectionKeys": ["intro", "intro"], "sectionHashes": ["${'d'.repeat(64)}", null] },
    { "row": "usage", "pick": { "kind": "omit" }, "sectionKeys": ["usage", null], "sectionHashes": [null, null] }
  ],
  "base": 1
}`

  it('loads a saved recipe, and edits of either kind write the same fields back', () => {
    const parsed = parseRecipeJson(saved)
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors))
    let edited = withChoice(parsed.recipe, keyRef('tools'), { kind: 'combine', variants: [0, 1] })
    edited = withChoice(edited, sectionRef('usage'), { kind: 'custom', text: '## Usage\nMine.\n' })
    edited = withMovedBy(withMovedBy(edited, keyRef('tools'), -1), sectionRef('usage'), -1)
    const reread = parseRecipeJson(JSON.stringify(edited))
    if (!reread.ok) throw new Error(JSON.stringify(reread.errors))
    expect(reread.recipe).toEqual(edited)
    const original = JSON.parse(saved) as { keys: object[]; rows: object[] }
    expect(reread.recipe.keys.map((k) => Object.keys(k).sort())).toEqual([original.keys[1]!, original.keys[0]!].map((k) => Object.keys(k).sort()))
    expect(reread.recipe.rows.map((r) => Object.keys(r).sort())).toEqual([original.rows[1]!, original.rows[0]!].map((r) => Object.keys(r).sort()))
    expect(reread.recipe.rows[0]).toEqual({ row: 'usage', pick: { kind: 'custom', text: '## Usage\nMine.\n' }, sectionKeys: ['usage', null], sectionHashes: [null, null] })
    expect(reread.recipe.keys[0]).toEqual({ key: 'tools', pick: { kind: 'combine', variants: [0, 1] } })
  })
})
