// The merged file for the open group, computed from the recipe by the engine and memoised on the
// identity of its inputs: the result pane, save, copy and export all share one computation.
import type { AgentDocument } from '../../../shared/engine/model'
import type { Alignment } from '../../../shared/engine/alignment-model'
import type { MergeResult, Recipe } from '../../../shared/engine/recipe/recipe-model'
import { applyRecipe } from '../../../shared/engine/recipe/apply-recipe'

let last: { recipe: Recipe; docs: readonly AgentDocument[]; alignment: Alignment; result: MergeResult } | null = null

export function mergeResultOf(recipe: Recipe, docs: readonly AgentDocument[], alignment: Alignment): MergeResult {
  if (last && last.recipe === recipe && last.docs === docs && last.alignment === alignment) return last.result
  const result = applyRecipe(recipe, docs, alignment)
  last = { recipe, docs, alignment, result }
  return result
}
