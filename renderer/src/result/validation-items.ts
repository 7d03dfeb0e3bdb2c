// The list under the result: the engine's validation of the merged file plus the rows and keys
// still undecided, each with where clicking it should go. Pure.
import type { Alignment } from '../../../shared/engine/alignment-model'
import type { Severity } from '../../../shared/engine/model'
import type { MergeResult } from '../../../shared/engine/recipe/recipe-model'
import type { RowRef } from '../state/row-ref'

export interface ValidationItem {
  readonly id: string
  readonly severity: Severity
  readonly message: string
  /** 1-based line in the merged text, when the finding has one. */
  readonly line: number | null
  /** The row or key to focus in the compare view. */
  readonly target: RowRef | null
}

export function validationItems(result: MergeResult, alignment: Alignment): ValidationItem[] {
  const titles = new Map(alignment.rows.map((row) => [row.id, row.title || '(text before the first heading)']))
  // The engine reports undecided rows and keys as diagnostics too; the entries below say the same
  // with the row to jump to, so the engine's copies are left out.
  const findings = result.diagnostics.filter((d) => d.code !== 'undecided-row' && d.code !== 'undecided-key')
  const items: ValidationItem[] = findings.map((d, i) => ({
    id: `d${i}`,
    severity: d.severity,
    message: d.message,
    line: d.line > 0 ? d.line : null,
    target: null,
  }))
  for (const key of result.undecidedKeys) {
    items.push({ id: `k:${key}`, severity: 'warning', message: `Frontmatter key “${key}” is undecided: pick a variant or omit it`, line: null, target: { kind: 'key', key } })
  }
  for (const row of result.undecidedRows) {
    items.push({ id: `r:${row}`, severity: 'warning', message: `Section “${titles.get(row) ?? row}” is undecided: pick a variant or omit it`, line: null, target: { kind: 'section', row } })
  }
  const rank: Record<Severity, number> = { error: 0, warning: 1, info: 2 }
  return items.sort((a, b) => rank[a.severity] - rank[b.severity])
}
