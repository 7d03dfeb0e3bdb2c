// Names a row of the compare grid: a frontmatter key or a section (the engine's recipe names rows
// the same way, so a reference goes straight to the recipe edits).
import type { RowRef } from '../../../shared/engine/recipe/recipe-model'

export type { RowRef }

/** The grid item id of a row (`key:<name>`, `row:<section id>`): also its `data-row-id` in the DOM. */
export function rowRefKey(ref: RowRef): string {
  return ref.kind === 'key' ? `key:${ref.key}` : `row:${ref.row}`
}

export function sameRowRef(a: RowRef | null, b: RowRef | null): boolean {
  if (!a || !b) return a === b
  return rowRefKey(a) === rowRefKey(b)
}

/** The reference a grid item id names (drag and drop carries ids), null for anything else. */
export function rowRefOfKey(id: string): RowRef | null {
  if (id.startsWith('key:')) return { kind: 'key', key: id.slice(4) }
  if (id.startsWith('row:')) return { kind: 'section', row: id.slice(4) }
  return null
}
