// A near-duplicate suggestion: files with different names that look like the same agent.
import type { SidebarSuggestion } from './sidebar-model'

interface SuggestionItemProps {
  readonly suggestion: SidebarSuggestion
  readonly rowId: string
  readonly tabbable: boolean
  readonly onAccept: () => void
  readonly onCompare: () => void
  readonly onDismiss: () => void
}

export function SuggestionItem({ suggestion, rowId, tabbable, onAccept, onCompare, onDismiss }: SuggestionItemProps) {
  const names = suggestion.files.map((f) => f.identity ?? f.label).filter((v, i, a) => a.indexOf(v) === i)
  return (
    <div
      role="treeitem"
      aria-level={2}
      tabIndex={tabbable ? 0 : -1}
      data-row={rowId}
      className="suggestion"
      aria-label={`Possible duplicates: ${names.join(', ')}. ${suggestion.reason}`}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && e.target === e.currentTarget) {
          e.preventDefault()
          onCompare()
        }
      }}
    >
      <div className="suggestion-files">{names.join(' ≈ ')}</div>
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
