// The compare view: a toolbar and the grid of variants, or what to do when nothing is open.
import { useAppStore } from '../state/store'
import { selectUndecidedCount } from '../state/selectors'
import { CompareToolbar } from './CompareToolbar'
import { CompareGrid } from './CompareGrid'
import { EmptyCompare } from './EmptyCompare'
import { baseReason } from './labels'
import { VariantChordPrompt } from './VariantChordPrompt'
import { DetailsPanel, detailsPlace } from '../sidebar/DetailsPanel'
import type { MergeSession } from '../state/slices/merge-slice'
import './compare.css'

/** Until the first pick of a session, one line says how merging works here. */
function FirstStepHint({ merge }: { merge: MergeSession }) {
  const picked = useAppStore((s) => s.undoStack.length > 0 || s.redoStack.length > 0)
  const undecided = useAppStore(selectUndecidedCount)
  // A library group's proposal decided every row; its bar says where it starts.
  const proposed = useAppStore((s) => s.libraryGroup?.proposal != null)
  if (picked) return null
  return (
    <p className="compare-hint" role="note">
      <strong>Click a cell to take it</strong> for the merged file · Ctrl/Cmd-click combines · <kbd>1</kbd>–<kbd>9</kbd> take a variant ·{' '}
      {merge.docs.length > 9 && <><kbd>0</kbd> then <kbd>1</kbd><kbd>2</kbd> takes variant 12 ·{' '}</>}
      <kbd>u</kbd> next undecided{undecided > 0 ? ` (${undecided})` : ''} · <kbd>?</kbd> shortcuts
      {merge.defaultRecipe.base !== undefined && !proposed && (
        <span className="compare-base-note" data-testid="base-note">
          {baseReason(merge.docs, merge.defaultRecipe.base)}
        </span>
      )}
    </p>
  )
}

export function ComparePane() {
  const merge = useAppStore((s) => s.merge)
  const loading = useAppStore((s) => s.mergeLoading)
  const error = useAppStore((s) => s.mergeError)
  const detailsHere = useAppStore((s) => s.detailsPath !== null && detailsPlace(s) === 'main')

  if (!merge && detailsHere) {
    return (
      <div className="compare compare-details">
        <DetailsPanel place="main" />
      </div>
    )
  }
  if (!merge) {
    return (
      <div className="compare compare-empty">
        {loading ? (
          <p className="empty-state" role="status">Aligning the variants…</p>
        ) : error ? (
          <p className="empty-state error-text" role="alert">{error}</p>
        ) : (
          <EmptyCompare />
        )}
      </div>
    )
  }
  return (
    <div className="compare" aria-busy={loading}>
      <CompareToolbar merge={merge} />
      <FirstStepHint merge={merge} />
      {loading && <div className="compare-loading" role="progressbar" aria-label="Opening the group" />}
      <CompareGrid merge={merge} />
      <VariantChordPrompt mergeId={merge.id} count={merge.docs.length} />
    </div>
  )
}
