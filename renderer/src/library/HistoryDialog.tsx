// The opened folders' history: every step written there by the app or by `agent-merge
// consolidate`, newest first, each with an Undo (refused, with why, when a file changed since).
import { useCallback, useEffect, useState } from 'react'
import { relativeTo } from '../../../shared/engine/consolidate'
import { Dialog } from '../dialogs/Dialog'
import { useAppStore } from '../state/store'
import { loadFolderHistory, stepBlocked, stepTitle, undoHistoryStep, type FolderHistory, type HistoryStep } from './folder-history'
import type { LibraryDialog } from './library-slice'

const get = useAppStore.getState

function counts(step: HistoryStep): string {
  const parts = [`${step.archived.length} archived`, `${step.written.length} written`]
  if (step.decisions > 0) parts.push(`${step.decisions} saved ${step.decisions === 1 ? 'decision' : 'decisions'}`)
  return parts.join(', ')
}

function StepRow({ step, busy, onUndo }: { step: HistoryStep; busy: boolean; onUndo: () => void }) {
  const rel = (path: string) => relativeTo(step.folder, path) ?? path
  const title = stepTitle(step)
  const blocked = stepBlocked(step, rel)
  return (
    <li className="history-step">
      <div className="history-main">
        <span className="history-title">{title}</span>
        <span className="history-meta">
          <time dateTime={new Date(step.createdAt).toISOString()}>{new Date(step.createdAt).toLocaleString()}</time> · {counts(step)} · <code>{step.id}</code>
        </span>
        {blocked && <span className="history-blocked">Cannot undo: {blocked}</span>}
      </div>
      <button type="button" className="am-btn" disabled={busy || blocked !== null} onClick={onUndo} aria-label={`Undo ${title}`} title="Files back byte for byte, saved decisions as they were">
        Undo
      </button>
    </li>
  )
}

export function HistoryDialog({ dialog }: { dialog: Extract<LibraryDialog, { kind: 'history' }> }) {
  const [history, setHistory] = useState<FolderHistory | null>(null)
  const [busy, setBusy] = useState(false)
  const close = () => get().answerLibrary(dialog.id, null)
  const reload = useCallback(() => {
    void loadFolderHistory(get).then(setHistory)
  }, [])
  useEffect(reload, [reload])
  const undo = async (step: HistoryStep) => {
    setBusy(true)
    await undoHistoryStep(get, step)
    setBusy(false)
    reload()
  }
  return (
    <Dialog
      title="History of the opened folders"
      onCancel={close}
      size="large"
      testId="history-dialog"
      actions={
        <button type="button" className="am-btn" onClick={close}>
          Close
        </button>
      }
    >
      <p>
        Every step written here, by the app or by <code>agent-merge consolidate</code>, newest first (kept in <code>.agent-merge/runs/</code>). Undo puts its files back byte for byte and its
        saved decisions as they were; <code>agent-merge undo &lt;folder&gt; &lt;id&gt;</code> does the same.
      </p>
      {history?.problems.map((p) => (
        <p key={p} className="library-problems" role="alert">
          {p}
        </p>
      ))}
      {history === null ? (
        <p role="status">Reading the history…</p>
      ) : history.steps.length === 0 ? (
        <p className="empty-state">No step was written in the opened folders: nothing to undo.</p>
      ) : (
        <ol className="history-list" aria-label="Steps, newest first">
          {history.steps.map((step) => (
            <StepRow key={`${step.folder}\n${step.id}`} step={step} busy={busy} onUndo={() => void undo(step)} />
          ))}
        </ol>
      )}
    </Dialog>
  )
}
