// The sidebar: the opened folders' agent files, grouped (duplicate groups, suggestions, single
// files), a filter, problem marks, multi-selection to compare any files, and a details panel.
import { useMemo } from 'react'
import { useAppStore } from '../state/store'
import { sidebarModel } from './sidebar-model'
import { FileTree } from './FileTree'
import { DetailsPanel } from './DetailsPanel'
import { RecentList } from './RecentList'
import { compareSelection, openFolderCommand } from '../app/open-commands'
import './sidebar.css'

export function Sidebar() {
  const listing = useAppStore((s) => s.listing)
  const grouping = useAppStore((s) => s.grouping)
  const loads = useAppStore((s) => s.loads)
  const filter = useAppStore((s) => s.filter)
  const dismissed = useAppStore((s) => s.dismissedSuggestions)
  const mergedResults = useAppStore((s) => s.mergedResults)
  const selection = useAppStore((s) => s.selection)
  const busy = useAppStore((s) => s.workspaceBusy)
  const scan = useAppStore((s) => s.scan)
  const workspaceError = useAppStore((s) => s.workspaceError)
  const { setFilter, setSelection, rescan } = useAppStore.getState()

  const model = useMemo(
    () => sidebarModel(listing, grouping, loads, filter, dismissed, mergedResults),
    [listing, grouping, loads, filter, dismissed, mergedResults],
  )
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
            {scan && !scan.done
              ? `Scanning · ${scan.scanned} files looked at, ${scan.found} agent files`
              : busy === 'opening' || !listing
                ? 'Opening…'
                : `Reading and parsing ${listing.files.length} agent file${listing.files.length === 1 ? '' : 's'}…`}
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
              <RecentList />
            </>
          )}
        </div>
      ) : model.groups.length + model.suggestions.length + model.singles.length === 0 ? (
        <p className="empty-state">No file matches “{filter}”.</p>
      ) : (
        <FileTree model={model} filtering={filter.trim() !== ''} />
      )}
      {selection.length > 0 && (
        <div className="selection-bar" role="region" aria-label="Selected files">
          <span>
            {selection.length} selected
            {selection.length < 2 && <span className="selection-hint"> · select one more to compare</span>}
          </span>
          <span className="toolbar-spacer" />
          <button type="button" className="am-btn am-btn-primary" disabled={selection.length < 2} onClick={compareSelection} title="Compare the selected files side by side">
            Compare
          </button>
          <button type="button" className="text-btn" onClick={() => setSelection([])}>Clear</button>
        </div>
      )}
      <DetailsPanel place="sidebar" />
    </div>
  )
}
