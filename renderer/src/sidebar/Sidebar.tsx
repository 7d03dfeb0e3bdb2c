// The sidebar: the opened folders' agent files, grouped (duplicate groups, suggestions, single
// files), a filter, problem marks, multi-selection to compare any files, and a details panel.
import { useCallback, useMemo, useState } from 'react'
import { useAppStore } from '../state/store'
import { sidebarModel, type SidebarGroup } from './sidebar-model'
import { FileItem } from './FileItem'
import { DetailsPanel } from './DetailsPanel'
import { moveInTree } from './tree-keys'
import { compareSelection, openFolderCommand } from '../app/open-commands'
import './sidebar.css'

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((p) => b.includes(p))
}

export function Sidebar() {
  const listing = useAppStore((s) => s.listing)
  const grouping = useAppStore((s) => s.grouping)
  const loads = useAppStore((s) => s.loads)
  const filter = useAppStore((s) => s.filter)
  const dismissed = useAppStore((s) => s.dismissedSuggestions)
  const selection = useAppStore((s) => s.selection)
  const busy = useAppStore((s) => s.workspaceBusy)
  const scan = useAppStore((s) => s.scan)
  const workspaceError = useAppStore((s) => s.workspaceError)
  const openPaths = useAppStore((s) => s.merge?.paths ?? null)
  const { setFilter, selectFile, setSelection, showDetails, openGroup, acceptSuggestion, dismissSuggestion, rescan } = useAppStore.getState()
  const [toggled, setToggled] = useState<ReadonlySet<string>>(new Set())

  const model = useMemo(() => sidebarModel(listing, grouping, loads, filter, dismissed), [listing, grouping, loads, filter, dismissed])
  const expandedByDefault = model.groups.length <= 4 || filter.trim() !== ''
  const isExpanded = (id: string) => expandedByDefault !== toggled.has(id)
  const setExpanded = useCallback(
    (id: string, expand: boolean) =>
      setToggled((prev) => {
        const next = new Set(prev)
        if (expand === expandedByDefault) next.delete(id)
        else next.add(id)
        return next
      }),
    [expandedByDefault],
  )

  const onSelect = (path: string, e: React.MouseEvent | React.KeyboardEvent) => {
    // Files act like checkboxes (click toggles) so any set can be compared; Shift adds a range.
    selectFile(path, e.shiftKey ? 'range' : 'toggle', model.order)
  }

  const openGroupPaths = (paths: readonly string[]) => void openGroup(paths)

  const groupItem = (g: SidebarGroup) => {
    const expanded = isExpanded(g.id)
    const paths = g.files.map((f) => f.path)
    const isOpen = openPaths !== null && sameSet(openPaths, paths)
    const problems = g.files.filter((f) => f.problem).length
    return (
      <div
        key={g.id}
        role="treeitem"
        aria-level={2}
        aria-expanded={expanded}
        aria-selected={isOpen}
        aria-label={`${g.name}, ${g.files.length} variants, ${Math.round(g.similarity * 100)}% alike`}
        tabIndex={-1}
        data-group-id={g.id}
        className="tree-group"
        onKeyDown={(e) => {
          if (e.target !== e.currentTarget) return
          if (e.key === 'Enter') {
            e.preventDefault()
            openGroupPaths(paths)
          } else if (e.key === ' ') {
            // Space selects (or clears) every file of the group, to compare across groups.
            e.preventDefault()
            const all = paths.every((p) => selection.includes(p))
            setSelection(all ? selection.filter((p) => !paths.includes(p)) : [...new Set([...selection, ...paths])])
          }
        }}
      >
        <div className={`tree-group-row${isOpen ? ' is-open' : ''}`} onClick={() => openGroupPaths(paths)} title="Compare these variants">
          <button
            type="button"
            className="chevron"
            tabIndex={-1}
            aria-hidden="true"
            onClick={(e) => {
              e.stopPropagation()
              setExpanded(g.id, !expanded)
            }}
          >
            {expanded ? '▾' : '▸'}
          </button>
          <span className="tree-group-name">{g.name}</span>
          {problems > 0 && <span className="problem-dot" title={`${problems} file${problems === 1 ? '' : 's'} with problems`} />}
          <span className="count-badge" title={`${g.files.length} variants`}>{g.files.length}</span>
          <span className="similarity" title="How alike the bodies are (mean)">{Math.round(g.similarity * 100)}%</span>
        </div>
        {expanded && (
          <div role="group">
            {g.files.map((f) => (
              <FileItem key={f.path} file={f} level={3} selected={selection.includes(f.path)} open={!!openPaths?.includes(f.path)} onSelect={onSelect} onDetails={showDetails} />
            ))}
          </div>
        )}
      </div>
    )
  }

  const empty = !listing || listing.files.length === 0
  return (
    <div className="sidebar">
      <div className="pane-header">
        <span>Agents</span>
        {listing && <span className="header-count">{model.total}</span>}
        <span className="toolbar-spacer" />
        <button type="button" className="text-btn" onClick={() => void openFolderCommand('folder')} title="Open a folder (Ctrl/Cmd+O)">Open…</button>
        {listing && (
          <button type="button" className="icon-btn" onClick={() => void rescan()} aria-label="Rescan the opened folders" title="Rescan">⟳</button>
        )}
      </div>
      {listing && (
        <div className="sidebar-filter">
          <input
            type="search"
            placeholder="Filter by name or folder"
            aria-label="Filter agent files"
            value={filter}
            onChange={(e) => setFilter(e.target.value)}
          />
        </div>
      )}
      {busy !== 'idle' && (
        <div className="scan-progress" role="status" aria-live="polite">
          <div className="progress-bar"><div className="progress-fill" /></div>
          <span>
            {busy === 'opening' ? 'Opening' : 'Reading'}
            {scan && !scan.done ? ` · ${scan.scanned} scanned, ${scan.found} agent files` : '…'}
          </span>
        </div>
      )}
      {empty ? (
        <div className="sidebar-empty">
          {busy === 'idle' && (
            <>
              {workspaceError && <p className="error-text" role="alert">{workspaceError}</p>}
              <p>{listing ? 'No agent files in the opened folder.' : 'No folder open.'}</p>
              <button type="button" className="am-btn am-btn-primary" onClick={() => void openFolderCommand('folder')}>Open folder…</button>
              <p className="hint">or drop a folder or files on the window</p>
            </>
          )}
        </div>
      ) : (
        <div
          className="tree"
          role="tree"
          aria-label="Agent files"
          aria-multiselectable="true"
          onKeyDown={(e) => {
            if (moveInTree(e, setExpanded)) e.preventDefault()
          }}
          onFocus={(e) => {
            const items = e.currentTarget.querySelectorAll<HTMLElement>('[role="treeitem"]')
            if (![...items].some((el) => el.tabIndex === 0) && items[0]) items[0].tabIndex = 0
          }}
        >
          {model.groups.length > 0 && (
            <div role="treeitem" aria-level={1} aria-expanded="true" aria-label="Duplicate groups" className="tree-section" tabIndex={-1}>
              <div className="tree-section-title">Duplicate groups <span>{model.groups.length}</span></div>
              <div role="group">{model.groups.map(groupItem)}</div>
            </div>
          )}
          {model.suggestions.length > 0 && (
            <div role="treeitem" aria-level={1} aria-expanded="true" aria-label="Possible duplicates" className="tree-section" tabIndex={-1}>
              <div className="tree-section-title">Possible duplicates <span>{model.suggestions.length}</span></div>
              <div role="group">
                {model.suggestions.map((s) => (
                  <div key={s.id} role="treeitem" aria-level={2} tabIndex={-1} className="suggestion" aria-label={`Suggestion: ${s.files.map((f) => f.label).join(', ')}`}>
                    <div className="suggestion-files">{s.files.map((f) => f.identity ?? f.label).filter((v, i, a) => a.indexOf(v) === i).join(' ≈ ')}</div>
                    <div className="suggestion-reason">{s.reason} · {s.files.length} files</div>
                    <div className="suggestion-actions">
                      <button type="button" className="text-btn" onClick={() => acceptSuggestion(s.id)}>Group them</button>
                      <button type="button" className="text-btn" onClick={() => openGroupPaths(s.files.map((f) => f.path))}>Compare</button>
                      <button type="button" className="text-btn" onClick={() => dismissSuggestion(s.id)}>Dismiss</button>
                    </div>
                  </div>
                ))}
              </div>
            </div>
          )}
          {model.singles.length > 0 && (
            <div role="treeitem" aria-level={1} aria-expanded="true" aria-label="Single files" className="tree-section" tabIndex={-1}>
              <div className="tree-section-title">Single files <span>{model.singles.length}</span></div>
              <div role="group">
                {model.singles.map((f) => (
                  <FileItem key={f.path} file={f} level={2} selected={selection.includes(f.path)} open={!!openPaths?.includes(f.path)} onSelect={onSelect} onDetails={showDetails} />
                ))}
              </div>
            </div>
          )}
          {model.groups.length + model.suggestions.length + model.singles.length === 0 && (
            <p className="empty-state">No file matches “{filter}”.</p>
          )}
        </div>
      )}
      {selection.length > 0 && (
        <div className="selection-bar" role="region" aria-label="Selected files">
          <span>{selection.length} selected</span>
          <span className="toolbar-spacer" />
          <button type="button" className="am-btn am-btn-primary" disabled={selection.length < 2} onClick={compareSelection} title="Compare the selected files side by side">
            Compare
          </button>
          <button type="button" className="text-btn" onClick={() => setSelection([])}>Clear</button>
        </div>
      )}
      <DetailsPanel />
    </div>
  )
}
