// Recipe edits the store applies. Thin layer: they delegate to the engine's recipe edits where
// those exist (shared/engine/recipe/recipe-edits.ts) and only add what the UI needs on top.
import type { KeyPick, Pick, Recipe, RowPick } from '../../../shared/engine/recipe/recipe-model'

export function rowPickOf(recipe: Recipe, rowId: string): Pick | null {
  return recipe.rows.find((r) => r.row === rowId)?.pick ?? null
}

export function keyPickOf(recipe: Recipe, key: string): Pick | null {
  return recipe.keys.find((k) => k.key === key)?.pick ?? null
}

export function setRowPick(recipe: Recipe, rowId: string, pick: Pick): Recipe {
  if (!recipe.rows.some((r) => r.row === rowId)) return recipe
  const rows: RowPick[] = recipe.rows.map((r) => (r.row === rowId ? { ...r, pick } : r))
  return { ...recipe, rows }
}

export function setKeyPick(recipe: Recipe, key: string, pick: Pick): Recipe {
  if (!recipe.keys.some((k) => k.key === key)) return { ...recipe, keys: [...recipe.keys, { key, pick }] }
  const keys: KeyPick[] = recipe.keys.map((k) => (k.key === key ? { ...k, pick } : k))
  return { ...recipe, keys }
}

/** Add or remove a variant from a row's combine pick (Ctrl/Cmd-click). A single variant left
 *  becomes a plain pick; none left becomes undecided. */
export function toggleInCombine(current: Pick | null, variant: number): Pick {
  const base =
    current?.kind === 'combine' ? current.variants : current?.kind === 'variant' ? [current.variant] : []
  const variants = base.includes(variant) ? base.filter((v) => v !== variant) : [...base, variant]
  if (variants.length === 0) return { kind: 'undecided' }
  if (variants.length === 1) return { kind: 'variant', variant: variants[0]! }
  return { kind: 'combine', variants }
}

function moved<T>(items: readonly T[], index: number, delta: number): T[] | null {
  const to = index + delta
  if (index < 0 || to < 0 || to >= items.length) return null
  const out = [...items]
  const [item] = out.splice(index, 1)
  out.splice(to, 0, item!)
  return out
}

export function moveRowBy(recipe: Recipe, rowId: string, delta: number): Recipe {
  const rows = moved(recipe.rows, recipe.rows.findIndex((r) => r.row === rowId), delta)
  return rows ? { ...recipe, rows } : recipe
}

export function moveKeyBy(recipe: Recipe, key: string, delta: number): Recipe {
  const keys = moved(recipe.keys, recipe.keys.findIndex((k) => k.key === key), delta)
  return keys ? { ...recipe, keys } : recipe
}
