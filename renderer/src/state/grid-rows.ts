// The compare grid's rows as a flat list: frontmatter keys first, then sections, both in the
// recipe's output order (so moving a row moves it in the grid too); rows the recipe does not list
// follow in alignment order. Runs of identical rows can be folded into one item.
import type { Alignment, KeyRow, KeyStatus, RowStatus, SectionRow } from '../../../shared/engine/alignment-model'
import type { Choice, Recipe } from '../../../shared/engine/recipe/recipe-model'
import { choiceOf } from '../../../shared/engine/recipe/recipe-edits'
import { rowRefKey, type RowRef } from './row-ref'

/** What the grid shows of a key row and a section row alike. */
interface RowItemCommon {
  /** `rowRefKey(ref)` */
  readonly id: string
  readonly ref: RowRef
  /** The key's name or the section's title ('' for the text before the first heading). */
  readonly title: string
  readonly status: RowStatus | KeyStatus
  /** The variant the other cells are diffed against. */
  readonly reference: number
  /** The variants that have the row. */
  readonly presentIn: readonly number[]
}

export type DataItem =
  | (RowItemCommon & { readonly kind: 'key'; readonly key: KeyRow })
  | (RowItemCommon & { readonly kind: 'section'; readonly row: SectionRow })

export type GridItem =
  | { readonly kind: 'heading'; readonly id: string; readonly title: string; readonly count: number }
  | DataItem
  | { readonly kind: 'folded'; readonly id: string; readonly refs: readonly RowRef[] }

export function isDataItem(item: GridItem): item is DataItem {
  return item.kind === 'key' || item.kind === 'section'
}

// One item object per aligned row object, so a recipe edit that only reorders or re-picks keeps
// every item identical and memoised rows skip re-rendering.
function oncePerRow<R extends object>(make: (row: R) => DataItem): (row: R) => DataItem {
  const items = new WeakMap<R, DataItem>()
  return (row) => {
    let item = items.get(row)
    if (!item) items.set(row, (item = make(row)))
    return item
  }
}

function presentIn(cells: readonly unknown[]): number[] {
  return cells.flatMap((cell, variant) => (cell == null ? [] : [variant]))
}

const keyItem = oncePerRow((key: KeyRow): DataItem => {
  const ref: RowRef = { kind: 'key', key: key.key }
  return { kind: 'key', id: rowRefKey(ref), ref, title: key.key, status: key.status, reference: key.reference, presentIn: presentIn(key.cells), key }
})

const sectionItem = oncePerRow((row: SectionRow): DataItem => {
  const ref: RowRef = { kind: 'section', row: row.id }
  return { kind: 'section', id: rowRefKey(ref), ref, title: row.title, status: row.status, reference: row.reference, presentIn: presentIn(row.cells), row }
})

/** Every key and section row, in display order, nothing folded. */
export function orderedRows(alignment: Alignment, recipe: Recipe | null): DataItem[] {
  const keyByName = new Map(alignment.keys.map((k) => [k.key, k]))
  const rowById = new Map(alignment.rows.map((r) => [r.id, r]))
  const keyOrder = [...(recipe?.keys.map((k) => k.key) ?? []), ...alignment.keys.map((k) => k.key)]
  const rowOrder = [...(recipe?.rows.map((r) => r.row) ?? []), ...alignment.rows.map((r) => r.id)]
  const items: DataItem[] = []
  for (const name of new Set(keyOrder)) {
    const key = keyByName.get(name)
    if (key) items.push(keyItem(key))
  }
  for (const id of new Set(rowOrder)) {
    const row = rowById.get(id)
    if (row) items.push(sectionItem(row))
  }
  return items
}

export function isIdentical(item: DataItem): boolean {
  return item.status.kind === 'same'
}

const MIN_FOLD = 2

/** Display list with headings, folding runs of identical rows unless their fold was expanded. */
export function gridItems(rows: readonly DataItem[], fold: boolean, expandedFolds: ReadonlySet<string>): GridItem[] {
  const out: GridItem[] = []
  const keys = rows.filter((r) => r.kind === 'key')
  const sections = rows.filter((r) => r.kind === 'section')
  const groups: [string, string, DataItem[]][] = [
    ['heading:frontmatter', 'Frontmatter', keys],
    ['heading:body', 'Sections', sections],
  ]
  for (const [id, title, list] of groups) {
    if (list.length === 0) continue
    out.push({ kind: 'heading', id, title, count: list.length })
    let run: DataItem[] = []
    const flush = () => {
      const foldId = run[0] ? `fold:${run[0].id}` : ''
      if (fold && run.length >= MIN_FOLD && !expandedFolds.has(foldId)) {
        out.push({ kind: 'folded', id: foldId, refs: run.map((r) => r.ref) })
      } else out.push(...run)
      run = []
    }
    for (const item of list) {
      if (isIdentical(item)) run.push(item)
      else {
        flush()
        out.push(item)
      }
    }
    flush()
  }
  return out
}

export function pickFor(recipe: Recipe | null, ref: RowRef): Choice | null {
  return recipe ? choiceOf(recipe, ref) : null
}

/** A row the recipe leaves undecided (or does not list at all while the variants disagree). */
export function isUndecided(recipe: Recipe | null, item: DataItem): boolean {
  const pick = pickFor(recipe, item.ref)
  return pick?.kind === 'undecided'
}

/** The next row in `direction` (wrapping) that satisfies `test`, starting after `from`. */
export function nextMatching(
  rows: readonly DataItem[],
  from: RowRef | null,
  direction: 1 | -1,
  test: (item: DataItem) => boolean,
): DataItem | null {
  if (rows.length === 0) return null
  const at = from ? rows.findIndex((r) => r.id === rowRefKey(from)) : -1
  const start = at < 0 ? (direction === 1 ? -1 : rows.length) : at
  for (let step = 1; step <= rows.length; step++) {
    const i = (((start + direction * step) % rows.length) + rows.length) % rows.length
    const item = rows[i]!
    if (test(item)) return item
  }
  return null
}

/** The fold item that hides `ref`, if any. */
export function foldHiding(items: readonly GridItem[], ref: RowRef): string | null {
  const key = rowRefKey(ref)
  for (const item of items) {
    if (item.kind === 'folded' && item.refs.some((r) => rowRefKey(r) === key)) return item.id
  }
  return null
}
