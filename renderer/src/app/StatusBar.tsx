// The bottom line: what is open, how many rows differ and are undecided (click to jump), the host
// mode, theme and the shortcut sheet.
import { useAppStore } from '../state/store'
import { selectUndecidedCount } from '../state/selectors'
import { getServices } from '../state/services'
import { runShortcut } from './run-shortcut'
import type { ThemeChoice } from '../state/slices/ui-slice'

function currentHostKind(): string | null {
  try {
    return getServices().host.kind
  } catch {
    return null // services not installed (tests render without a host)
  }
}

export function StatusBar() {
  const listing = useAppStore((s) => s.listing)
  const groups = useAppStore((s) => s.grouping?.grouping.groups.length ?? 0)
  const merge = useAppStore((s) => s.merge)
  const undecided = useAppStore(selectUndecidedCount)
  const theme = useAppStore((s) => s.theme)
  const setTheme = useAppStore((s) => s.setTheme)
  const setShortcutSheetOpen = useAppStore((s) => s.setShortcutSheetOpen)
  const differing = merge ? merge.alignment.rows.filter((r) => r.status.kind !== 'same').length + merge.alignment.keys.filter((k) => k.status.kind !== 'same').length : 0
  const hostKind = currentHostKind()
  // Before the first pick the compare pane shows its own, larger hint line.
  const picked = useAppStore((s) => s.undoStack.length > 0 || s.redoStack.length > 0)

  return (
    <footer className="status-bar" role="contentinfo" aria-label="Status">
      {listing ? (
        <span>
          {listing.files.length} agent file{listing.files.length === 1 ? '' : 's'} · {groups} duplicate group{groups === 1 ? '' : 's'}
          {listing.skipped.length > 0 && <span title={listing.skipped.map((f) => `${f.path}: ${f.message}`).join('\n')}> · {listing.skipped.length} skipped</span>}
        </span>
      ) : (
        <span>No folder open</span>
      )}
      {merge && (
        <>
          <span className="status-sep" />
          <button type="button" className="status-btn" onClick={() => runShortcut({ command: 'next-diff' })} title="Jump to the next difference (j)">
            {differing} differ{differing === 1 ? 's' : ''}
          </button>
          <button
            type="button"
            className={`status-btn${undecided > 0 ? ' status-undecided' : ' status-done'}`}
            onClick={() => runShortcut({ command: 'next-undecided' })}
            title="Jump to the next undecided row (u)"
            aria-live="polite"
          >
            {undecided > 0 ? `${undecided} undecided · u to jump` : 'All rows decided'}
          </button>
          {picked && <span className="status-hint" aria-hidden="true">
            Click a cell to take it · <kbd>1</kbd>–<kbd>9</kbd> pick{merge.docs.length > 9 && <> (<kbd>0</kbd> then 10–{merge.docs.length})</>} · <kbd>←</kbd><kbd>→</kbd> cell · <kbd>j</kbd>/<kbd>k</kbd> next difference · <kbd>x</kbd> omit
          </span>}
        </>
      )}
      <span className="toolbar-spacer" />
      {hostKind === 'browser' && <span className="status-muted" title="Served by agent-merge serve on this machine">Browser mode</span>}
      <label className="status-theme">
        <span className="sr-only">Theme</span>
        <select value={theme} onChange={(e) => setTheme(e.target.value as ThemeChoice)} aria-label="Theme">
          <option value="system">System theme</option>
          <option value="light">Light</option>
          <option value="dark">Dark</option>
        </select>
      </label>
      <button type="button" className="status-btn" onClick={() => setShortcutSheetOpen(true)} title="Keyboard shortcuts (?)">
        Shortcuts <kbd>?</kbd>
      </button>
    </footer>
  )
}
