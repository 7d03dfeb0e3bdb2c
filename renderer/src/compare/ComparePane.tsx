// The compare view: a toolbar and the grid of variants, or what to do when nothing is open.
import { useAppStore } from '../state/store'
import { CompareToolbar } from './CompareToolbar'
import { CompareGrid } from './CompareGrid'
import { EmptyCompare } from './EmptyCompare'
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
          <EmptyCompare />
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
