// A near-duplicate suggestion: files with different names that look like the same agent. A long
// chain of names (a suggestion can join a dozen files) shows its first few and a "Show N more"
// button, so one suggestion does not take half the sidebar.
import { useId } from 'react'
import type { SidebarSuggestion } from './sidebar-model'

/** Names shown while a chain is folded; a chain of one more than this shows whole. */
export const FOLDED_NAMES = 2

interface SuggestionItemProps {
  readonly suggestion: SidebarSuggestion
  readonly rowId: string
  readonly tabbable: boolean
  /** Every name shown, not only the first few. */
  readonly namesShown: boolean
  readonly onToggleNames: () => void
  readonly onAccept: () => void
  readonly onCompare: () => void
  readonly onDismiss: () => void
}

export function SuggestionItem({ suggestion, rowId, tabbable, namesShown, onToggleNames, onAccept, onCompare, onDismiss }: SuggestionItemProps) {
  const names = suggestion.files.map((f) => f.identity ?? f.label).filter((v, i, a) => a.indexOf(v) === i)
  const namesId = useId()
  const foldable = names.length > FOLDED_NAMES + 1
  const folded = foldable && !namesShown
  return (
    <div
      role="treeitem"
      aria-level={2}
      tabIndex={tabbable ? 0 : -1}
      data-row={rowId}
      className="suggestion"
      onKeyDown={(e) => {
        if (e.key === 'Enter' && e.target === e.currentTarget) {
          e.preventDefault()
          onCompare()
        }
      }}
    >
      {/* Named by its content (no aria-label): a label would have to repeat every word shown,
          buttons included, for axe's label-in-name rule. */}
      <div className="suggestion-files">
        <span className="sr-only">Possible duplicates: </span>
        <span id={namesId}>
          {(folded ? names.slice(0, FOLDED_NAMES) : names).join(' ≈ ')}
          {folded ? ' ≈ …' : ''}
        </span>
        {foldable && (
          <button type="button" className="text-btn suggestion-more" aria-expanded={namesShown} aria-controls={namesId} onClick={onToggleNames}>
            {namesShown ? 'Show fewer' : `Show ${names.length - FOLDED_NAMES} more`}
          </button>
        )}
      </div>
      <div className="suggestion-reason">
        {suggestion.reason} · {suggestion.files.length} files
      </div>
      <div className="suggestion-actions">
        <button type="button" className="text-btn" onClick={onAccept} title="Treat these files as one duplicate group">Group them</button>
        <button type="button" className="text-btn" onClick={onCompare}>Compare</button>
        <button type="button" className="text-btn" onClick={onDismiss}>Dismiss</button>
      </div>
    </div>
  )
}
