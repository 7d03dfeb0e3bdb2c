import { describe, expect, it } from 'vitest'
import type { Recipe } from './recipe-model'
import { withVariantsRenumbered } from './renumber-variants'

const h = (c: string): string => c.repeat(64)
const recipe: Recipe = {
  version: 1,
  sources: [
    { path: 'a.md', hash: h('a') },
    { path: 'b.md', hash: h('b') },
    { path: 'c.md', hash: h('c') },
  ],
  base: 1,
  keys: [
    { key: 'tools', pick: { kind: 'combine', variants: [2, 0] }, valueHashes: [h('1'), null, h('3')] },
    { key: 'name', pick: { kind: 'variant', variant: 1 } },
  ],
  rows: [
    { row: 'intro', pick: { kind: 'variant', variant: 2 }, sectionKeys: ['intro', null, 'intro'], sectionHashes: [h('4'), null, h('5')], sectionBodyHashes: [h('6'), null, h('7')] },
    { row: 'usage', pick: { kind: 'combine', variants: [1, 2] }, sectionKeys: [null, 'usage', 'usage'], sectionHashes: [null, h('8'), h('9')] },
  ],
}

describe('withVariantsRenumbered', () => {
  it('moves picks, per-variant records and the base to the new numbers', () => {
    const out = withVariantsRenumbered(recipe, [2, 0, 1], 3)
    expect(out.base).toBe(0)
    expect(out.keys[0]).toEqual({ key: 'tools', pick: { kind: 'combine', variants: [1, 2] }, valueHashes: [null, h('3'), h('1')] })
    expect(out.keys[1]).toEqual({ key: 'name', pick: { kind: 'variant', variant: 0 } })
    expect(out.rows[0]).toEqual({ row: 'intro', pick: { kind: 'variant', variant: 1 }, sectionKeys: [null, 'intro', 'intro'], sectionHashes: [null, h('5'), h('4')], sectionBodyHashes: [null, h('7'), h('6')] })
    expect(out.rows[1]!.pick).toEqual({ kind: 'combine', variants: [0, 1] })
    expect('sectionBodyHashes' in out.rows[1]!).toBe(false)
    expect(out.sources).toBe(recipe.sources)
  })
  it('turns picks of a source that is not open into undecided, and drops the base', () => {
    const out = withVariantsRenumbered(recipe, [0, null, 1], 2)
    expect(out.base).toBeUndefined()
    expect(out.keys[1]!.pick).toEqual({ kind: 'undecided' })
    expect(out.rows[1]!.pick).toEqual({ kind: 'variant', variant: 1 })
    expect(out.rows[0]!.sectionKeys).toEqual(['intro', 'intro'])
  })
})
