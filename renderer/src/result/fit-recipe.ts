// Fits a recipe read from a file onto the group that is open: its sources are matched to the open
// variants by path, then by content hash, then by file name, and variant numbers are renumbered
// to the open order. Pure: tested with plain values.
import type { Recipe, RecipeSource } from '../../../shared/engine/recipe/recipe-model'
import { withVariantsRenumbered } from '../../../shared/engine/recipe/renumber-variants'
import { normalisePath } from './save-target'

export interface OpenSource {
  readonly path: string
  readonly hash: string
}

export type RecipeFit =
  | {
      readonly ok: true
      readonly recipe: Recipe
      /** Open variant indices whose text differs from what the recipe was made against. */
      readonly changedSources: readonly number[]
    }
  | { readonly ok: false; readonly message: string }

function baseName(path: string): string {
  const p = normalisePath(path)
  return p.slice(p.lastIndexOf('/') + 1)
}

function matchSources(wanted: readonly RecipeSource[], open: readonly OpenSource[]): (number | null)[] {
  const taken = new Set<number>()
  const result: (number | null)[] = wanted.map(() => null)
  const passes: ((s: RecipeSource, o: OpenSource) => boolean)[] = [
    (s, o) => normalisePath(s.path) === normalisePath(o.path),
    (s, o) => s.hash === o.hash,
    (s, o) => baseName(s.path) === baseName(o.path),
  ]
  for (const same of passes) {
    wanted.forEach((source, i) => {
      if (result[i] != null) return
      const candidates = open.map((o, j) => j).filter((j) => !taken.has(j) && same(source, open[j]!))
      if (candidates.length === 1) {
        result[i] = candidates[0]!
        taken.add(candidates[0]!)
      }
    })
  }
  return result
}

export function fitRecipeToSession(recipe: Recipe, open: readonly OpenSource[]): RecipeFit {
  const matched = matchSources(recipe.sources, open)
  const missing = recipe.sources.filter((_, i) => matched[i] == null)
  if (missing.length > 0) {
    return {
      ok: false,
      message: `The recipe was made for files that are not in this group: ${missing.map((s) => s.path).join(', ')}`,
    }
  }
  const map = matched as number[]
  const sources: RecipeSource[] = open.map((o) => ({ path: o.path, hash: o.hash }))
  map.forEach((j, i) => {
    sources[j] = { path: open[j]!.path, hash: recipe.sources[i]!.hash }
  })
  const changedSources = map.filter((j, i) => recipe.sources[i]!.hash !== open[j]!.hash)
  return {
    ok: true,
    // The engine renumbers every pick and per-variant record (keys, hashes, body and value
    // hashes) and the base; the sources are the open files, in the open order.
    recipe: { ...withVariantsRenumbered(recipe, map, open.length), sources },
    changedSources,
  }
}
