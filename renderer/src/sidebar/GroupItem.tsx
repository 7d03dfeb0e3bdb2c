// A duplicate group in the sidebar: click or Enter compares its variants; the chevron (or
// Left/Right) folds its files; Space selects all its files.
import type { SidebarGroup } from './sidebar-model'

interface GroupItemProps {
  readonly group: SidebarGroup
  readonly rowId: string
  readonly expanded: boolean
  readonly isOpen: boolean
  readonly tabbable: boolean
  readonly onOpen: () => void
  readonly onToggleExpanded: () => void
  readonly onSelectAll: () => void
}

export function GroupItem({ group, rowId, expanded, isOpen, tabbable, onOpen, onToggleExpanded, onSelectAll }: GroupItemProps) {
  const problems = group.files.filter((f) => f.problem && f.problem.severity !== 'info').length
  const percent = Math.round(group.similarity * 100)
  return (
    <div
      role="treeitem"
      aria-level={2}
      aria-expanded={expanded}
      aria-selected={isOpen}
      aria-label={`${group.name}, ${group.files.length} variants, ${percent}% alike${problems ? `, ${problems} with problems` : ''}${group.results.length > 0 ? ', merged result saved' : ''}`}
      tabIndex={tabbable ? 0 : -1}
      data-row={rowId}
      className={`tree-group-row${isOpen ? ' is-open' : ''}`}
      onClick={onOpen}
      title={`Compare the ${group.files.length} variants of ${group.name}`}
      onKeyDown={(e) => {
        if (e.key === 'Enter') {
          e.preventDefault()
          onOpen()
        } else if (e.key === ' ') {
          e.preventDefault()
          onSelectAll()
        }
      }}
    >
      <button
        type="button"
        className="chevron"
        tabIndex={-1}
        aria-hidden="true"
        onClick={(e) => {
          e.stopPropagation()
          onToggleExpanded()
        }}
      >
        {expanded ? '▾' : '▸'}
      </button>
      <span className="tree-group-name">{group.name}</span>
      {group.results.length > 0 && <span className="merged-mark" title="A merged result of this group was saved" aria-hidden="true">✓</span>}
      {problems > 0 && <span className="problem-dot" title={`${problems} file${problems === 1 ? '' : 's'} with problems`} />}
      {/* The figures are drawn by CSS from data-*: the row's accessible name says them in words
          ("5 variants, 21% alike") and must contain the visible text, which is the name alone. */}
      <span className="count-badge" title={`${group.files.length} variants`} data-figure={group.files.length} />
      <span className="similarity" title="How alike the bodies are (mean)" data-figure={`${percent}%`} />
    </div>
  )
}
