// The compare grid's rows as a flat list: frontmatter keys first, then sections, both in the
// recipe's output order (so moving a row moves it in the grid too); rows the recipe does not list
// follow in alignment order. Runs of identical rows can be folded into one item.
import type { Alignment, KeyRow, SectionRow } from '../../../shared/engine/alignment-model'
import type { Choice, Recipe } from '../../../shared/engine/recipe/recipe-model'
import { rowRefKey, type RowRef } from './row-ref'

export type GridItem =
  | { readonly kind: 'heading'; readonly id: string; readonly title: string; readonly count: number }
  | { readonly kind: 'key'; readonly id: string; readonly ref: RowRef; readonly key: KeyRow }
  | { readonly kind: 'row'; readonly id: string; readonly ref: RowRef; readonly row: SectionRow }
  | { readonly kind: 'folded'; readonly id: string; readonly refs: readonly RowRef[] }

export type DataItem = Extract<GridItem, { kind: 'key' | 'row' }>

// One item object per aligned row object, so a recipe edit that only reorders or re-picks keeps
// every item identical and memoised rows skip re-rendering.
const keyItems = new WeakMap<KeyRow, DataItem>()
const rowItems = new WeakMap<SectionRow, DataItem>()

function keyItem(key: KeyRow): DataItem {
  let item = keyItems.get(key)
  if (!item) keyItems.set(key, (item = { kind: 'key', id: `key:${key.key}`, ref: { kind: 'key', key: key.key }, key }))
  return item
}

function rowItem(row: SectionRow): DataItem {
  let item = rowItems.get(row)
  if (!item) rowItems.set(row, (item = { kind: 'row', id: `row:${row.id}`, ref: { kind: 'row', id: row.id }, row }))
  return item
}

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
    if (row) items.push(rowItem(row))
  }
  return items
}

export function isIdentical(item: DataItem): boolean {
  return (item.kind === 'key' ? item.key.status.kind : item.row.status.kind) === 'same'
}

const MIN_FOLD = 2

/** Display list with headings, folding runs of identical rows unless their fold was expanded. */
export function gridItems(rows: readonly DataItem[], fold: boolean, expandedFolds: ReadonlySet<string>): GridItem[] {
  const out: GridItem[] = []
  const keys = rows.filter((r) => r.kind === 'key')
  const sections = rows.filter((r) => r.kind === 'row')
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
  if (!recipe) return null
  return ref.kind === 'key'
    ? (recipe.keys.find((k) => k.key === ref.key)?.pick ?? null)
    : (recipe.rows.find((r) => r.row === ref.id)?.pick ?? null)
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
