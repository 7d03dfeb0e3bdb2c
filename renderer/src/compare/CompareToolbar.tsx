// Above the grid: what is being merged, folding, hidden columns, undo/redo.
import { useAppStore } from '../state/store'
import type { MergeSession } from '../state/slices/merge-slice'

export function CompareToolbar({ merge }: { merge: MergeSession }) {
  const foldIdentical = useAppStore((s) => s.foldIdentical)
  const setFoldIdentical = useAppStore((s) => s.setFoldIdentical)
  const showRemoved = useAppStore((s) => s.showRemovedWords)
  const setShowRemoved = useAppStore((s) => s.setShowRemovedWords)
  const hidden = useAppStore((s) => s.columns.hidden)
  const setColumnHidden = useAppStore((s) => s.setColumnHidden)
  const canUndo = useAppStore((s) => s.undoStack.length > 0)
  const canRedo = useAppStore((s) => s.redoStack.length > 0)
  const undo = useAppStore((s) => s.undo)
  const redo = useAppStore((s) => s.redo)
  const resetToDefault = useAppStore((s) => s.resetToDefault)
  const closeGroup = useAppStore((s) => s.closeGroup)
  const identities = [...new Set(merge.docs.map((d) => d.identity))]
  const name = identities.length <= 1 ? (identities[0] ?? 'agent') : `${identities[0]} + ${identities.length - 1} other name${identities.length === 2 ? '' : 's'}`
  const rows = merge.alignment.rows
  const keys = merge.alignment.keys
  const differing = rows.filter((r) => r.status.kind !== 'same').length + keys.filter((k) => k.status.kind !== 'same').length
  const identical = rows.length + keys.length - differing

  return (
    <div className="compare-toolbar" role="toolbar" aria-label="Compare">
      <div className="compare-title">
        <h1 title={identities.join(', ')}>{name}</h1>
        <span className="compare-subtitle">
          {merge.docs.length} variants · {keys.length} keys · {rows.length} sections · {differing} differ
        </span>
      </div>
      <button type="button" className="pill-toggle" aria-pressed={foldIdentical} onClick={() => setFoldIdentical(!foldIdentical)} title="Fold runs of rows that are the same in every variant (f)">
        Fold same{identical > 0 && <span className="pill-count"> · {identical}</span>}
      </button>
      <button type="button" className="pill-toggle" aria-pressed={showRemoved} onClick={() => setShowRemoved(!showRemoved)} title="Show the reference's words a cell lacks, struck through (otherwise a thin red mark you can hover)">
        Removed words
      </button>
      {hidden.length > 0 && (
        <span className="hidden-columns" aria-label="Hidden variants">
          Hidden:
          {hidden.map((v) => (
            <button key={v} type="button" className="chip chip-button" style={{ ['--vc' as string]: `var(--v${v % 20})` }} onClick={() => setColumnHidden(v, false)} title={`Show variant ${v + 1} again`}>
              <span className="chip-dot" />
              {v + 1}
            </button>
          ))}
        </span>
      )}
      <span className="toolbar-group">
        <button type="button" className="icon-btn" disabled={!canUndo} onClick={undo} aria-label="Undo" title="Undo (Ctrl/Cmd+Z)">↶</button>
        <button type="button" className="icon-btn" disabled={!canRedo} onClick={redo} aria-label="Redo" title="Redo (Ctrl/Cmd+Shift+Z)">↷</button>
      </span>
      <button type="button" className="text-btn" onClick={resetToDefault} title="Start again from the suggested picks (undoable)">Reset</button>
      <button type="button" className="icon-btn" onClick={closeGroup} aria-label="Close this comparison" title="Close this comparison">✕</button>
    </div>
  )
}
