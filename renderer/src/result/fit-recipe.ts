// Fits a recipe read from a file onto the group that is open: its sources are matched to the open
// variants by path, then by content hash, then by file name, and variant numbers are renumbered
// to the open order. Pure: tested with plain values.
import type { Pick, Recipe, RecipeSource, RowPick } from '../../../shared/engine/recipe/recipe-model'
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

function remapPick(pick: Pick, map: readonly number[]): Pick {
  if (pick.kind === 'variant') return { kind: 'variant', variant: map[pick.variant] ?? pick.variant }
  if (pick.kind === 'combine') return { kind: 'combine', variants: pick.variants.map((v) => map[v] ?? v) }
  return pick
}

function remapPerVariant<T>(values: readonly (T | null)[], map: readonly number[], count: number): (T | null)[] {
  const out: (T | null)[] = Array.from({ length: count }, () => null)
  values.forEach((value, i) => {
    const j = map[i]
    if (j !== undefined) out[j] = value
  })
  return out
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
  const rows: RowPick[] = recipe.rows.map((row) => ({
    ...row,
    pick: remapPick(row.pick, map),
    sectionKeys: remapPerVariant(row.sectionKeys, map, open.length),
    sectionHashes: remapPerVariant(row.sectionHashes, map, open.length),
  }))
  const changedSources = map.filter((j, i) => recipe.sources[i]!.hash !== open[j]!.hash)
  return {
    ok: true,
    recipe: { ...recipe, sources, keys: recipe.keys.map((k) => ({ ...k, pick: remapPick(k.pick, map) })), rows },
    changedSources,
  }
}
