// INTERIM (UI engineer 2): a minimal stand-in for the engine's applyRecipe until
// shared/engine/recipe/apply-recipe.ts lands, so the result pane works end to end meanwhile.
// Variant/custom/omit picks only in full; combine concatenates sections and the first variant's
// key; no validation beyond undecided rows and keys. Delete when the engine's version exists.
import type { AgentDocument } from '../../../shared/engine/model'
import type { Alignment } from '../../../shared/engine/alignment-model'
import type { MergeResult, Origin, Pick, Recipe } from '../../../shared/engine/recipe/recipe-model'
import { emitEntry } from '../../../shared/engine/recipe/emit-frontmatter'

function variantsOf(pick: Pick): number[] {
  if (pick.kind === 'variant') return [pick.variant]
  if (pick.kind === 'combine') return [...pick.variants]
  return []
}

export function interimApplyRecipe(recipe: Recipe, docs: readonly AgentDocument[], alignment: Alignment): MergeResult {
  const eol = recipe.eol ?? docs[0]?.eol ?? '\n'
  let text = ''
  const origins: Origin[] = []
  const push = (part: string, source: Origin['source'], where: { row?: string; key?: string } = {}): void => {
    if (!part) return
    origins.push({ start: text.length, end: text.length + part.length, source, ...where })
    text += part
  }
  const undecidedKeys: string[] = []
  const undecidedRows: string[] = []
  const keyRows = new Map(alignment.keys.map((k) => [k.key, k]))
  const entries: { key: string; text: string; source: Origin['source'] }[] = []
  for (const { key, pick } of recipe.keys) {
    if (pick.kind === 'undecided') undecidedKeys.push(key)
    if (pick.kind === 'custom') entries.push({ key, text: `${key}: ${pick.text.trim()}${eol}`, source: 'custom' })
    const v = variantsOf(pick)[0]
    const cell = v === undefined ? null : keyRows.get(key)?.cells[v]
    if (cell && v !== undefined) entries.push({ key, text: emitEntry(key, cell.value, eol), source: v })
  }
  if (entries.length > 0) {
    push(`---${eol}`, 'generated')
    for (const e of entries) push(e.text, e.source, { key: e.key })
    push(`---${eol}`, 'generated')
  }
  const rows = new Map(alignment.rows.map((r) => [r.id, r]))
  for (const { row: id, pick } of recipe.rows) {
    if (pick.kind === 'undecided') undecidedRows.push(id)
    if (pick.kind === 'custom') {
      push(pick.text.endsWith('\n') ? pick.text : pick.text + eol, 'custom', { row: id })
      continue
    }
    const row = rows.get(id)
    for (const v of variantsOf(pick)) {
      const index = row?.cells[v]
      const doc = docs[v]
      const section = index == null || !doc ? undefined : doc.sections[index]
      if (!section || !doc) continue
      let part = doc.text.slice(section.start, section.end)
      if (!part.endsWith('\n')) part += eol
      push(part, v, { row: id })
    }
  }
  return { text, origins, undecidedRows, undecidedKeys, diagnostics: [] }
}
