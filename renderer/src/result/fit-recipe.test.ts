import { describe, expect, it } from 'vitest'
import type { Recipe } from '../../../shared/engine/recipe/recipe-model'
import { fitRecipeToSession } from './fit-recipe'

const h = (c: string) => c.repeat(64)

const recipe: Recipe = {
  version: 1,
  sources: [
    { path: '/old/a/agent.md', hash: h('a') },
    { path: '/old/b/agent.md', hash: h('b') },
  ],
  keys: [{ key: 'name', pick: { kind: 'variant', variant: 1 } }],
  rows: [
    { row: 'intro', pick: { kind: 'combine', variants: [1, 0] }, sectionKeys: ['intro', null], sectionHashes: [h('1'), null] },
    { row: 'tail', pick: { kind: 'omit' }, sectionKeys: [null, 'tail'], sectionHashes: [null, h('2')] },
  ],
}

describe('fitRecipeToSession', () => {
  it('keeps a recipe made for the same files as it is', () => {
    const fit = fitRecipeToSession(recipe, recipe.sources)
    expect(fit).toEqual({ ok: true, recipe, changedSources: [] })
  })

  it('renumbers variants when the open order differs (matched by hash)', () => {
    const fit = fitRecipeToSession(recipe, [
      { path: '/new/x.md', hash: h('b') },
      { path: '/new/y.md', hash: h('a') },
    ])
    if (!fit.ok) throw new Error(fit.message)
    expect(fit.recipe.keys[0]!.pick).toEqual({ kind: 'variant', variant: 0 })
    expect(fit.recipe.rows[0]!.pick).toEqual({ kind: 'combine', variants: [0, 1] })
    expect(fit.recipe.rows[0]!.sectionKeys).toEqual([null, 'intro'])
    expect(fit.recipe.sources.map((s) => s.path)).toEqual(['/new/x.md', '/new/y.md'])
    expect(fit.changedSources).toEqual([])
  })

  it('renumbers the base, body hashes and value hashes with the picks (three sources, reordered)', () => {
    const three: Recipe = {
      version: 1,
      base: 2,
      sources: [
        { path: '/r/one.md', hash: h('a') },
        { path: '/r/two.md', hash: h('b') },
        { path: '/r/three.md', hash: h('c') },
      ],
      keys: [{ key: 'name', pick: { kind: 'variant', variant: 2 }, valueHashes: [h('4'), null, h('6')] }],
      rows: [
        {
          row: 'intro',
          pick: { kind: 'variant', variant: 0 },
          sectionKeys: ['intro', 'intro', null],
          sectionHashes: [h('1'), h('2'), null],
          sectionBodyHashes: [h('7'), null, h('9')],
        },
      ],
    }
    // Opened as three, one, two: old 0 -> 1, old 1 -> 2, old 2 -> 0.
    const fit = fitRecipeToSession(three, [
      { path: '/r/three.md', hash: h('c') },
      { path: '/r/one.md', hash: h('a') },
      { path: '/r/two.md', hash: h('b') },
    ])
    if (!fit.ok) throw new Error(fit.message)
    expect(fit.recipe.base).toBe(0)
    expect(fit.recipe.keys[0]).toEqual({ key: 'name', pick: { kind: 'variant', variant: 0 }, valueHashes: [h('6'), h('4'), null] })
    expect(fit.recipe.rows[0]).toEqual({
      row: 'intro',
      pick: { kind: 'variant', variant: 1 },
      sectionKeys: [null, 'intro', 'intro'],
      sectionHashes: [null, h('1'), h('2')],
      sectionBodyHashes: [h('9'), h('7'), null],
    })
    expect(fit.recipe.sources.map((s) => s.path)).toEqual(['/r/three.md', '/r/one.md', '/r/two.md'])
  })

  it('matches by path and reports sources whose text changed', () => {
    const fit = fitRecipeToSession(recipe, [
      { path: '/old/a/agent.md', hash: h('c') },
      { path: '/old/b/agent.md', hash: h('b') },
    ])
    expect(fit.ok && fit.changedSources).toEqual([0])
    // The recipe keeps the hash it was made against, so a check sees the change.
    expect(fit.ok && fit.recipe.sources[0]!.hash).toBe(h('a'))
  })

  it('refuses a recipe for other files, naming them', () => {
    const fit = fitRecipeToSession(recipe, [{ path: '/z/other.md', hash: h('z') }])
    expect(fit.ok).toBe(false)
    expect(!fit.ok && fit.message).toContain('/old/a/agent.md')
  })
})
