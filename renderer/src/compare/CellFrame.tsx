// The frame every grid cell shares: variant colour border, pick button, diff button, body.
// Clicking the body picks the cell (Ctrl/Cmd-click adds it to a combine) unless text is selected.
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react'

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
  /** Shows or limits the whole row's cells (one switch per row, so the cells stay comparable). */
  readonly onToggleExpand: () => void
  /** Whether the cell's buttons are in the Tab order (the focused row's cells only). */
  readonly tabbable: boolean
  readonly children: ReactNode
}

/** Whether the body's text runs past its clamped height (re-checked as it resizes). */
function useClamped(expanded: boolean) {
  const ref = useRef<HTMLDivElement>(null)
  const [clamped, setClamped] = useState(false)
  useLayoutEffect(() => {
    const el = ref.current
    if (!el) return
    const check = () => {
      // A cell scrolled out of view sideways skips layout (content-visibility): reading its height would force it.
      if (el.checkVisibility && !el.checkVisibility({ contentVisibilityAuto: true })) return
      setClamped(expanded ? el.scrollHeight > CLAMP_PX + 8 : el.scrollHeight > el.clientHeight + 1)
    }
    // No layout read here: a row mounting while the grid scrolls would force a layout of its 20
    // cells mid-script. The observer below reports every observed box once after the next
    // layout, when reading sizes costs nothing.
    if (typeof ResizeObserver === 'undefined') return check()
    // The body keeps its clamped height while its text grows (the worker's diff arrives later,
    // notes come and go), so watch the children too, re-attached when they are replaced.
    const resize = new ResizeObserver(check)
    const watch = () => {
      resize.disconnect()
      resize.observe(el)
      for (const child of el.children) resize.observe(child)
    }
    watch()
    const mutation = new MutationObserver(watch)
    mutation.observe(el, { childList: true })
    return () => {
      resize.disconnect()
      mutation.disconnect()
    }
  }, [expanded])
  return [ref, clamped] as const
}

/** Same as .cell-body's max-height in compare.css. */
const CLAMP_PX = 260

export function CellFrame(props: CellFrameProps) {
  if (!props.present) {
    const { variant } = props
    return (
      <div role="gridcell" className="cell cell-absent" style={{ ['--vc' as string]: `var(--v${variant % 20})` }}>
        <span className="cell-absent-note">not in variant {variant + 1}</span>
      </div>
    )
  }
  return <PresentCell {...props} />
}

function PresentCell({ variant, rowTitle, picked, isReference, anchored, cursor, onPick, onDiff, expanded, onToggleExpand, tabbable, children }: CellFrameProps) {
  const tab = tabbable ? 0 : -1
  const [bodyRef, clamped] = useClamped(expanded)
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
          tabIndex={tab}
          className="pick-btn"
          aria-pressed={picked}
          aria-label={`Pick variant ${variant + 1} for ${rowTitle}`}
          title="Pick (Ctrl/Cmd-click to combine)"
          onClick={(e) => onPick(e.ctrlKey || e.metaKey)}
        >
          <span className="pick-mark" aria-hidden="true">{picked ? '●' : '○'}</span>
          {variant + 1}
        </button>
        {picked && <span className="taken-tag" title="The merged file takes this cell">✓<span className="taken-words"> in result</span></span>}
        {isReference && <span className="ref-tag" title="Other cells in this row are compared with this one">ref</span>}
        <span className="cell-bar-spacer" />
        <button
          type="button"
          tabIndex={tab}
          className="icon-btn"
          aria-label={anchored ? `Cancel comparing variant ${variant + 1}` : `Compare variant ${variant + 1} of ${rowTitle} with another cell`}
          title={anchored ? 'Cancel compare' : 'Compare with another cell (side by side)'}
          onClick={onDiff}
        >
          ⇄
        </button>
      </div>
      <div ref={bodyRef} className={`cell-body${clamped && !expanded ? ' cell-body-clamped' : ''}`} onClick={onBodyClick}>
        {children}
      </div>
      {clamped && (
        <button type="button" tabIndex={tab} className="cell-more" aria-expanded={expanded} title={expanded ? 'Limit the height of this row\'s cells' : 'Show this row\'s cells in full'} onClick={onToggleExpand}>
          {expanded ? 'Show less ▴' : 'Show all ▾'}
        </button>
      )}
    </div>
  )
}
