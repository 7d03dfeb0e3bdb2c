// The recipe a merge starts from: the most complete variant (most sections, then longest) as the
// base, its keys and rows in its order taking it; rows and keys it lacks are `undecided`, placed
// where they fit in the merged order, and reported as such by applyRecipe.

import type { AlignedRows } from '../align/aligned-rows'
import { variantsByCompleteness } from '../align/variant-rank'
import type { AgentDocument } from '../model'
import { RECIPE_VERSION } from './recipe-model'
import type { KeyPick, Recipe, RowPick } from './recipe-model'
import { keyIdentity } from './key-identity'
import { rowIdentity } from './section-identity'
import { orderForVariant } from './variant-order'

/** `hashes: false`: without content hashes (see rowIdentity). */
export function defaultRecipe(docs: readonly AgentDocument[], alignment: AlignedRows, options: { readonly hashes?: boolean } = {}): Recipe {
  const hashes = options.hashes ?? true
  const base = variantsByCompleteness(docs)[0] ?? 0
  const rows: RowPick[] = orderForVariant(alignment.rows.map((r) => r.cells[base] ?? null)).map((index) => {
    const row = alignment.rows[index]!
    return {
      row: row.id,
      pick: row.cells[base] == null ? { kind: 'undecided' } : { kind: 'variant', variant: base },
      ...rowIdentity(row, docs, hashes),
    }
  })
  const keys: KeyPick[] = orderForVariant(alignment.keys.map((k) => k.cells[base]?.index ?? null)).map((index) => {
    const key = alignment.keys[index]!
    return { key: key.key, pick: key.cells[base] ? { kind: 'variant', variant: base } : { kind: 'undecided' }, ...keyIdentity(key, hashes) }
  })
  return {
    version: RECIPE_VERSION,
    sources: docs.map((doc) => ({ path: doc.path, hash: doc.hash })),
    keys,
    rows,
    base,
  }
}
