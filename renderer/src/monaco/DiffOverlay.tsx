// Two cells or two whole variants in Monaco's side-by-side diff editor, as a modal overlay.
// Esc closes it and focus goes back to what opened it (Dialog does both).
import { Dialog } from '../dialogs/Dialog'
import { DiffEditorView } from './DiffEditorView'

export interface DiffOverlaySide {
  readonly title: string
  readonly text: string
  /** Variant index for the colour stripe; null for the merged text. */
  readonly variant: number | null
}

export interface DiffOverlayProps {
  readonly left: DiffOverlaySide
  readonly right: DiffOverlaySide
  readonly onClose: () => void
}

function SideTitle({ side }: { side: DiffOverlaySide }) {
  const colour = side.variant == null ? 'var(--accent)' : `var(--v${side.variant % 20})`
  return (
    <div className="am-diff-side-title" style={{ borderTopColor: colour }}>
      {side.title}
    </div>
  )
}

export function DiffOverlay({ left, right, onClose }: DiffOverlayProps) {
  return (
    <Dialog
      title={`Compare ${left.title} with ${right.title}`}
      onCancel={onClose}
      size="full"
      testId="diff-overlay"
      actions={
        <button type="button" className="am-btn" onClick={onClose}>
          Close <kbd>Esc</kbd>
        </button>
      }
    >
      <div className="am-diff-titles">
        <SideTitle side={left} />
        <SideTitle side={right} />
      </div>
      <div className="am-dialog-editor">
        <DiffEditorView original={left.text} modified={right.text} ariaLabel={`Differences between ${left.title} and ${right.title}`} />
      </div>
    </Dialog>
  )
}
