// Derived data for components and keyboard commands, memoised on the identity of their inputs
// so a re-render that changed nothing relevant costs nothing.
import type { AppState } from './store'
import { gridItems, orderedRows, type DataItem, type GridItem } from './grid-rows'
import { visibleColumns } from './columns'
import { rowRefKey, type RowRef } from './row-ref'

function memo1<A, R>(fn: (a: A) => R): (a: A) => R {
  let lastA: A | undefined
  let last: R | undefined
  let has = false
  return (a) => {
    if (!has || a !== lastA) {
      last = fn(a)
      lastA = a
      has = true
    }
    return last as R
  }
}

function memoN<A extends readonly unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  let lastArgs: A | null = null
  let last: R | undefined
  return (...args) => {
    if (!lastArgs || args.length !== lastArgs.length || args.some((a, i) => a !== lastArgs![i])) {
      last = fn(...args)
      lastArgs = args
    }
    return last as R
  }
}

const orderedRowsMemo = memoN(orderedRows)
const gridItemsMemo = memoN((rows: readonly DataItem[], fold: boolean, expanded: readonly string[]) =>
  gridItems(rows, fold, new Set(expanded)),
)
const visibleColumnsMemo = memo1(visibleColumns)

/** Every key and section row in display order (nothing folded). */
export function selectOrderedRows(s: AppState): readonly DataItem[] {
  const alignment = s.merge?.alignment
  return alignment ? orderedRowsMemo(alignment, s.recipe) : []
}

/** The key or section row `ref` names, undefined when the group has none such. */
export function selectRowItem(s: AppState, ref: RowRef): DataItem | undefined {
  const id = rowRefKey(ref)
  return selectOrderedRows(s).find((item) => item.id === id)
}

/** What the grid draws: headings, rows and folded runs. */
export function selectGridItems(s: AppState): readonly GridItem[] {
  return gridItemsMemo(selectOrderedRows(s), s.foldIdentical, s.expandedFolds)
}

export function selectVisibleColumns(s: AppState): readonly number[] {
  return visibleColumnsMemo(s.columns)
}

/** Rows and keys the recipe leaves undecided. */
export function selectUndecidedCount(s: AppState): number {
  if (!s.recipe) return 0
  return s.recipe.rows.filter((r) => r.pick.kind === 'undecided').length + s.recipe.keys.filter((k) => k.pick.kind === 'undecided').length
}
