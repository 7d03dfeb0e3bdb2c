// Derived data for components and keyboard commands, memoised on the identity of their inputs
// so a re-render that changed nothing relevant costs nothing, and a component's selector returns
// the same array while nothing changed (which zustand's subscription needs). Keyboard commands
// read these outside React too, so they are reselect selectors rather than hooks. Each keeps its
// last result only: the store is only ever asked about its current state.
import { createSelectorCreator, lruMemoize } from 'reselect'
import type { AppState } from './store'
import { gridItems, orderedRows, type DataItem, type GridItem } from './grid-rows'
import { visibleColumns } from './columns'
import { rowRefKey, type RowRef } from './row-ref'

const createSelector = createSelectorCreator({ memoize: lruMemoize, argsMemoize: lruMemoize })

const NO_ROWS: readonly DataItem[] = []

/** Every key and section row in display order (nothing folded). */
export const selectOrderedRows = createSelector(
  [(s: AppState) => s.merge?.alignment, (s: AppState) => s.recipe],
  (alignment, recipe): readonly DataItem[] => (alignment ? orderedRows(alignment, recipe) : NO_ROWS),
)

/** What the grid draws: headings, rows and folded runs. */
export const selectGridItems = createSelector(
  [selectOrderedRows, (s: AppState) => s.foldIdentical, (s: AppState) => s.expandedFolds],
  (rows, fold, expanded): readonly GridItem[] => gridItems(rows, fold, new Set(expanded)),
)

export const selectVisibleColumns = createSelector([(s: AppState) => s.columns], (columns): readonly number[] => visibleColumns(columns))

/** The key or section row `ref` names, undefined when the group has none such. */
export function selectRowItem(s: AppState, ref: RowRef): DataItem | undefined {
  const id = rowRefKey(ref)
  return selectOrderedRows(s).find((item) => item.id === id)
}

/** Rows and keys the recipe leaves undecided. */
export function selectUndecidedCount(s: AppState): number {
  if (!s.recipe) return 0
  return s.recipe.rows.filter((r) => r.pick.kind === 'undecided').length + s.recipe.keys.filter((k) => k.pick.kind === 'undecided').length
}
