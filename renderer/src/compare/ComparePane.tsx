// The compare view: a toolbar and the grid of variants, or what to do when nothing is open.
import { useAppStore } from '../state/store'
import { CompareToolbar } from './CompareToolbar'
import { CompareGrid } from './CompareGrid'
import './compare.css'

export function ComparePane() {
  const merge = useAppStore((s) => s.merge)
  const loading = useAppStore((s) => s.mergeLoading)
  const error = useAppStore((s) => s.mergeError)

  if (!merge) {
    return (
      <div className="compare compare-empty">
        {loading ? (
          <p className="empty-state" role="status">Aligning the variants…</p>
        ) : error ? (
          <p className="empty-state error-text" role="alert">{error}</p>
        ) : (
          <div className="empty-state">
            <h2>Nothing to compare yet</h2>
            <p>Pick a duplicate group in the sidebar, or select several files (Ctrl/Cmd-click) and choose Compare.</p>
          </div>
        )}
      </div>
    )
  }
  return (
    <div className="compare" aria-busy={loading}>
      <CompareToolbar merge={merge} />
      {loading && <div className="compare-loading" role="progressbar" aria-label="Opening the group" />}
      <CompareGrid merge={merge} />
    </div>
  )
}
