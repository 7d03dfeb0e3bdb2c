// One file in the sidebar tree: name, folder, problem mark, and "merged result" for a merge the
// app saved. Click (or Space/Enter) toggles its
// selection, Shift extends a range; the mark's tooltip and the details panel show the diagnostics.
import type { SidebarFile } from './sidebar-model'
import { MiddleEllipsisName } from '../app/MiddleEllipsisName'

interface FileItemProps {
  readonly file: SidebarFile
  /** The folder line (see TreeRow): what tells this file from its neighbours. */
  readonly folder: string
  readonly rowId: string
  readonly selected: boolean
  readonly open: boolean
  readonly level: number
  readonly tabbable: boolean
  readonly onSelect: (path: string, e: React.MouseEvent | React.KeyboardEvent) => void
  readonly onDetails: (path: string) => void
}

export function FileItem({ file, folder, rowId, selected, open, level, tabbable, onSelect, onDetails }: FileItemProps) {
  const problem = file.problem
  return (
    <div
      role="treeitem"
      aria-level={level}
      aria-selected={selected}
      // Name, folder, problem count: the visible text in its order, so the name contains it.
      aria-label={`${file.label}${folder ? `, ${folder}` : ''}${folder !== file.folder ? ` (${file.folder})` : ''}${file.mergedResult ? ', merged result' : ''}${problem ? `, ${problem.count} ${problem.severity === 'info' ? 'note' : problem.severity}${problem.count === 1 ? '' : 's'}` : ''}`}
      tabIndex={tabbable ? 0 : -1}
      data-row={rowId}
      data-path={file.path}
      className={`tree-file${selected ? ' is-selected' : ''}${open ? ' is-open' : ''}`}
      style={{ paddingLeft: 12 + (level - 2) * 14 }}
      title={file.mergedResult ? `${file.path}\nSaved by Agent Merge as the merge of this group's variants` : file.path}
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
        <MiddleEllipsisName name={file.label} className="tree-file-name" />{' '}
        {folder && <span className="tree-file-folder">{folder}</span>}
      </span>
      {file.mergedResult && <span className="merged-badge" aria-hidden="true">merged</span>}
      {problem && ' '}
      {problem && (
        <span
          className={`problem-mark problem-${problem.severity}`}
          title={problem.summary}
          aria-hidden="true"
          // Glyph and count drawn by CSS: the accessible name says them in words ("3 errors").
          data-glyph={problem.severity === 'error' ? '✕' : problem.severity === 'warning' ? '!' : 'i'}
        >
          {problem.count > 1 && <span className="problem-count" data-count={problem.count} />}
        </span>
      )}
    </div>
  )
}
