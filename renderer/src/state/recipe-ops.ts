// Recipe edits the store uses. They delegate to the engine's pure recipe edits
// (shared/engine/recipe/recipe-edits.ts); this file only adds relative moves.
import type { Recipe } from '../../../shared/engine/recipe/recipe-model'
import { withKeyMoved, withRowMoved } from '../../../shared/engine/recipe/recipe-edits'

/** Move a row one place up (-1) or down (+1) in the output order. */
export function moveRowBy(recipe: Recipe, rowId: string, delta: -1 | 1): Recipe {
  const at = recipe.rows.findIndex((r) => r.row === rowId)
  return at < 0 ? recipe : withRowMoved(recipe, rowId, at + delta)
}

export function moveKeyBy(recipe: Recipe, key: string, delta: -1 | 1): Recipe {
  const at = recipe.keys.findIndex((k) => k.key === key)
  return at < 0 ? recipe : withKeyMoved(recipe, key, at + delta)
}
