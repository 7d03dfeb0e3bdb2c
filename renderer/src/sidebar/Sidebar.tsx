// The sidebar: the opened folder's agent files, grouped.
import { useAppStore } from '../state/store'

export function Sidebar() {
  const listing = useAppStore((s) => s.listing)
  return (
    <div className="sidebar">
      <div className="pane-header">Agents</div>
      {!listing && <p className="empty-state">Open a folder of agent files to start.</p>}
    </div>
  )
}
