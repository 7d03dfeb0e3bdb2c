// Re-applying a recipe to sources that may have changed since it was made: what still applies,
// what changed upstream, what no longer resolves (checkRecipe); and the recipe moved onto the
// current sources (rebaseRecipe), keeping every decision that can still be carried out.

import type { AlignedRows } from '../align/aligned-rows'
import type { AgentDocument } from '../model'
import type { KeyPick, Choice, Recipe, RecipeCheck, RowPick } from './recipe-model'
import { currentValueHash, keyIdentity } from './key-identity'
import { pickedVariants, rowResolver } from './resolve-row'
import { rowIdentity } from './section-identity'

export function checkRecipe(recipe: Recipe, docs: readonly AgentDocument[], alignment: AlignedRows): RecipeCheck {
  const sourcesChanged = changedSources(recipe, docs)
  const resolver = rowResolver(docs, alignment)
  const applies: string[] = []
  const changedUpstream: string[] = []
  const renamedUpstream: string[] = []
  const unresolved: string[] = []
  for (const rowPick of recipe.rows) {
    const variants = pickedVariants(rowPick.pick)
    if (variants.length === 0) {
      applies.push(rowPick.row)
      continue
    }
    const row = resolver.resolve(rowPick)
    if (!row || variants.some((v) => row.cells[v] == null)) unresolved.push(rowPick.row)
    else {
      const changed = variants.filter((v) => rowPick.sectionHashes[v] != null && resolver.hashOf(row, v) !== rowPick.sectionHashes[v])
      if (changed.length === 0) applies.push(rowPick.row)
      else {
        changedUpstream.push(rowPick.row)
        const bodyKept = (v: number): boolean => rowPick.sectionBodyHashes?.[v] != null && resolver.bodyHashOf(row, v) === rowPick.sectionBodyHashes[v]
        if (changed.every(bodyKept)) renamedUpstream.push(rowPick.row)
      }
    }
  }
  const keysApply: string[] = []
  const keysChangedUpstream: string[] = []
  const keysUnresolved: string[] = []
  for (const { key, pick, valueHashes } of recipe.keys) {
    const variants = pickedVariants(pick)
    const missing = variants.filter((v) => !hasKey(docs[v], key))
    const gone = pick.kind === 'combine' ? missing.length === pick.variants.length : missing.length > 0
    const changed = (v: number): boolean => valueHashes?.[v] != null && hasKey(docs[v], key) && currentValueHash(docs[v], key) !== valueHashes[v]
    if (gone) keysUnresolved.push(key)
    else if (variants.some(changed)) keysChangedUpstream.push(key)
    else keysApply.push(key)
  }
  return { sourcesChanged, applies, changedUpstream, renamedUpstream, unresolved, keysApply, keysChangedUpstream, keysUnresolved }
}

/**
 * The recipe moved onto the current sources: sources re-pointed at `docs`, rows re-found by id,
 * section keys or content hash and renamed to their current ids with fresh keys and hashes.
 * A pick whose variant no longer has the section becomes undecided (a combine keeps the variants
 * that still have it); rows that cannot be found are dropped unless they hold custom text;
 * rows and keys new in the sources are added as undecided where they fit.
 */
export function rebaseRecipe(recipe: Recipe, docs: readonly AgentDocument[], alignment: AlignedRows): Recipe {
  const resolver = rowResolver(docs, alignment)
  const taken = new Map<string, number>() // row id -> index in rows
  const rows: RowPick[] = []
  for (const rowPick of recipe.rows) {
    const row = resolver.resolve(rowPick)
    if (row && taken.has(row.id) && rowPick.pick.kind !== 'custom') {
      // Two recipe rows now stand for one aligned row (sections joined since): keep both decisions.
      const index = taken.get(row.id)!
      rows[index] = { ...rows[index]!, pick: joinedPick(rows[index]!.pick, stillPossible(rowPick.pick, (v) => row.cells[v] != null)) }
      continue
    }
    if (!row || taken.has(row.id)) {
      if (rowPick.pick.kind === 'custom' && !taken.has(rowPick.row)) {
        taken.set(rowPick.row, rows.length)
        rows.push(rowPick)
      }
      continue
    }
    taken.set(row.id, rows.length)
    rows.push({ row: row.id, pick: stillPossible(rowPick.pick, (v) => row.cells[v] != null), ...rowIdentity(row, docs) })
  }
  const newRows = alignment.rows.map((row) => row.id)
  const rowsWithNew = insertWhereTheyFit(rows, (r) => r.row, newRows, (id): RowPick => {
    const row = alignment.rows.find((r) => r.id === id)!
    return { row: id, pick: { kind: 'undecided' }, ...rowIdentity(row, docs) }
  })
  const keyRows = new Map(alignment.keys.map((row) => [row.key, row]))
  const valueHashesOf = (key: string): { valueHashes?: (string | null)[] } => {
    const row = keyRows.get(key)
    return row ? keyIdentity(row) : {}
  }
  const keys: KeyPick[] = recipe.keys.map(({ key, pick }) => ({ key, pick: stillPossible(pick, (v) => hasKey(docs[v], key)), ...valueHashesOf(key) }))
  const keysWithNew = insertWhereTheyFit(keys, (k) => k.key, alignment.keys.map((k) => k.key), (key): KeyPick => ({ key, pick: { kind: 'undecided' }, ...valueHashesOf(key) }))
  const base = recipe.base !== undefined && recipe.base < docs.length ? recipe.base : undefined
  return {
    ...recipe,
    sources: docs.map((doc) => ({ path: doc.path, hash: doc.hash })),
    keys: keysWithNew,
    rows: rowsWithNew,
    base: base ?? 0,
  }
}

function changedSources(recipe: Recipe, docs: readonly AgentDocument[]): number[] {
  const count = Math.max(recipe.sources.length, docs.length)
  const changed: number[] = []
  for (let i = 0; i < count; i++) if (recipe.sources[i]?.hash !== docs[i]?.hash) changed.push(i)
  return changed
}

function hasKey(doc: AgentDocument | undefined, key: string): boolean {
  return doc?.frontmatter?.entries.some((e) => e.key === key) ?? false
}

function stillPossible(pick: Choice, has: (variant: number) => boolean): Choice {
  if (pick.kind === 'variant') return has(pick.variant) ? pick : { kind: 'undecided' }
  if (pick.kind !== 'combine') return pick
  const variants = pick.variants.filter(has)
  if (variants.length === 0) return { kind: 'undecided' }
  return variants.length === 1 ? { kind: 'variant', variant: variants[0]! } : { kind: 'combine', variants }
}

/** The pick for one row that two recipe rows now stand for: the sections of both, in recipe order
 *  (a decision beats none; custom text stays in its own recipe row). */
function joinedPick(first: Choice, second: Choice): Choice {
  const variants = [...new Set([...pickedVariants(first), ...pickedVariants(second)])]
  if (variants.length === 0) return first.kind === 'undecided' ? second : first
  if (pickedVariants(first).length === 0 && first.kind === 'custom') return first
  return variants.length === 1 ? { kind: 'variant', variant: variants[0]! } : { kind: 'combine', variants }
}

/** Adds the names of `merged` that `items` lacks, each right after the item that precedes it in
 *  the merged order (or first when none does). */
function insertWhereTheyFit<T>(items: readonly T[], nameOf: (item: T) => string, merged: readonly string[], make: (name: string) => T): T[] {
  const present = new Set(items.map(nameOf))
  const after = new Map<string | null, T[]>()
  let previous: string | null = null
  for (const name of merged) {
    if (present.has(name)) previous = name
    else after.set(previous, [...(after.get(previous) ?? []), make(name)])
  }
  const result: T[] = [...(after.get(null) ?? [])]
  for (const item of items) result.push(item, ...(after.get(nameOf(item)) ?? []))
  return result
}
