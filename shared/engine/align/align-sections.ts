// Section rows for N variants: siblings are aligned level by level (children align within their
// matched parent row), and rows come out in document order, parents before their children.

import type { AgentDocument } from '../model'
import type { AlignedRow } from './aligned-rows'
import { alignSiblings } from './align-siblings'
import type { OutlineFeatures } from './section-features'
import { planTopLevel } from './title-wrapper'
import { mostComplete } from './variant-rank'

const NO_SECTIONS: readonly number[] = []

export function alignSections(docs: readonly AgentDocument[], features: readonly OutlineFeatures[], rank: readonly number[]): AlignedRow[] {
  const rows: AlignedRow[] = []
  const usedIds = new Set<string>()
  const rankOf = new Map(rank.map((variant, position) => [variant, position]))
  const plan = planTopLevel(docs, features)
  let adoptedPending = plan.adopted.some((list) => list.length > 0)

  const visit = (lists: readonly (readonly number[])[], parentId: string | null): void => {
    for (const cells of alignSiblings(lists, rank, features)) {
      const reference = mostComplete(cells, rankOf)
      const section = docs[reference]!.sections[cells[reference]!]!
      const id = uniqueId(section.key, reference, usedIds)
      rows.push({
        id,
        title: section.title,
        level: section.level,
        parentId,
        cells,
        reference,
      })
      // (Most rows are leaves in every variant: they need no lists and no call.)
      if (!hasChildren(cells, features)) continue
      const children = cells.map((cell, variant) => (cell === null ? NO_SECTIONS : features[variant]!.children[cell]!))
      // The first title-wrapper row also takes the unwrapped variants' top-level sections.
      const adopt = adoptedPending && parentId === null && section.kind === 'atx'
      if (adopt) adoptedPending = false
      visit(adopt ? children.map((list, v) => (list.length > 0 ? list : plan.adopted[v]!)) : children, id)
    }
  }
  visit(plan.topLevel, null)
  return rows
}

/** Whether a section of the row has subsections in its variant (a loop: no closure per row). */
function hasChildren(cells: readonly (number | null)[], features: readonly OutlineFeatures[]): boolean {
  for (let variant = 0; variant < cells.length; variant++) {
    const cell = cells[variant]
    if (cell != null && features[variant]!.children[cell]!.length > 0) return true
  }
  return false
}

/** The reference section's key; `key@variant` when another row already took it. */
function uniqueId(key: string, variant: number, used: Set<string>): string {
  let id = used.has(key) ? `${key}@${variant}` : key
  for (let n = 2; used.has(id); n++) id = `${key}@${variant}~${n}`
  used.add(id)
  return id
}
