// Renumbers the variants of a recipe (the same sources opened in another order, or fewer of
// them): every pick, every per-variant record (section keys and hashes, body hashes, value
// hashes) and the base follow the new numbers. Sources are left to the caller, which knows
// the files now open. Pure.

import type { KeyPick, Choice, Recipe, RowPick } from './recipe-model'

/**
 * @param map for each old variant index, its new index, or null when that source is not open
 * @param count how many variants there are now
 */
export function withVariantsRenumbered(recipe: Recipe, map: readonly (number | null)[], count: number): Recipe {
  const to = (v: number): number | null => map[v] ?? null
  const perVariant = <T>(values: readonly (T | null)[] | undefined): (T | null)[] | undefined => {
    if (values === undefined) return undefined
    const out: (T | null)[] = Array.from({ length: count }, () => null)
    values.forEach((value, v) => {
      const j = to(v)
      if (j !== null && j < count) out[j] = value
    })
    return out
  }
  const pick = (p: Choice): Choice => {
    if (p.kind === 'variant') {
      const j = to(p.variant)
      return j === null ? { kind: 'undecided' } : { kind: 'variant', variant: j }
    }
    if (p.kind !== 'combine') return p
    const variants = p.variants.flatMap((v) => (to(v) === null ? [] : [to(v)!]))
    if (variants.length === 0) return { kind: 'undecided' }
    return variants.length === 1 ? { kind: 'variant', variant: variants[0]! } : { kind: 'combine', variants }
  }
  const rows = recipe.rows.map((row): RowPick => {
    const { sectionBodyHashes, ...rest } = row
    const bodies = perVariant(sectionBodyHashes)
    return { ...rest, pick: pick(row.pick), sectionKeys: perVariant(row.sectionKeys)!, sectionHashes: perVariant(row.sectionHashes)!, ...(bodies ? { sectionBodyHashes: bodies } : {}) }
  })
  const keys = recipe.keys.map((key): KeyPick => {
    const { valueHashes, ...rest } = key
    const values = perVariant(valueHashes)
    return { ...rest, pick: pick(key.pick), ...(values ? { valueHashes: values } : {}) }
  })
  const base = recipe.base === undefined ? undefined : to(recipe.base)
  const { base: _, ...withoutBase } = recipe
  return { ...withoutBase, rows, keys, ...(base !== null && base !== undefined ? { base } : {}) }
}
