// What the compare pane says when no group is open: the next step for where the user is
// (no folder yet, still reading, no duplicates found, or groups waiting to be picked). The
// Open folder button lives in the sidebar's own empty state, once.
import { useAppStore } from '../state/store'

export function EmptyCompare() {
  const listing = useAppStore((s) => s.listing)
  const busy = useAppStore((s) => s.workspaceBusy)
  const groups = useAppStore((s) => s.grouping?.grouping.groups.length ?? 0)
  const suggestions = useAppStore((s) => (s.grouping?.grouping.suggestions ?? []).filter((g) => !s.dismissedSuggestions.includes(g.id)).length)
  const fileCount = listing?.files.length ?? 0

  if (!listing || fileCount === 0) {
    return (
      <div className="empty-state">
        <h2>{busy === 'idle' ? (listing ? 'No agent files here' : 'Open a folder of agents') : 'Reading the folder…'}</h2>
        <p>
          {listing
            ? 'This folder has no agent definitions (.claude/agents/*.md, *.agent.md, *.chatmode.md, .cursor/rules/*.mdc, …). Open another folder, or drop agent files here.'
            : 'Open a folder (Ctrl/Cmd+O) or drop agent files here. Agent Merge finds copies of the same agent and lets you merge them.'}
        </p>
      </div>
    )
  }
  return (
    <div className="empty-state">
      <h2>{groups > 0 ? 'Pick an agent to merge' : suggestions > 0 ? 'Possible duplicates found' : 'No duplicates found'}</h2>
      <p>
        {groups === 0 && suggestions > 0
          ? `No files share a name, but ${suggestions === 1 ? 'one set looks' : `${suggestions} sets look`} like the same agent renamed: see Possible duplicates in the sidebar, where Group them makes a set a duplicate group and Compare opens it at once.`
          : groups > 0
          ? `${groups} agent${groups === 1 ? ' has' : 's have'} several variants: choose one under Duplicate groups in the sidebar (or press Enter on it). To compare other files, select them (click, Shift-click) and choose Compare.`
          : `None of the ${fileCount} agent file${fileCount === 1 ? '' : 's'} look like copies of each other. Select two or more files in the sidebar and choose Compare to merge them anyway.`}
      </p>
    </div>
  )
}
