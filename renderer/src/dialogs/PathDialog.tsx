// Asks for a file or folder path where the host has no native dialog (browser mode). The path is
// checked by the caller through the host; its error is shown under the field and the dialog stays.
import { useState, type FormEvent } from 'react'
import type { PathQuestion } from './asker'
import { Dialog } from './Dialog'

/** The question (shared with the Asker that raises it) plus what to do with an answer. */
export interface PathDialogProps extends PathQuestion {
  /** Resolves to an error message to show, or null when the path was accepted. */
  readonly onSubmit: (path: string) => Promise<string | null>
  readonly onCancel: () => void
}

export function PathDialog({ title, label, initialValue, confirmLabel, hint, initialError, onSubmit, onCancel }: PathDialogProps) {
  const [value, setValue] = useState(initialValue)
  const [error, setError] = useState<string | null>(initialError ?? null)
  const [busy, setBusy] = useState(false)

  async function submit(event: FormEvent): Promise<void> {
    event.preventDefault()
    const path = value.trim()
    if (!path) {
      setError('Enter a path.')
      return
    }
    setBusy(true)
    setError(null)
    try {
      const problem = await onSubmit(path)
      if (problem) setError(problem)
    } finally {
      setBusy(false)
    }
  }

  return (
    <Dialog title={title} onCancel={onCancel} testId="path-dialog">
      <form onSubmit={(e) => void submit(e)} className="am-dialog-form">
        <label className="am-dialog-field">
          {label}
          <input
            type="text"
            value={value}
            spellCheck={false}
            autoComplete="off"
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? 'am-path-error' : undefined}
            onChange={(e) => setValue(e.target.value)}
            onFocus={(e) => {
              // Select the file name (not the folder) so typing a new name is one step.
              const v = e.target.value
              const slash = Math.max(v.lastIndexOf('/'), v.lastIndexOf('\\'))
              const dot = v.lastIndexOf('.')
              e.target.setSelectionRange(slash + 1, dot > slash ? dot : v.length)
            }}
          />
        </label>
        {hint ? <p className="am-dialog-hint">{hint}</p> : null}
        {error ? (
          <p id="am-path-error" className="am-dialog-error" role="alert">
            {error}
          </p>
        ) : null}
        <div className="am-dialog-actions am-dialog-actions-inline">
          <button type="button" className="am-btn" onClick={onCancel}>
            Cancel
          </button>
          <button type="submit" className="am-btn am-btn-primary" disabled={busy}>
            {busy ? 'Working…' : confirmLabel}
          </button>
        </div>
      </form>
    </Dialog>
  )
}
