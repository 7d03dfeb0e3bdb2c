// The virtualised grid: a sticky header of variant columns, then one item per aligned row
// (headings and folded runs of identical rows in between). Only visible rows are in the DOM.
import { useCallback, useEffect, useRef, useState } from 'react'
import { useVirtualizer } from '@tanstack/react-virtual'
import type { MergeSession } from '../state/slices/merge-slice'
import { useAppStore } from '../state/store'
import { selectGridItems, selectVisibleColumns } from '../state/selectors'
import { foldHiding, pickFor, type GridItem } from '../state/grid-rows'
import { rowRefKey, type RowRef } from '../state/row-ref'
import { ColumnHeader } from './ColumnHeader'
import { GridRow, anchorVariantFor } from './GridRow'
import { pickLabel, statusLabel } from './labels'
import { columnLayout } from './column-width'

function estimate(item: GridItem | undefined): number {
  if (!item) return 80
  if (item.kind === 'heading') return 34
  if (item.kind === 'folded') return 36
  if (item.kind === 'key') return 76
  return 200
}

export function CompareGrid({ merge }: { merge: MergeSession }) {
  const items = useAppStore(selectGridItems)
  const columns = useAppStore(selectVisibleColumns)
  const recipe = useAppStore((s) => s.recipe)
  const focusedRow = useAppStore((s) => s.focusedRow)
  const changedRows = useAppStore((s) => s.changedRows)
  const diffAnchor = useAppStore((s) => s.diffAnchor)
  const cursorVariant = useAppStore((s) => s.cursorVariant)
  const focusRow = useAppStore((s) => s.focusRow)
  const expandFold = useAppStore((s) => s.expandFold)
  const [expandedRows, setExpandedRows] = useState<ReadonlySet<string>>(new Set())
  const scrollRef = useRef<HTMLDivElement>(null)

  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => estimate(items[i]),
    getItemKey: (i) => items[i]?.id ?? i,
    overscan: 4,
    // Rows that scroll in are rendered in a task of their own after the scroll event, not inside
    // it (the default flushSync renders and commits ~60 new cells in the frame's scroll handler,
    // which with that frame's style, layout and paint made one task of ~50 ms). The overscan rows
    // cover the frame in between.
    useFlushSync: false,
  })

  // Keep the focused row in view when it changes (keyboard navigation, jumps from elsewhere),
  // once per focus: `items` changes with every recipe change (a pick, a recipe applied), which
  // must not scroll the grid back to a row the user scrolled away from.
  const focusedKey = focusedRow ? rowRefKey(focusedRow) : null
  const scrolledFor = useRef<RowRef | null>(null)
  useEffect(() => {
    if (!focusedKey || focusedRow === scrolledFor.current) return
    const index = items.findIndex((it) => it.id === focusedKey)
    // Focused by a click or Tab inside the row: it is on screen already. Asking the virtualiser
    // would read the grid's size right after the pick's DOM changes, a forced layout of every
    // cell in view (~20 ms of a pick at 20 variants).
    const rowElement = scrollRef.current?.querySelector(`[data-row-id="${CSS.escape(focusedKey)}"]`)
    if (index >= 0 && rowElement?.contains(document.activeElement)) {
      scrolledFor.current = focusedRow
    } else if (index >= 0) {
      virtualizer.scrollToIndex(index, { align: 'auto' })
      scrolledFor.current = focusedRow
    } else if (focusedRow) {
      // Focused from elsewhere (the result's gutter or validation list) inside a folded run: unfold it.
      const fold = foldHiding(items, focusedRow)
      if (fold) expandFold(fold)
    }
  }, [focusedKey, focusedRow, items, virtualizer, expandFold])

  // A newly opened group takes the keyboard, so j/k/u/arrows work at once (not on the button
  // that opened it).
  useEffect(() => {
    const el = scrollRef.current
    if (el && !el.contains(document.activeElement)) el.focus({ preventScroll: true })
  }, [merge.id])

  // The merge starts from the base variant: bring its column into view sideways when a group
  // opens (with many variants it may be far right).
  const base = merge.defaultRecipe.base
  useEffect(() => {
    if (base === undefined) return
    const header = scrollRef.current?.querySelector(`[role="columnheader"][data-variant="${base}"]`)
    header?.scrollIntoView({ block: 'nearest', inline: 'nearest' })
  }, [merge.id, base])

  // Bring the keyboard's cursor cell into view sideways (20 columns do not fit).
  useEffect(() => {
    if (!focusedKey || cursorVariant === null) return
    const cell = scrollRef.current?.querySelector(`[data-row-id="${CSS.escape(focusedKey)}"] [data-variant="${cursorVariant}"]`)
    cell?.scrollIntoView({ block: 'nearest', inline: 'nearest' })
  }, [focusedKey, cursorVariant])

  const onFocus = useCallback((ref: RowRef) => focusRow(ref), [focusRow])
  const onToggleExpand = useCallback(
    (id: string) =>
      setExpandedRows((prev) => {
        const next = new Set(prev)
        if (next.has(id)) next.delete(id)
        else next.add(id)
        return next
      }),
    [],
  )

  const { template, minWidth } = columnLayout(columns.length)
  const focusedItem = focusedKey ? items.find((it) => it.id === focusedKey) : undefined
  const announcement =
    focusedItem && (focusedItem.kind === 'section' || focusedItem.kind === 'key')
      ? `${focusedItem.kind === 'key' ? 'Key ' : ''}${focusedItem.title || 'Text before the first heading'}: ${statusLabel(focusedItem.status, merge.docs.length)}, ${pickLabel(
          pickFor(recipe, focusedItem.ref),
        )}`
      : ''
  const changed = new Set(changedRows)

  return (
    <>
      <div className="sr-only" aria-live="polite" aria-atomic="true">{announcement}</div>
      <div
        ref={scrollRef}
        tabIndex={0}
        className="grid-scroll"
        role="grid"
        aria-label="Variants side by side"
        aria-rowcount={items.length + 1}
        aria-colcount={columns.length}
        style={{ ['--grid-template' as string]: template, ['--grid-min-width' as string]: `${minWidth}px` }}
      >
        <div className="grid-header" role="row" aria-rowindex={1}>
          {columns.map((v, position) => (
            <ColumnHeader
              key={v}
              doc={merge.docs[v]!}
              variant={v}
              position={position}
              visibleCount={columns.length}
              keys={merge.alignment.keys}
              tabbable={cursorVariant !== null && columns.includes(cursorVariant) ? v === cursorVariant : position === 0}
            />
          ))}
        </div>
        <div className="grid-body" style={{ height: virtualizer.getTotalSize() }}>
          {virtualizer.getVirtualItems().map((vi) => {
            const item = items[vi.index]!
            return (
              <div key={vi.key} ref={virtualizer.measureElement} data-index={vi.index} className="grid-item" style={{ transform: `translateY(${vi.start}px)` }}>
                {item.kind === 'heading' && (
                  <div className="grid-heading" role="row" aria-rowindex={vi.index + 2}>
                    <span role="rowheader">{item.title}</span>
                    <span className="grid-heading-count">{item.count}</span>
                  </div>
                )}
                {item.kind === 'folded' && (
                  <div role="row" aria-rowindex={vi.index + 2} className="grid-folded">
                    <span role="gridcell" className="fold-cell">
                    <button type="button" className="fold-btn" onClick={() => expandFold(item.id)}>
                      <span aria-hidden="true">≡ </span>
                      {item.refs.length} identical {item.refs[0]?.kind === 'key' ? 'keys' : 'sections'} hidden — show
                    </button>
                    </span>
                  </div>
                )}
                {(item.kind === 'key' || item.kind === 'section') && (
                  <GridRow
                    item={item}
                    rowIndex={vi.index + 2}
                    docs={merge.docs}
                    columns={columns}
                    pick={pickFor(recipe, item.ref)}
                    focused={item.id === focusedKey}
                    changedUpstream={item.kind === 'section' && changed.has(item.row.id)}
                    expanded={expandedRows.has(item.id)}
                    anchorVariant={anchorVariantFor(diffAnchor, item.ref)}
                    cursorVariant={item.id === focusedKey ? cursorVariant : null}
                    onFocus={onFocus}
                    onToggleExpand={onToggleExpand}
                  />
                )}
              </div>
            )
          })}
        </div>
      </div>
    </>
  )
}
