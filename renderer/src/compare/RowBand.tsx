// The band above a row's cells: title, level, status, what the result takes, and row actions.
import type { KeyStatus, RowStatus } from '../../../shared/engine/alignment-model'
import type { Choice } from '../../../shared/engine/recipe/recipe-model'
import type { SectionKind } from '../../../shared/engine/model'
import { customExcerpt, headingMark, pickLabel, statusLabel } from './labels'
import { CombineMenu } from './CombineMenu'
import { ProposalMarkBadge } from '../library/ProposalMarkBadge'

const DRAG_TYPE = 'application/x-agent-merge-row'

interface RowBandProps {
  readonly title: string
  readonly level: number | null
  /** What the reference variant's heading line is (null for a frontmatter key). */
  readonly headingKind: SectionKind | null
  readonly status: RowStatus | KeyStatus
  readonly variantCount: number
  readonly pick: Choice | null
  readonly changedUpstream: boolean
  readonly expanded: boolean
  readonly onFocus: () => void
  readonly onMove: (delta: -1 | 1) => void
  readonly onCombineAll: () => void
  readonly onToggleCombine: (variant: number) => void
  /** Variants that have this row. */
  readonly presentIn: readonly number[]
  readonly onEdit: () => void
  readonly onOmit: () => void
  readonly onToggleExpand: () => void
  /** Drag the band to reorder the result; drop another band on it. */
  readonly dragId: string
  readonly onDropRow: (draggedId: string) => void
  /** Only the focused row's controls are in the Tab order, so Tab goes grid → result
   *  without walking every rendered row (arrow keys move between rows). */
  readonly tabbable: boolean
}

/** Where the row's text in the result comes from, in the source variants' colours. */
function PickSummary({ pick }: { pick: Choice | null }) {
  const variants = pick?.kind === 'variant' ? [pick.variant] : pick?.kind === 'combine' ? pick.variants : []
  const kind = pick?.kind ?? 'none'
  return (
    <span className={`pick-summary pick-${kind}`} title="What the merged file takes for this row">
      {variants.map((v) => (
        <span key={v} className="pick-swatch" style={{ ['--vc' as string]: `var(--v${v % 20})` }} aria-hidden="true" />
      ))}
      {pickLabel(pick)}
      {pick?.kind === 'custom' && (
        <q className="pick-custom-text" title={pick.text.length > 600 ? `${pick.text.slice(0, 600)}…` : pick.text}>
          {customExcerpt(pick.text)}
        </q>
      )}
    </span>
  )
}

export function RowBand(p: RowBandProps) {
  const tab = p.tabbable ? 0 : -1
  const mark = p.level === null ? null : headingMark(p.headingKind, p.level)
  return (
    <div
      className="row-band"
      onClick={p.onFocus}
      onDragOver={(e) => {
        const dragged = e.dataTransfer.types.includes(DRAG_TYPE)
        if (dragged) {
          e.preventDefault()
          e.currentTarget.classList.add('drop-target')
        }
      }}
      onDragLeave={(e) => e.currentTarget.classList.remove('drop-target')}
      onDrop={(e) => {
        e.currentTarget.classList.remove('drop-target')
        const id = e.dataTransfer.getData(DRAG_TYPE)
        if (id && id !== p.dragId) {
          e.preventDefault()
          p.onDropRow(id)
        }
      }}
    >
      <div className="row-band-inner">
        <span
          className="drag-handle"
          draggable
          aria-hidden="true"
          title="Drag to move in the result (or Alt+Shift+↑/↓)"
          onDragStart={(e) => {
            e.dataTransfer.setData(DRAG_TYPE, p.dragId)
            e.dataTransfer.effectAllowed = 'move'
          }}
        >
          ⠿
        </span>
        <span role="rowheader" className="row-head">
          {mark && <span className="level-mark" title={mark.title}>{mark.text}</span>}
          {p.level === null && <span className="level-mark key-mark" title="Frontmatter key">key</span>}
          <span className="row-title" style={{ paddingLeft: p.level ? Math.max(0, p.level - 1) * 10 : 0 }}>
            {p.title || (p.level === 0 ? '(text before the first heading)' : '(untitled)')}
          </span>
          <span className={`status-badge status-${p.status.kind}`}>{statusLabel(p.status, p.variantCount)}</span>
          {p.changedUpstream && <span className="status-badge status-upstream" title="This row's text changed on disk since the recipe was made">changed on disk</span>}
          <PickSummary pick={p.pick} />
          <ProposalMarkBadge refKey={p.dragId} />
        </span>
        <span className="row-actions" role="gridcell" aria-label="Row actions">
          <button type="button" tabIndex={tab} className="icon-btn" aria-label={`Move ${p.title || 'row'} up in the result`} title="Move up in the result (Alt+Shift+↑)" onClick={() => p.onMove(-1)}>↑</button>
          <button type="button" tabIndex={tab} className="icon-btn" aria-label={`Move ${p.title || 'row'} down in the result`} title="Move down in the result (Alt+Shift+↓)" onClick={() => p.onMove(1)}>↓</button>
          <CombineMenu tabbable={p.tabbable} title={p.title || 'row'} variants={p.presentIn} pick={p.pick} onToggle={p.onToggleCombine} onAll={p.onCombineAll} />
          <button type="button" tabIndex={tab} className="text-btn" title="Write your own text, starting from the current pick (e)" onClick={p.onEdit}>Edit…</button>
          <button type="button" tabIndex={tab} className="text-btn" aria-pressed={p.pick?.kind === 'omit'} title="Leave this out of the result (x)" onClick={p.onOmit}>Omit</button>
          <button type="button" tabIndex={tab} className="icon-btn" aria-label={p.expanded ? 'Limit cell height' : 'Show cells in full'} title={p.expanded ? 'Limit cell height' : 'Show cells in full'} onClick={p.onToggleExpand}>
            {p.expanded ? '▴' : '▾'}
          </button>
        </span>
      </div>
    </div>
  )
}
