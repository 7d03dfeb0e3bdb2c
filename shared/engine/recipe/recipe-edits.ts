// Pure edits of a recipe: `(recipe, input) -> recipe`. The UI store calls these; nothing here
// reads files or the clock. Keys and sections are named alike by a `RowRef`. An edit that names a
// section the recipe does not list returns the recipe unchanged.

import type { AlignedRows } from '../align/aligned-rows'
import type { Choice, KeyPick, Recipe, RowPick, RowRef } from './recipe-model'
import { orderForVariant } from './variant-order'

/** The recipe's choice for a key or section, null when the recipe does not list it. */
export function choiceOf(recipe: Recipe, ref: RowRef): Choice | null {
  const entry = ref.kind === 'key' ? recipe.keys.find((k) => k.key === ref.key) : recipe.rows.find((r) => r.row === ref.row)
  return entry?.pick ?? null
}

/** Sets the choice for a key or section. A key the recipe does not list is added at the end; a
 *  section it does not list is not (a section entry needs the hashes of the sources). */
export function withChoice(recipe: Recipe, ref: RowRef, pick: Choice): Recipe {
  if (ref.kind === 'key' && indexOf(recipe, ref) < 0) return { ...recipe, keys: [...recipe.keys, { key: ref.key, pick }] }
  return withEntries(recipe, ref, (entries, index) => (index < 0 ? entries : replaceAt(entries, index, { ...entries[index]!, pick })))
}

/** Click-with-modifier: add the variant to the row's combine choice, or remove it if present
 *  (see `toggledInCombine`). For a key, a combine unions list values. */
export function withToggledInCombine(recipe: Recipe, ref: RowRef, variant: number): Recipe {
  return withChoice(recipe, ref, toggledInCombine(choiceOf(recipe, ref) ?? { kind: 'undecided' }, variant))
}

/** Puts a key or section at `toIndex` of its list in the output order (clamped to the list). */
export function withMoved(recipe: Recipe, ref: RowRef, toIndex: number): Recipe {
  return withEntries(recipe, ref, (entries, index) => moved(entries, index, toIndex))
}

/** Moves a key or section one place up (-1) or down (+1) in the output order. */
export function withMovedBy(recipe: Recipe, ref: RowRef, delta: -1 | 1): Recipe {
  const index = indexOf(recipe, ref)
  return index < 0 ? recipe : withMoved(recipe, ref, index + delta)
}

/** Drag and drop: puts a key or section where `target` is. Keys and sections each keep their own
 *  order, so a key dropped on a section (or the reverse) changes nothing. */
export function withMovedOnto(recipe: Recipe, ref: RowRef, target: RowRef): Recipe {
  return ref.kind === target.kind ? withMoved(recipe, ref, indexOf(recipe, target)) : recipe
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
export function takeAllFrom(recipe: Recipe, alignment: AlignedRows, variant: number): Recipe {
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

function indexOf(recipe: Recipe, ref: RowRef): number {
  return ref.kind === 'key' ? recipe.keys.findIndex((k) => k.key === ref.key) : recipe.rows.findIndex((r) => r.row === ref.row)
}

/** Applies `edit` to the list that holds `ref` (the recipe's keys or its rows), given the index
 *  of `ref` in it (-1 when absent). The one place where keys and sections part ways. */
function withEntries(recipe: Recipe, ref: RowRef, edit: <T extends KeyPick | RowPick>(entries: readonly T[], index: number) => readonly T[]): Recipe {
  const index = indexOf(recipe, ref)
  if (ref.kind === 'key') {
    const keys = edit(recipe.keys, index)
    return keys === recipe.keys ? recipe : { ...recipe, keys }
  }
  const rows = edit(recipe.rows, index)
  return rows === recipe.rows ? recipe : { ...recipe, rows }
}

function moved<T>(items: readonly T[], from: number, toIndex: number): readonly T[] {
  if (from < 0) return items
  const target = Math.max(0, Math.min(items.length - 1, Math.trunc(toIndex)))
  if (target === from) return items
  const rest = items.filter((_, i) => i !== from)
  return [...rest.slice(0, target), items[from]!, ...rest.slice(target)]
}

function replaceAt<T>(items: readonly T[], index: number, item: T): readonly T[] {
  return items.map((existing, i) => (i === index ? item : existing))
}
