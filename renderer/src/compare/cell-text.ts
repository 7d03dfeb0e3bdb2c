// The text a cell shows: a section's span (heading included) or a frontmatter entry's value.
import type { AgentDocument } from '../../../shared/engine/model'
import type { KeyRow, SectionRow } from '../../../shared/engine/alignment-model'
import type { Choice, RowRef } from '../../../shared/engine/recipe/recipe-model'

export function sectionText(docs: readonly AgentDocument[], row: SectionRow, variant: number): string | null {
  const index = row.cells[variant]
  const doc = docs[variant]
  if (index == null || !doc) return null
  const section = doc.sections[index]
  return section ? doc.text.slice(section.start, section.end) : null
}

/** The YAML value source of an entry (`key: value` minus the `key:`), as a custom pick holds it. */
export function keyValueSource(raw: string): string {
  const colon = raw.indexOf(':')
  const value = colon < 0 ? raw : raw.slice(colon + 1)
  return value.replace(/^[ \t]/, '').replace(/\r?\n$/, '')
}

export function keyText(row: KeyRow, variant: number): string | null {
  const cell = row.cells[variant]
  return cell ? keyValueSource(cell.raw) : null
}

/** Drop leading and trailing blank lines for display (the merge keeps the exact text). */
export function displayText(text: string): string {
  return text.replace(/^([ \t]*\r?\n)+/, '').replace(/(\r?\n[ \t]*)+$/, '')
}

/** The text a custom edit starts from: the current pick's text, else the reference's. */
export function customStartText(
  pick: Choice | null,
  textOf: (variant: number) => string | null,
  reference: number,
  join: string,
): string {
  if (pick?.kind === 'custom') return pick.text
  if (pick?.kind === 'variant') return textOf(pick.variant) ?? ''
  if (pick?.kind === 'combine') return pick.variants.map(textOf).filter((t): t is string => t != null).join(join)
  return textOf(reference) ?? ''
}

/** The text of one cell named by row and variant (for diffs between any two cells). */
export function cellTextFor(
  docs: readonly AgentDocument[],
  alignment: { readonly keys: readonly KeyRow[]; readonly rows: readonly SectionRow[] },
  ref: RowRef,
  variant: number,
): string | null {
  if (ref.kind === 'key') {
    const row = alignment.keys.find((k) => k.key === ref.key)
    return row ? keyText(row, variant) : null
  }
  const row = alignment.rows.find((r) => r.id === ref.row)
  return row ? sectionText(docs, row, variant) : null
}
