// INTERIM (UI engineer 1): a minimal stand-in for the engine's `defaultRecipe` until
// shared/engine/recipe/default-recipe.ts lands; then engine-core.ts imports that and this file goes.
// Every row and key takes its reference variant, in alignment order.
import type { AgentDocument } from '../../../shared/engine/model'
import type { Alignment } from '../../../shared/engine/alignment-model'
import type { Recipe } from '../../../shared/engine/recipe/recipe-model'
import { sha256Hex } from '../../../shared/engine/hash'

export function interimDefaultRecipe(docs: readonly AgentDocument[], alignment: Alignment): Recipe {
  return {
    version: 1,
    sources: docs.map((d) => ({ path: d.path, hash: d.hash })),
    base: 0,
    keys: alignment.keys.map((k) => ({ key: k.key, pick: { kind: 'variant', variant: k.reference } })),
    rows: alignment.rows.map((r) => ({
      row: r.id,
      pick: r.status.kind === 'changed' ? { kind: 'undecided' } : { kind: 'variant', variant: r.reference },
      sectionKeys: r.cells.map((c, v) => (c == null ? null : (docs[v]?.sections[c]?.key ?? null))),
      sectionHashes: r.cells.map((c, v) => {
        const doc = docs[v]
        const s = c == null ? undefined : doc?.sections[c]
        return s && doc ? sha256Hex(doc.text.slice(s.start, s.end)) : null
      }),
    })),
  }
}
