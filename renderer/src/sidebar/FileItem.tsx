// One file in the sidebar tree: name, folder, problem mark; click selects, Ctrl/Cmd toggles,
// Shift extends; the mark's tooltip and the details panel show the diagnostics.
import type { SidebarFile } from './sidebar-model'

interface FileItemProps {
  readonly file: SidebarFile
  readonly selected: boolean
  readonly open: boolean
  readonly level: number
  readonly onSelect: (path: string, e: React.MouseEvent | React.KeyboardEvent) => void
  readonly onDetails: (path: string) => void
}

export function FileItem({ file, selected, open, level, onSelect, onDetails }: FileItemProps) {
  const problem = file.problem
  return (
    <div
      role="treeitem"
      aria-level={level}
      aria-selected={selected}
      tabIndex={-1}
      data-path={file.path}
      className={`tree-file${selected ? ' is-selected' : ''}${open ? ' is-open' : ''}`}
      style={{ paddingLeft: 12 + (level - 1) * 14 }}
      title={file.path}
      onClick={(e) => {
        onSelect(file.path, e)
        onDetails(file.path)
      }}
      onKeyDown={(e) => {
        if (e.key === ' ' || e.key === 'Enter') {
          e.preventDefault()
          onSelect(file.path, e)
          onDetails(file.path)
        }
      }}
    >
      <span className="tree-check" aria-hidden="true">{selected ? '☑' : '☐'}</span>
      <span className="tree-file-names">
        <span className="tree-file-name">{file.label}</span>
        {file.folder && <span className="tree-file-folder">{file.folder}</span>}
      </span>
      {problem && (
        <span
          className={`problem-mark problem-${problem.severity}`}
          title={problem.summary}
          aria-label={`${problem.count} ${problem.severity === 'error' ? 'error' : 'warning'}${problem.count === 1 ? '' : 's'}`}
        >
          {problem.severity === 'error' ? '✕' : '!'}
          {problem.count > 1 && <span className="problem-count">{problem.count}</span>}
        </span>
      )}
    </div>
  )
}
