// The virtualised grid: a sticky header of variant columns, then one item per aligned row
// (headings and folded runs of identical rows in between). Only visible rows are in the DOM.
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react'
import { useVirtualizer, type Virtualizer } from '@tanstack/react-virtual'
import type { MergeSession } from '../state/slices/merge-slice'
import type { Recipe } from '../../../shared/engine/recipe/recipe-model'
import { useAppStore } from '../state/store'
import { selectGridItems, selectVisibleColumns } from '../state/selectors'
import { foldHiding, isDataItem, pickFor, type GridItem } from '../state/grid-rows'
import { rowRefKey, type RowRef } from '../state/row-ref'
import { ColumnHeader } from './ColumnHeader'
import { GridRow, anchorVariantFor } from './GridRow'
import { pickLabel, statusLabel } from './labels'
import { columnLayout, type ColumnWindow } from './column-width'
import { useColumnWindow } from './use-column-window'

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
  const focusedRow = useAppStore((s) => s.focusedRow)
  const cursorVariant = useAppStore((s) => s.cursorVariant)
  const recipe = useAppStore((s) => s.recipe)
  const scrollRef = useRef<HTMLDivElement>(null)
  const virtualizer = useGridVirtualizer(items, scrollRef)
  const focusedKey = focusedRow ? rowRefKey(focusedRow) : null
  useFocusedRowInView(scrollRef, virtualizer, items, focusedRow)
  useOpenedGroupInView(scrollRef, merge)
  useCursorCellInView(scrollRef, focusedKey, cursorVariant)

  const { template, minWidth } = columnLayout(columns.length)
  const base = merge.defaultRecipe.base ?? 0
  const columnWindow = useColumnWindow(scrollRef, `${merge.id}|${columns.join(',')}`, columns.length, Math.max(0, columns.indexOf(base)))
  return (
    <>
      <div className="sr-only" aria-live="polite" aria-atomic="true">
        {announcementFor(items.find((it) => it.id === focusedKey), recipe, merge.docs.length)}
      </div>
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
        <GridHeader merge={merge} columns={columns} cursorVariant={cursorVariant} />
        <GridBody merge={merge} items={items} columns={columns} columnWindow={columnWindow} focusedKey={focusedKey} cursorVariant={cursorVariant} virtualizer={virtualizer} />
      </div>
    </>
  )
}

function useGridVirtualizer(items: readonly GridItem[], scrollRef: RefObject<HTMLDivElement | null>): Virtualizer<HTMLDivElement, Element> {
  return useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: (i) => estimate(items[i]),
    getItemKey: (i) => items[i]?.id ?? i,
    overscan: 4,
    // Rows that scroll in are rendered in a task of their own after the scroll event, not inside
    // it (the default flushSync renders and commits ~60 new cells in the frame's scroll handler,
    // which with that frame's style, layout and paint made one long task). The overscan rows
    // cover the frame in between.
    useFlushSync: false,
  })
}

/** Keeps the focused row in view when it changes (keyboard navigation, jumps from elsewhere),
 *  once per focus: `items` changes with every recipe change (a pick, a recipe applied), which
 *  must not scroll the grid back to a row the user scrolled away from. */
function useFocusedRowInView(
  scrollRef: RefObject<HTMLDivElement | null>,
  virtualizer: Virtualizer<HTMLDivElement, Element>,
  items: readonly GridItem[],
  focusedRow: RowRef | null,
): void {
  const expandFold = useAppStore((s) => s.expandFold)
  const scrolledFor = useRef<RowRef | null>(null)
  const focusedKey = focusedRow ? rowRefKey(focusedRow) : null
  useEffect(() => {
    if (!focusedKey || focusedRow === scrolledFor.current) return
    const index = items.findIndex((it) => it.id === focusedKey)
    // Focused by a click or Tab inside the row: it is on screen already. Asking the virtualiser
    // would read the grid's size right after the pick's DOM changes, a forced layout of every
    // cell in view.
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
  }, [scrollRef, focusedKey, focusedRow, items, virtualizer, expandFold])
}

/** A newly opened group takes the keyboard, so j/k/u/arrows work at once (not on the button that
 *  opened it), and brings the base variant's column into view sideways: the merge starts from it,
 *  and with many variants it may be far right. */
function useOpenedGroupInView(scrollRef: RefObject<HTMLDivElement | null>, merge: MergeSession): void {
  useEffect(() => {
    const el = scrollRef.current
    if (el && !el.contains(document.activeElement)) el.focus({ preventScroll: true })
  }, [scrollRef, merge.id])

  const base = merge.defaultRecipe.base
  useEffect(() => {
    if (base === undefined) return
    const header = scrollRef.current?.querySelector(`[role="columnheader"][data-variant="${base}"]`)
    header?.scrollIntoView({ block: 'nearest', inline: 'nearest' })
  }, [scrollRef, merge.id, base])
}

/** Brings the keyboard's cursor cell into view sideways (20 columns do not fit). */
function useCursorCellInView(scrollRef: RefObject<HTMLDivElement | null>, focusedKey: string | null, cursorVariant: number | null): void {
  useEffect(() => {
    if (!focusedKey || cursorVariant === null) return
    const cell = scrollRef.current?.querySelector(`[data-row-id="${CSS.escape(focusedKey)}"] [data-variant="${cursorVariant}"]`)
    cell?.scrollIntoView({ block: 'nearest', inline: 'nearest' })
  }, [scrollRef, focusedKey, cursorVariant])
}

/** What a screen reader hears when a row takes the focus: its name, status and pick. */
function announcementFor(item: GridItem | undefined, recipe: Recipe | null, variantCount: number): string {
  if (!item || !isDataItem(item)) return ''
  const name = `${item.kind === 'key' ? 'Key ' : ''}${item.title || 'Text before the first heading'}`
  return `${name}: ${statusLabel(item.status, variantCount)}, ${pickLabel(pickFor(recipe, item.ref))}`
}

function GridHeader({ merge, columns, cursorVariant }: { merge: MergeSession; columns: readonly number[]; cursorVariant: number | null }) {
  return (
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
  )
}

interface GridBodyProps {
  readonly merge: MergeSession
  readonly items: readonly GridItem[]
  readonly columns: readonly number[]
  readonly columnWindow: ColumnWindow
  readonly focusedKey: string | null
  readonly cursorVariant: number | null
  readonly virtualizer: Virtualizer<HTMLDivElement, Element>
}

/** The rows in view, each placed where the virtualiser puts it. */
function GridBody({ merge, items, columns, columnWindow, focusedKey, cursorVariant, virtualizer }: GridBodyProps) {
  const recipe = useAppStore((s) => s.recipe)
  const changedRows = useAppStore((s) => s.changedRows)
  const diffAnchor = useAppStore((s) => s.diffAnchor)
  const focusRow = useAppStore((s) => s.focusRow)
  const [expandedRows, toggleExpanded] = useToggleSet()
  const onFocus = useCallback((ref: RowRef) => focusRow(ref), [focusRow])
  const changed = new Set(changedRows)
  return (
    <div className="grid-body" style={{ height: virtualizer.getTotalSize() }}>
      {virtualizer.getVirtualItems().map((vi) => {
        const item = items[vi.index]!
        const rowIndex = vi.index + 2
        return (
          <div key={vi.key} ref={virtualizer.measureElement} data-index={vi.index} className="grid-item" style={{ transform: `translateY(${vi.start}px)` }}>
            {item.kind === 'heading' && <GridHeading title={item.title} count={item.count} rowIndex={rowIndex} />}
            {item.kind === 'folded' && <FoldedRun id={item.id} refs={item.refs} rowIndex={rowIndex} />}
            {isDataItem(item) && (
              <GridRow
                item={item}
                rowIndex={rowIndex}
                docs={merge.docs}
                columns={columns}
                columnWindow={columnWindow}
                pick={pickFor(recipe, item.ref)}
                focused={item.id === focusedKey}
                changedUpstream={item.kind === 'section' && changed.has(item.row.id)}
                expanded={expandedRows.has(item.id)}
                anchorVariant={anchorVariantFor(diffAnchor, item.ref)}
                cursorVariant={item.id === focusedKey ? cursorVariant : null}
                onFocus={onFocus}
                onToggleExpand={toggleExpanded}
              />
            )}
          </div>
        )
      })}
    </div>
  )
}

/** A set of ids with a stable toggle (rows whose cells the user expanded). */
function useToggleSet(): [ReadonlySet<string>, (id: string) => void] {
  const [ids, setIds] = useState<ReadonlySet<string>>(new Set())
  const toggle = useCallback(
    (id: string) =>
      setIds((prev) => {
        const next = new Set(prev)
        if (next.has(id)) next.delete(id)
        else next.add(id)
        return next
      }),
    [],
  )
  return [ids, toggle]
}

function GridHeading({ title, count, rowIndex }: { title: string; count: number; rowIndex: number }) {
  return (
    <div className="grid-heading" role="row" aria-rowindex={rowIndex}>
      <span role="rowheader">{title}</span>
      <span className="grid-heading-count">{count}</span>
    </div>
  )
}

function FoldedRun({ id, refs, rowIndex }: { id: string; refs: readonly RowRef[]; rowIndex: number }) {
  const expandFold = useAppStore((s) => s.expandFold)
  return (
    <div role="row" aria-rowindex={rowIndex} className="grid-folded">
      <span role="gridcell" className="fold-cell">
        <button type="button" className="fold-btn" onClick={() => expandFold(id)}>
          <span aria-hidden="true">≡ </span>
          {refs.length} identical {refs[0]?.kind === 'key' ? 'keys' : 'sections'} hidden — show
        </button>
      </span>
    </div>
  )
}
