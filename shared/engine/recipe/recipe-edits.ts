// Pure edits of a recipe: `(recipe, input) -> recipe`. The UI store calls these; nothing here
// reads files or the clock. An edit that names an unknown row or key returns the recipe unchanged.

import type { Alignment } from '../alignment-model'
import type { KeyPick, Choice, Recipe, RowPick } from './recipe-model'
import { orderForVariant } from './variant-order'

export function withRowPick(recipe: Recipe, rowId: string, pick: Choice): Recipe {
  const index = recipe.rows.findIndex((r) => r.row === rowId)
  if (index < 0) return recipe
  return { ...recipe, rows: replaceAt(recipe.rows, index, { ...recipe.rows[index]!, pick }) }
}

export function withKeyPick(recipe: Recipe, key: string, pick: Choice): Recipe {
  const index = recipe.keys.findIndex((k) => k.key === key)
  if (index < 0) return { ...recipe, keys: [...recipe.keys, { key, pick }] }
  return { ...recipe, keys: replaceAt(recipe.keys, index, { ...recipe.keys[index]!, pick }) }
}

export function withRowMoved(recipe: Recipe, rowId: string, toIndex: number): Recipe {
  const rows = moved(recipe.rows, (r) => r.row === rowId, toIndex)
  return rows === recipe.rows ? recipe : { ...recipe, rows }
}

export function withKeyMoved(recipe: Recipe, key: string, toIndex: number): Recipe {
  const keys = moved(recipe.keys, (k) => k.key === key, toIndex)
  return keys === recipe.keys ? recipe : { ...recipe, keys }
}

/** Click-with-modifier: add the variant to the row's combine pick, or remove it if present.
 *  A single-variant pick becomes a combine of both; a combine left with one variant becomes a
 *  plain variant pick, with none it becomes undecided. */
export function withRowToggledInCombine(recipe: Recipe, rowId: string, variant: number): Recipe {
  const row = recipe.rows.find((r) => r.row === rowId)
  if (!row) return recipe
  return withRowPick(recipe, rowId, toggledInCombine(row.pick, variant))
}

/** The same toggle for a frontmatter key (list values are unioned by a combine pick). */
export function withKeyToggledInCombine(recipe: Recipe, key: string, variant: number): Recipe {
  const current = recipe.keys.find((k) => k.key === key)
  return withKeyPick(recipe, key, toggledInCombine(current?.pick ?? { kind: 'undecided' }, variant))
}

export function toggledInCombine(pick: Choice, variant: number): Choice {
  const current = pick.kind === 'variant' ? [pick.variant] : pick.kind === 'combine' ? pick.variants : []
  const variants = current.includes(variant) ? current.filter((v) => v !== variant) : [...current, variant]
  if (variants.length === 0) return { kind: 'undecided' }
  if (variants.length === 1) return { kind: 'variant', variant: variants[0]! }
  return { kind: 'combine', variants }
}

/**
 * Take everything from one variant, in its own order: its rows and keys come first in its order
 * with a pick of that variant; rows and keys it lacks stay in the recipe (after the ones of that
 * variant that precede them in the merged order) as `omit`, so the user can still bring them back.
 * Applying the result reproduces that variant (byte for byte when its frontmatter is strict YAML).
 */
export function takeAllFrom(recipe: Recipe, alignment: Alignment, variant: number): Recipe {
  const rowPicks = new Map(recipe.rows.map((r) => [r.row, r]))
  const rows: RowPick[] = []
  for (const row of orderForVariant(alignment.rows.map((r) => r.cells[variant] ?? null))) {
    const aligned = alignment.rows[row]!
    const existing = rowPicks.get(aligned.id)
    const pick: Choice = aligned.cells[variant] == null ? { kind: 'omit' } : { kind: 'variant', variant }
    rows.push(existing ? { ...existing, pick } : { row: aligned.id, pick, sectionKeys: [], sectionHashes: [] })
  }
  const keyPicks = new Map(recipe.keys.map((k) => [k.key, k]))
  const keys: KeyPick[] = []
  for (const index of orderForVariant(alignment.keys.map((k) => k.cells[variant]?.index ?? null))) {
    const keyRow = alignment.keys[index]!
    const pick: Choice = keyRow.cells[variant] ? { kind: 'variant', variant } : { kind: 'omit' }
    keys.push({ ...keyPicks.get(keyRow.key), key: keyRow.key, pick })
  }
  // Recipe rows and keys unknown to the alignment (custom text, stale names) stay at the end.
  const known = new Set(alignment.rows.map((r) => r.id))
  const knownKeys = new Set(alignment.keys.map((k) => k.key))
  return {
    ...recipe,
    base: variant,
    keys: [...keys, ...recipe.keys.filter((k) => !knownKeys.has(k.key))],
    rows: [...rows, ...recipe.rows.filter((r) => !known.has(r.row))],
  }
}

function moved<T>(items: readonly T[], match: (item: T) => boolean, toIndex: number): readonly T[] {
  const from = items.findIndex(match)
  if (from < 0) return items
  const target = Math.max(0, Math.min(items.length - 1, Math.trunc(toIndex)))
  if (target === from) return items
  const rest = items.filter((_, i) => i !== from)
  return [...rest.slice(0, target), items[from]!, ...rest.slice(target)]
}

function replaceAt<T>(items: readonly T[], index: number, item: T): readonly T[] {
  return items.map((existing, i) => (i === index ? item : existing))
}
