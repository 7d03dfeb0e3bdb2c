// Re-applies a recipe to the open group's current texts with the engine's rebaseRecipe, and lists
// the rows the user should look at again: rows whose picked text changed upstream, rows that no
// longer resolve as they were, and rows new in the sources.
import { rebaseRecipe } from '../../../shared/engine/recipe/check-recipe'
import type { Choice, Recipe, RowPick } from '../../../shared/engine/recipe/recipe-model'
import type { MergeSession } from '../state/slices/merge-slice'

export interface Rebased {
  readonly recipe: Recipe
  /** Row ids (in the rebased recipe) whose picked text changed, moved or is new. */
  readonly changedRows: readonly string[]
}

function pickedVariants(pick: Choice): readonly number[] {
  if (pick.kind === 'variant') return [pick.variant]
  if (pick.kind === 'combine') return pick.variants
  return []
}

function sameAsBefore(before: RowPick | undefined, after: RowPick): boolean {
  if (!before) return false
  if (before.pick.kind !== after.pick.kind) return false
  return pickedVariants(after.pick).every((v) => before.sectionHashes[v] === after.sectionHashes[v])
}

export function rebaseOntoSession(recipe: Recipe, merge: MergeSession): Rebased {
  const unchanged = recipe.sources.length === merge.docs.length && recipe.sources.every((s, i) => s.hash === merge.docs[i]?.hash && s.path === merge.docs[i]?.path)
  if (unchanged) return { recipe, changedRows: [] }
  const rebased = rebaseRecipe(recipe, merge.docs, merge.alignment)
  const before = new Map(recipe.rows.map((r) => [r.row, r]))
  const changedRows = rebased.rows.filter((r) => !sameAsBefore(before.get(r.row), r)).map((r) => r.row)
  return { recipe: rebased, changedRows }
}
