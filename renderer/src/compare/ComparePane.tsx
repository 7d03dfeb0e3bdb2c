// The compare view: one column per variant, one row per aligned section.
import { useAppStore } from '../state/store'

export function ComparePane() {
  const merge = useAppStore((s) => s.merge)
  return (
    <div className="compare">
      {!merge && <p className="empty-state">Select a duplicate group, or several files, to compare them.</p>}
    </div>
  )
}
