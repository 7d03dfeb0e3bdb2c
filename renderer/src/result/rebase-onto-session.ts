// Re-applies a recipe to the open group's current texts: sources are re-pointed at the texts now
// open, and rows whose picked section text changed since the recipe was made are reported, so the
// compare view can mark them.
// INTERIM (UI engineer 2): compares section hashes itself; switch to the engine's
// checkRecipe/rebaseRecipe (shared/engine/recipe) when they land.
import { sha256Hex } from '../../../shared/engine/hash'
import type { Recipe } from '../../../shared/engine/recipe/recipe-model'
import type { MergeSession } from '../state/slices/merge-slice'

export interface Rebased {
  readonly recipe: Recipe
  /** Row ids whose picked text changed upstream or no longer resolves. */
  readonly changedRows: readonly string[]
}

export function rebaseOntoSession(recipe: Recipe, merge: MergeSession): Rebased {
  const unchanged = recipe.sources.length === merge.files.length && recipe.sources.every((s, i) => s.hash === merge.files[i]?.hash)
  if (unchanged) return { recipe, changedRows: [] }
  const rowsById = new Map(merge.alignment.rows.map((r) => [r.id, r]))
  const changedRows: string[] = []
  const rows = recipe.rows.map((rowPick) => {
    const row = rowsById.get(rowPick.row)
    const picked = rowPick.pick.kind === 'variant' ? [rowPick.pick.variant] : rowPick.pick.kind === 'combine' ? rowPick.pick.variants : []
    const sectionHashes = merge.docs.map((doc, v) => {
      const index = row?.cells[v]
      const section = index == null ? undefined : doc.sections[index]
      return section ? sha256Hex(doc.text.slice(section.start, section.end)) : null
    })
    if (!row || picked.some((v) => sectionHashes[v] !== rowPick.sectionHashes[v])) changedRows.push(rowPick.row)
    return { ...rowPick, sectionHashes }
  })
  // Rows new in the sources are not in the old recipe: add them at the end as undecided.
  const known = new Set(recipe.rows.map((r) => r.row))
  for (const row of merge.alignment.rows) {
    if (known.has(row.id)) continue
    changedRows.push(row.id)
    rows.push({
      row: row.id,
      pick: { kind: 'undecided' },
      sectionKeys: row.cells.map((c, v) => (c == null ? null : (merge.docs[v]?.sections[c]?.key ?? null))),
      sectionHashes: row.cells.map((c, v) => {
        const doc = merge.docs[v]
        const s = c == null ? undefined : doc?.sections[c]
        return s && doc ? sha256Hex(doc.text.slice(s.start, s.end)) : null
      }),
    })
  }
  return { recipe: { ...recipe, sources: merge.files.map((f) => ({ path: f.path, hash: f.hash })), rows }, changedRows }
}
