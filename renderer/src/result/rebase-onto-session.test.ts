import { describe, expect, it } from 'vitest'
import { alignVariants } from '../../../shared/engine/align/align-variants'
import { parseDocument } from '../../../shared/engine/parse/parse-document'
import { defaultRecipe } from '../../../shared/engine/recipe/default-recipe'
import type { MergeSession } from '../state/slices/merge-slice'
import { rebaseOntoSession } from './rebase-onto-session'

function session(texts: readonly string[]): MergeSession {
  const docs = texts.map((t, i) => parseDocument(t, `/w/v${i}.md`))
  const alignment = alignVariants(docs)
  const recipe = defaultRecipe(docs, alignment)
  return {
    id: 'g',
    paths: docs.map((d) => d.path),
    files: docs.map((d) => ({ path: d.path, text: d.text, hash: d.hash, nulFree: !d.text.includes('\0'), mtimeMs: 0 })),
    docs,
    alignment,
    defaultRecipe: recipe,
  }
}

const A = '---\nname: a\ndescription: d\n---\n\n## Intro\n\nHello.\n\n## Steps\n\nOne.\n'
const B = '---\nname: a\ndescription: d\n---\n\n## Intro\n\nHello there.\n\n## Steps\n\nOne.\n'

describe('rebaseOntoSession', () => {
  it('keeps a recipe made for the same texts as it is', () => {
    const s = session([A, B])
    expect(rebaseOntoSession(s.defaultRecipe, s)).toEqual({ recipe: s.defaultRecipe, changedRows: [] })
  })

  it('marks the rows whose picked text changed and keeps the other picks', () => {
    const before = session([A, B])
    const intro = before.alignment.rows.find((r) => r.title === 'Intro')!.id
    const steps = before.alignment.rows.find((r) => r.title === 'Steps')!.id
    const recipe = {
      ...before.defaultRecipe,
      rows: before.defaultRecipe.rows.map((r) => (r.row === intro || r.row === steps ? { ...r, pick: { kind: 'variant' as const, variant: 0 } } : r)),
    }
    const after = session([A.replace('Hello.', 'Hello, changed.'), B])
    const { recipe: rebased, changedRows } = rebaseOntoSession(recipe, after)
    expect(changedRows).toContain(intro)
    expect(changedRows).not.toContain(steps)
    expect(rebased.rows.find((r) => r.row === steps)?.pick).toEqual({ kind: 'variant', variant: 0 })
    expect(rebased.sources.map((s) => s.hash)).toEqual(after.docs.map((d) => d.hash))
  })
})
