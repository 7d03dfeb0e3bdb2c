// The library queue: every duplicate group with its status, progress, filters, which copy a tool
// loads today and a collision mark; the keyboard walks it (↑/↓, Enter opens, m/o/r/s resolve, n
// next to do, a applies the proposals to the rest, h shows the folders' history, Ctrl/Cmd+Z undoes
// the last resolution).
import { memo, useEffect, useRef } from 'react'
import { useAppStore } from '../state/store'
import { selectQueue, selectQueueProgress, selectShownQueue } from './library-selectors'
import { acceptProposal, applyProposalsToRemaining, keepOne, prefetchRemaining, renameAll, skipEntry } from './library-actions'
import { goToNextUnresolved, openHistory, openQueueEntry } from './queue-navigation'
import { undoAllResolutions, undoLastResolution } from './resolution-step'
import { stopPrefetching } from './plan-cache'
import { refuseWhileBusy } from './busy-guard'
import { FILTER_LABEL, isResolved, matchesFilter, QUEUE_SORTS, SORT_LABEL, STATUS_LABEL, type QueueEntry, type QueueFilter, type QueueSort } from './queue-model'

const get = useAppStore.getState
const FILTERS: readonly QueueFilter[] = ['all', 'unresolved', 'collisions', 'broken', 'large']

function optionId(entry: QueueEntry): string {
  return `queue-${entry.id.replace(/[^a-zA-Z0-9_-]/g, '_')}`
}

/** A row re-renders only when its entry or its cursor state changes (progress updates and the
 *  saved decisions of other groups leave it alone). */
const QueueRow = memo(function QueueRow({ entry, active }: { entry: QueueEntry; active: boolean }) {
  const similarity = entry.similarity === null ? null : Math.round(entry.similarity * 100)
  const label = [
    entry.key,
    STATUS_LABEL[entry.status],
    `${entry.files.length} files`,
    entry.collision ? 'collision in one tool folder' : null,
    entry.brokenCount > 0 ? `${entry.brokenCount} with broken frontmatter` : null,
    similarity !== null ? `${similarity}% alike` : null,
  ]
    .filter(Boolean)
    .join(', ')
  return (
    // The option's name is the hidden sentence; the visible row (the same facts, laid out) is
    // hidden from assistive technology, so the name contains all the row says to it.
    <div
      id={optionId(entry)}
      role="option"
      aria-selected={active}
      className={`queue-row status-${entry.status}${active ? ' is-active' : ''}`}
      onClick={() => get().setQueueCursor(entry.id)}
      onDoubleClick={() => void openQueueEntry(get, entry)}
    >
      <span className="visually-hidden">{`${label}. ${entry.live}`}</span>
      <span aria-hidden="true" className={`queue-status queue-status-${entry.status}`}>{STATUS_LABEL[entry.status]}</span>
      <span className="queue-main" aria-hidden="true">
        <span className="queue-name">
          {entry.key}
          {entry.accepted && <span className="queue-tag" title="A near-duplicate suggestion you accepted as a group">accepted</span>}
          {entry.collision && (
            <span className="queue-tag queue-collision" title="Two or more files define this name inside one tool folder: which one loads is the file system's read order">
              ⚠ collision
            </span>
          )}
          {entry.brokenCount > 0 && <span className="queue-tag queue-broken" title="Frontmatter strict YAML rejects (the merge writes it strict)">{entry.brokenCount} broken</span>}
        </span>
        <span className="queue-live">{entry.live}</span>
        <span className="queue-files">{entry.files.map((f) => f.relPath).join(' · ')}</span>
      </span>
      <span className="queue-count" aria-hidden="true" title={`${entry.files.length} files`}>{entry.files.length}</span>
      <span aria-hidden="true" className="queue-similarity" title="How alike the bodies are (mean)">{similarity === null ? '' : `${similarity}%`}</span>
    </div>
  )
})

function EntryActions({ entry }: { entry: QueueEntry | null }) {
  const can = entry !== null && entry.open && !isResolved(entry.status)
  return (
    <div className="queue-actions" role="toolbar" aria-label={entry ? `Resolve ${entry.key}` : 'Resolve the group'}>
      <button type="button" className="am-btn" disabled={!entry?.open} onClick={() => entry && void openQueueEntry(get, entry)} title="Open the group in the workspace, pre-filled with its proposal (Enter)">
        Open <kbd>Enter</kbd>
      </button>
      <button type="button" className="am-btn am-btn-primary" disabled={!can} onClick={() => entry && void acceptProposal(get, entry)} title="Write the proposed merge at the base variant's path; the variants are archived (m)">
        Accept proposal <kbd>m</kbd>
      </button>
      <button type="button" className="am-btn" disabled={!can} onClick={() => entry && void keepOne(get, entry)} title="Keep one variant; archive the others (o)">
        Keep one… <kbd>o</kbd>
      </button>
      <button type="button" className="am-btn" disabled={!can} onClick={() => entry && void renameAll(get, entry)} title="Keep them all as different agents under unique names (r)">
        Rename… <kbd>r</kbd>
      </button>
      <button type="button" className="am-btn" disabled={!can} onClick={() => entry && void skipEntry(get, entry)} title="Leave the group as it is (s)">
        Skip <kbd>s</kbd>
      </button>
    </div>
  )
}

/** Keys that start a step (or its dialog); each waits for the step under way. */
const STEP_KEYS = new Set(['m', 'o', 'r', 's', 'a', 'h'])

/** What the library is doing now (a step's progress), under the queue's controls. */
function LibraryBusy() {
  const busy = useAppStore((s) => s.libraryProgress)
  if (!busy) return null
  const known = busy.total > 0
  const percent = known ? Math.floor((busy.done / busy.total) * 100) : 0
  // What it does is announced; how far it got is the bar's value (read when asked: a count
  // announced four times a second would drown everything else out).
  return (
    <div className="library-busy">
      <div className="progress-bar" role="progressbar" aria-label={busy.label} aria-valuemin={0} aria-valuemax={100} {...(known ? { 'aria-valuenow': percent } : {})}>
        <div className={known ? 'progress-fill-determinate' : 'progress-fill'} style={known ? { transform: `scaleX(${busy.done / busy.total})` } : undefined} />
      </div>
      <span role="status" aria-live="polite">
        {busy.label}
      </span>
      <span aria-hidden="true">{!known ? '…' : busy.countsFiles ? ` (${percent} %)` : ` (${busy.done} of ${busy.total})`}</span>
    </div>
  )
}

export function LibraryQueue() {
  const entries = useAppStore(selectQueue)
  const shown = useAppStore(selectShownQueue)
  const progress = useAppStore(selectQueueProgress)
  const filter = useAppStore((s) => s.queueFilter)
  const sort = useAppStore((s) => s.queueSort)
  const cursor = useAppStore((s) => s.queueCursor)
  // (Whether a step runs, not its count: a count changes ten times a second and would re-render
  // the whole queue each time; LibraryBusy shows it.)
  const busy = useAppStore((s) => s.libraryProgress !== null)
  const ops = useAppStore((s) => s.libraryOps.length)
  const problems = useAppStore((s) => s.decisionProblems)
  const listing = useAppStore((s) => s.listing)
  const listRef = useRef<HTMLDivElement>(null)
  const remaining = entries.filter((e) => e.open && !isResolved(e.status)).length
  const active = shown.find((e) => e.id === cursor) ?? shown[0] ?? null

  useEffect(() => {
    if (active && active.id !== cursor) get().setQueueCursor(active.id)
  }, [active, cursor])
  // Focus the list when it first shows (the folder may still be loading when the queue opens).
  const hasList = listing !== null && entries.length > 0
  const focusedOnce = useRef(false)
  useEffect(() => {
    if (!hasList) return
    if (!focusedOnce.current || document.activeElement === document.body) listRef.current?.focus()
    focusedOnce.current = true
  }, [hasList])
  // While the queue is shown, the worker plans the groups still to do, so "apply" opens at once.
  useEffect(() => {
    if (!busy) prefetchRemaining(get)
    return stopPrefetching
  }, [entries, busy])
  useEffect(() => {
    if (active) document.getElementById(optionId(active))?.scrollIntoView({ block: 'nearest' })
  }, [active])

  const move = (delta: number | 'first' | 'last') => {
    if (shown.length === 0) return
    const at = active ? shown.indexOf(active) : -1
    const next = delta === 'first' ? 0 : delta === 'last' ? shown.length - 1 : Math.max(0, Math.min(shown.length - 1, at + delta))
    get().setQueueCursor(shown[next]!.id)
  }

  const onKeyDown = (e: React.KeyboardEvent) => {
    // A key typed ahead while a dialog is on its way (asked, not yet shown) is not for the list.
    const s = get()
    if (e.altKey || s.dialog !== null || s.libraryDialog !== null) return
    const mod = e.ctrlKey || e.metaKey
    const undo = mod && e.key.toLowerCase() === 'z' && !e.shiftKey
    const step = undo || (!mod && !e.shiftKey && STEP_KEYS.has(e.key))
    if (step && refuseWhileBusy(get, undo ? `${e.metaKey ? 'Cmd' : 'Ctrl'}+Z` : e.key)) {
      e.preventDefault()
      e.stopPropagation()
      return
    }
    let handled = true
    if (undo) void undoLastResolution(get)
    else if (mod) handled = false
    else if (e.key === 'ArrowDown') move(1)
    else if (e.key === 'ArrowUp') move(-1)
    else if (e.key === 'PageDown') move(10)
    else if (e.key === 'PageUp') move(-10)
    else if (e.key === 'Home') move('first')
    else if (e.key === 'End') move('last')
    else if (e.key === 'Enter' && active) void openQueueEntry(get, active)
    else if (e.shiftKey) handled = false
    else if (e.key === 'm' && active) void acceptProposal(get, active)
    else if (e.key === 'o' && active) void keepOne(get, active)
    else if (e.key === 'r' && active) void renameAll(get, active)
    else if (e.key === 's' && active) void skipEntry(get, active)
    else if (e.key === 'a') void applyProposalsToRemaining(get)
    else if (e.key === 'h') void openHistory(get)
    else handled = false
    if (handled) {
      e.preventDefault()
      e.stopPropagation()
    }
  }

  const percent = progress.total === 0 ? 0 : Math.round((progress.resolved / progress.total) * 100)
  return (
    <section className="library" aria-label="Library queue">
      <div className="pane-header library-header">
        <h2 className="library-title">Library</h2>
        <span className="library-progress-text" aria-live="polite">
          {progress.resolved} of {progress.total} resolved
        </span>
        <div className="library-meter" role="progressbar" aria-label="Groups resolved" aria-valuemin={0} aria-valuemax={progress.total} aria-valuenow={progress.resolved}>
          <div className="library-meter-fill" style={{ width: `${percent}%` }} />
        </div>
        <span className="toolbar-spacer" />
        <button type="button" className="am-btn" onClick={() => void goToNextUnresolved(get)} disabled={remaining === 0} title="Open the next group still to do (n)">
          Next to do <kbd>n</kbd>
        </button>
        <button
          type="button"
          className="am-btn am-btn-primary"
          onClick={() => void applyProposalsToRemaining(get)}
          disabled={remaining === 0 || busy}
          title="Preview the proposals for every group still to do, then write them as one step that one Undo reverses (a)"
        >
          Apply proposals to the remaining {remaining} {remaining === 1 ? 'group' : 'groups'}… <kbd>a</kbd>
        </button>
        <button type="button" className="am-btn" onClick={() => void undoLastResolution(get)} disabled={ops === 0 || busy} title="Undo the last resolution: files back byte for byte (Ctrl/Cmd+Z)">
          Undo
        </button>
        <button type="button" className="text-btn" onClick={() => void undoAllResolutions(get)} disabled={ops === 0 || busy} title="Undo every resolution of this session">
          Undo all
        </button>
        <button type="button" className="icon-btn" onClick={() => get().setLibraryOpen(false)} aria-label="Close the library queue (l)" title="Close the library queue (l)">
          ✕
        </button>
      </div>
      <div className="queue-controls">
        <div className="queue-filters" role="radiogroup" aria-label="Show">
          {FILTERS.map((f) => {
            const count = entries.filter((e) => matchesFilter(e, f)).length
            return (
              <button key={f} type="button" role="radio" aria-checked={filter === f} className={`queue-filter${filter === f ? ' is-on' : ''}`} onClick={() => get().setQueueFilter(f)}>
                {FILTER_LABEL[f]} <span className="queue-filter-count">{count}</span>
              </button>
            )
          })}
        </div>
        <span className="toolbar-spacer" />
        <button type="button" className="am-btn" onClick={() => void openHistory(get)} disabled={busy} title="Every step written in the opened folders, by the app or agent-merge consolidate, each undoable (h)">
          History… <kbd>h</kbd>
        </button>
        <label className="queue-sort">
          Sort
          <select value={sort} onChange={(e) => get().setQueueSort(e.target.value as QueueSort)} title="The order of the queue; Next to do (n) follows it">
            {QUEUE_SORTS.map((s) => (
              <option key={s} value={s}>
                {SORT_LABEL[s]}
              </option>
            ))}
          </select>
        </label>
      </div>
      <LibraryBusy />
      {problems.length > 0 && (
        <p className="library-problems" role="alert">
          {problems.length} saved {problems.length === 1 ? 'decision is' : 'decisions are'} unreadable and ignored: {problems.slice(0, 2).join('; ')}
        </p>
      )}
      {!listing ? (
        <p className="empty-state">Open a folder to see its duplicate groups.</p>
      ) : entries.length === 0 ? (
        <p className="empty-state">No name is defined more than once here: nothing to resolve.</p>
      ) : (
        <div
          ref={listRef}
          className="queue-list"
          role="listbox"
          tabIndex={0}
          aria-label={`Duplicate groups, ${FILTER_LABEL[filter].toLowerCase()}, ${SORT_LABEL[sort].toLowerCase()}: ${shown.length}. Enter opens; m accepts the proposal; o keeps one; r renames; s skips`}
          aria-activedescendant={active ? optionId(active) : undefined}
          onKeyDown={onKeyDown}
        >
          {shown.length === 0 ? (
            <p className="empty-state">No group matches this filter.</p>
          ) : (
            shown.map((entry) => <QueueRow key={entry.id} entry={entry} active={entry === active} />)
          )}
        </div>
      )}
      <EntryActions entry={active} />
    </section>
  )
}

