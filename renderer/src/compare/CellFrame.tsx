// The frame every grid cell shares: variant colour border, pick button, diff button, body.
// Clicking the body picks the cell (Ctrl/Cmd-click adds it to a combine) unless text is selected.
import type { ReactNode } from 'react'

interface CellFrameProps {
  readonly variant: number
  readonly rowTitle: string
  readonly present: boolean
  readonly picked: boolean
  readonly isReference: boolean
  readonly anchored: boolean
  readonly cursor: boolean
  readonly onPick: (combine: boolean) => void
  readonly onDiff: () => void
  readonly expanded: boolean
  readonly children: ReactNode
}

export function CellFrame({ variant, rowTitle, present, picked, isReference, anchored, cursor, onPick, onDiff, expanded, children }: CellFrameProps) {
  if (!present) {
    return (
      <div role="gridcell" className="cell cell-absent" style={{ ['--vc' as string]: `var(--v${variant % 20})` }}>
        <span className="cell-absent-note">not in variant {variant + 1}</span>
      </div>
    )
  }
  const onBodyClick = (e: React.MouseEvent) => {
    if (window.getSelection()?.toString()) return // the user is selecting text to copy
    onPick(e.ctrlKey || e.metaKey)
  }
  return (
    <div
      role="gridcell"
      data-variant={variant}
      aria-selected={picked}
      className={`cell${picked ? ' cell-picked' : ''}${cursor ? ' cell-cursor' : ''}${anchored ? ' cell-anchored' : ''}${expanded ? ' cell-expanded' : ''}`}
      style={{ ['--vc' as string]: `var(--v${variant % 20})` }}
    >
      <div className="cell-bar">
        <button
          type="button"
          className="pick-btn"
          aria-pressed={picked}
          aria-label={`Pick variant ${variant + 1} for ${rowTitle}`}
          title="Pick (Ctrl/Cmd-click to combine)"
          onClick={(e) => onPick(e.ctrlKey || e.metaKey)}
        >
          <span className="pick-mark" aria-hidden="true">{picked ? '●' : '○'}</span>
          {variant + 1}
        </button>
        {isReference && <span className="ref-tag" title="Other cells in this row are compared with this one">reference</span>}
        <span className="cell-bar-spacer" />
        <button
          type="button"
          className="icon-btn"
          aria-label={anchored ? `Cancel comparing variant ${variant + 1}` : `Compare variant ${variant + 1} of ${rowTitle} with another cell`}
          title={anchored ? 'Cancel compare' : 'Compare with another cell (side by side)'}
          onClick={onDiff}
        >
          ⇄
        </button>
      </div>
      <div className="cell-body" onClick={onBodyClick}>
        {children}
      </div>
    </div>
  )
}
