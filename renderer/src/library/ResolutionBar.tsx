// Above the compare view, for a group of the library: its three resolutions (merge as shown, keep
// one, rename), skip, the way back to the queue and on to the next group, and what the proposal
// did (base and why, rows added, what it left out, how many picks are yours).
import { useAppStore } from '../state/store'
import { fileName } from '../compare/labels'
import { acceptWorkspaceMerge, keepOne, renameAll, skipEntry } from './library-actions'
import { goToNextUnresolved, toggleLibrary } from './queue-navigation'
import { selectQueue, selectQueueProgress } from './library-selectors'
import { markCounts, selectProposalMarks } from './proposal-marks'
import { isResolved, STATUS_LABEL } from './queue-model'

const get = useAppStore.getState

export function ResolutionBar() {
  const group = useAppStore((s) => s.libraryGroup)
  const merge = useAppStore((s) => s.merge)
  const entry = useAppStore((s) => (s.libraryGroup ? (selectQueue(s).find((e) => e.id === s.libraryGroup!.id) ?? null) : null))
  const marks = useAppStore(selectProposalMarks)
  const progress = useAppStore(selectQueueProgress)
  const busy = useAppStore((s) => s.libraryProgress !== null)
  if (!group || !merge || !entry) return null
  const proposal = group.proposal
  const counts = marks ? markCounts(marks) : null
  const added = proposal ? proposal.rows.filter((r) => r.taken !== null && r.taken !== proposal.base).length : 0
  const can = entry.open && !isResolved(entry.status) && !busy
  return (
    <div className="resolution-bar" role="region" aria-label={`Resolve ${entry.key}`}>
      <div className="resolution-summary">
        <strong className="resolution-name">{entry.key}</strong>
        <span className={`queue-status queue-status-${entry.status}`}>{STATUS_LABEL[entry.status]}</span>
        {entry.collision && <span className="queue-tag queue-collision" title={entry.live}>⚠ collision</span>}
        {proposal && (
          <span className="resolution-proposal" title={proposal.baseReason}>
            Proposal: starts from {proposal.base + 1}, {fileName(merge.docs[proposal.base]?.path ?? '')}: {proposal.baseReason} · {added} {added === 1 ? 'row' : 'rows'} added · {proposal.leftOut.length} left out
          </span>
        )}
        {counts && (
          <span className="resolution-marks" aria-live="polite">
            {counts.yours === 0 ? 'all picks as proposed' : `${counts.yours} ${counts.yours === 1 ? 'pick' : 'picks'} yours, ${counts.proposed} as proposed`}
          </span>
        )}
        <span className="toolbar-spacer" />
        <span className="resolution-progress">{progress.resolved} of {progress.total} resolved</span>
      </div>
      {proposal && proposal.leftOut.length > 0 && (
        <details className="resolution-leftout">
          <summary>What the proposal leaves out ({proposal.leftOut.length})</summary>
          <ul>
            {proposal.leftOut.map((item, i) => (
              <li key={i}>
                {item.kind === 'row' || item.kind === 'version' ? item.title || '(untitled)' : item.key}: {item.reason}
              </li>
            ))}
          </ul>
        </details>
      )}
      <div className="resolution-actions" role="toolbar" aria-label="Resolution">
        <button type="button" className="am-btn am-btn-primary" disabled={!can} onClick={() => void acceptWorkspaceMerge(get)} title="Write the merged file shown in the result at the base variant's path; every variant is archived (Shift+M)">
          Merge as shown <kbd>⇧M</kbd>
        </button>
        <button type="button" className="am-btn" disabled={!can} onClick={() => void keepOne(get, entry)} title="Keep one variant; archive the others (Shift+O)">
          Keep one… <kbd>⇧O</kbd>
        </button>
        <button type="button" className="am-btn" disabled={!can} onClick={() => void renameAll(get, entry)} title="Keep them all as different agents under unique names (Shift+R)">
          Rename… <kbd>⇧R</kbd>
        </button>
        <button type="button" className="am-btn" disabled={!can} onClick={() => void skipEntry(get, entry)} title="Leave the group as it is (Shift+S)">
          Skip <kbd>⇧S</kbd>
        </button>
        <span className="toolbar-spacer" />
        <button type="button" className="text-btn" onClick={() => toggleLibrary(get)} title="Back to the library queue (l)">
          Queue <kbd>l</kbd>
        </button>
        <button type="button" className="text-btn" onClick={() => void goToNextUnresolved(get)} title="Open the next group still to do (n)">
          Next to do <kbd>n</kbd>
        </button>
      </div>
    </div>
  )
}
