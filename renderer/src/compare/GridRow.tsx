// One aligned row: its band and one cell per visible variant.
import { memo } from 'react'
import type { AgentDocument, SectionKind } from '../../../shared/engine/model'
import type { SectionRow } from '../../../shared/engine/alignment-model'
import type { Choice } from '../../../shared/engine/recipe/recipe-model'
import type { DataItem } from '../state/grid-rows'
import { sameRowRef, type RowRef } from '../state/row-ref'
import { RowBand } from './RowBand'
import { CellFrame } from './CellFrame'
import { SectionCellBody } from './SectionCellBody'
import { KeyCellBody } from './KeyCellBody'
import { sectionText } from './cell-text'
import { isPicked } from './labels'
import type { ColumnWindow } from './column-width'
import { combineAll, diffCell, editCustom, moveDropped, moveInResult, pickVariant, toggleOmit } from './row-commands'

/** The reference variant's kind of heading line for the row (the row shows its title). */
function headingKindOf(docs: readonly AgentDocument[], row: SectionRow): SectionKind | null {
  const cell = row.cells[row.reference]
  return cell == null ? null : (docs[row.reference]?.sections[cell]?.kind ?? null)
}

interface GridRowProps {
  readonly item: DataItem
  /** 1-based position among the grid's rows (the header is row 1). */
  readonly rowIndex: number
  readonly docs: readonly AgentDocument[]
  readonly columns: readonly number[]
  /** The columns (positions in `columns`) in view sideways: only these get their content. */
  readonly columnWindow: ColumnWindow
  readonly pick: Choice | null
  readonly focused: boolean
  readonly changedUpstream: boolean
  readonly expanded: boolean
  readonly anchorVariant: number | null
  /** The keyboard cell cursor's column when this row is focused. */
  readonly cursorVariant: number | null
  readonly onFocus: (ref: RowRef) => void
  readonly onToggleExpand: (id: string) => void
}

export const GridRow = memo(function GridRow(p: GridRowProps) {
  const { item, docs, columns } = p
  const ref = item.ref
  const variantCount = docs.length
  const { title, status, reference } = item
  const identical = status.kind === 'same'
  // Keys have no heading line.
  const heading = item.kind === 'section' ? { level: item.row.level, kind: headingKindOf(docs, item.row) } : null

  const cells = columns.map((v, position) => {
    if (position < p.columnWindow.from || position > p.columnWindow.to) return <OffscreenCell key={v} variant={v} />
    const common = {
      variant: v,
      rowTitle: title || 'text before the first heading',
      picked: isPicked(p.pick, v),
      isReference: v === reference && !identical,
      anchored: p.anchorVariant === v,
      cursor: p.cursorVariant === v,
      expanded: p.expanded,
      onToggleExpand: () => p.onToggleExpand(item.id),
      tabbable: p.focused,
      onPick: (combine: boolean) => {
        pickVariant(ref, v, combine)
      },
      onDiff: () => diffCell(ref, v),
    }
    if (item.kind === 'key') {
      const cell = item.key.cells[v] ?? null
      return (
        <CellFrame key={v} {...common} present={cell !== null}>
          {cell && (
            <KeyCellBody
              cell={cell}
              reference={item.key.cells[reference] ?? null}
              isReference={v === reference || identical}
              changes={item.key.itemChanges?.[v] ?? null}
              cacheKey={`k|${item.key.key}|${docs[reference]?.hash}|${docs[v]?.hash}`}
            />
          )}
        </CellFrame>
      )
    }
    const text = sectionText(docs, item.row, v)
    return (
      <CellFrame key={v} {...common} present={text !== null}>
        {text !== null && (
          <SectionCellBody
            text={text}
            referenceText={identical ? null : sectionText(docs, item.row, reference)}
            isReference={v === reference || identical}
            cacheKey={`r|${item.row.id}|${docs[reference]?.hash}|${docs[v]?.hash}`}
          />
        )}
      </CellFrame>
    )
  })

  return (
    <div
      role="row"
      aria-rowindex={p.rowIndex}
      className={`grid-row${p.focused ? ' grid-row-focused' : ''}${p.pick?.kind === 'omit' ? ' grid-row-omitted' : ''}${p.pick?.kind === 'undecided' ? ' grid-row-undecided' : ''}`}
      aria-label={title || 'text before the first heading'}
      data-row-id={item.id}
      onFocusCapture={() => !p.focused && p.onFocus(ref)}
    >
      <RowBand
        title={title}
        level={heading?.level ?? null}
        headingKind={heading?.kind ?? null}
        status={status}
        variantCount={variantCount}
        pick={p.pick}
        changedUpstream={p.changedUpstream}
        expanded={p.expanded}
        onFocus={() => p.onFocus(ref)}
        onMove={(delta) => moveInResult(ref, delta)}
        onCombineAll={() => combineAll(ref)}
        onToggleCombine={(v) => pickVariant(ref, v, true)}
        presentIn={item.presentIn}
        onEdit={() => editCustom(ref)}
        onOmit={() => toggleOmit(ref)}
        onToggleExpand={() => p.onToggleExpand(item.id)}
        dragId={item.id}
        onDropRow={(draggedId) => moveDropped(draggedId, ref)}
        tabbable={p.focused}
      />
      <div className="grid-cells">{cells}</div>
    </div>
  )
}, (a, b) =>
  a.item === b.item && a.rowIndex === b.rowIndex && a.docs === b.docs && a.columns === b.columns &&
  a.columnWindow.from === b.columnWindow.from && a.columnWindow.to === b.columnWindow.to && a.pick === b.pick && a.focused === b.focused &&
  a.changedUpstream === b.changedUpstream && a.expanded === b.expanded && a.anchorVariant === b.anchorVariant && a.cursorVariant === b.cursorVariant &&
  a.onFocus === b.onFocus && a.onToggleExpand === b.onToggleExpand)

/** A column scrolled out of view sideways: an empty cell keeps its place in the grid (and its
 *  variant, so the keyboard's cursor can scroll to it) until it comes into view. */
function OffscreenCell({ variant }: { variant: number }) {
  return <div role="gridcell" className="cell cell-offscreen" data-variant={variant} aria-label={`Variant ${variant + 1}, scrolled out of view`} />
}

export function anchorVariantFor(anchor: { ref: RowRef; variant: number } | null, ref: RowRef): number | null {
  return anchor && sameRowRef(anchor.ref, ref) ? anchor.variant : null
}
