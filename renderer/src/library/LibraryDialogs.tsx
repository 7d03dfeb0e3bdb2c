// The library's dialogs: which variant to keep, the renames, the preview of "apply proposals
// to the remaining groups", and the folders' history. Each is answered once (a string, or null when dismissed).
import { useState } from 'react'
import { Dialog } from '../dialogs/Dialog'
import { useAppStore } from '../state/store'
import { HistoryDialog } from './HistoryDialog'
import type { LibraryDialog } from './library-slice'

const get = useAppStore.getState

function KeepDialog({ dialog }: { dialog: Extract<LibraryDialog, { kind: 'keep' }> }) {
  const [choice, setChoice] = useState(dialog.entry.files[0]!.path)
  const answer = (value: string | null) => get().answerLibrary(dialog.id, value)
  const others = dialog.entry.files.length - 1
  return (
    <Dialog
      title={`Keep one ${dialog.entry.key}`}
      onCancel={() => answer(null)}
      size="large"
      testId="keep-one-dialog"
      initialFocus="input[type=radio]:checked"
      actions={
        <>
          <button type="button" className="am-btn" onClick={() => answer(null)}>Cancel</button>
          <button type="button" className="am-btn am-btn-primary" onClick={() => answer(choice)}>
            Keep it, archive {others} {others === 1 ? 'other' : 'others'}
          </button>
        </>
      }
    >
      <p>The variant you keep stays where it is; the others move to <code>.agent-merge-archive</code> beside them (Undo puts them back).</p>
      <fieldset className="keep-list">
        <legend className="visually-hidden">Variant to keep</legend>
        {dialog.entry.files.map((file, i) => (
          <label key={file.path} className="keep-option">
            <input
              type="radio"
              name="keep"
              value={file.path}
              checked={choice === file.path}
              onChange={() => setChoice(file.path)}
              onKeyDown={(e) => {
                if (e.key === 'Enter') {
                  e.preventDefault()
                  answer(choice)
                }
              }}
            />
            <span className="variant-chip" style={{ ['--vc' as string]: `var(--v${i % 20})` }}>{i + 1}</span>
            <span className="keep-path">{file.relPath}</span>
            {file.broken && <span className="queue-tag queue-broken">broken frontmatter</span>}
          </label>
        ))}
      </fieldset>
    </Dialog>
  )
}

function RenameDialog({ dialog }: { dialog: Extract<LibraryDialog, { kind: 'rename' }> }) {
  const answer = (value: string | null) => get().answerLibrary(dialog.id, value)
  return (
    <Dialog
      title={`Keep every ${dialog.entry.key} under its own name`}
      onCancel={() => answer(null)}
      size="large"
      testId="rename-dialog"
      actions={
        <>
          <button type="button" className="am-btn" onClick={() => answer(null)}>Cancel</button>
          <button type="button" className="am-btn am-btn-primary" onClick={() => answer('ok')}>
            Rename {dialog.renames.length} files
          </button>
        </>
      }
    >
      <p>Each variant gets a unique name from its folder or collection, written into <code>name</code> (strict YAML) and into the file name where it carried the old name. The originals are archived; Undo puts them back.</p>
      <table className="library-table">
        <thead>
          <tr>
            <th scope="col">File</th>
            <th scope="col">New name</th>
            <th scope="col">Written to</th>
          </tr>
        </thead>
        <tbody>
          {dialog.renames.map((r) => (
            <tr key={r.path}>
              <td className="mono">{r.relPath}</td>
              <td className="mono">
                <del>{r.oldName}</del> → <strong>{r.newName}</strong>
              </td>
              <td className="mono">{r.newRelPath === r.relPath ? 'the same file' : r.newRelPath}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Dialog>
  )
}

function ApplyDialog({ dialog }: { dialog: Extract<LibraryDialog, { kind: 'apply' }> }) {
  const answer = (value: string | null) => get().answerLibrary(dialog.id, value)
  const n = dialog.plans.length
  const files = dialog.plans.reduce((sum, p) => sum + p.plan.paths.length, 0)
  const relOf = (path: string, entryFiles: readonly { path: string; relPath: string }[]) => entryFiles.find((f) => f.path === path)?.relPath ?? path
  return (
    <Dialog
      title={`Apply the proposals to ${n} ${n === 1 ? 'group' : 'groups'}`}
      onCancel={() => answer(null)}
      size="full"
      testId="apply-preview-dialog"
      actions={
        <>
          <button type="button" className="am-btn" onClick={() => answer(null)}>Cancel</button>
          <button type="button" className="am-btn am-btn-primary" disabled={n === 0} onClick={() => answer('ok')}>
            Merge {n} {n === 1 ? 'group' : 'groups'}
          </button>
        </>
      }
    >
      <p>
        For each group the merged file is written at its base variant's path and its {files} variant files are archived, as one step: one Undo puts every file back.
      </p>
      {dialog.notApplied.length > 0 && (
        <div className="library-notapplied" role="note">
          <strong>Left as they are ({dialog.notApplied.length}):</strong>
          <ul>
            {dialog.notApplied.map((x) => (
              <li key={x.key}>
                {x.key}: {x.why}
              </li>
            ))}
          </ul>
        </div>
      )}
      <table className="library-table apply-table">
        <thead>
          <tr>
            <th scope="col">Group</th>
            <th scope="col">Base (written here)</th>
            <th scope="col">Rows added</th>
            <th scope="col">Left out</th>
          </tr>
        </thead>
        <tbody>
          {dialog.plans.map(({ entry, plan }) => (
            <tr key={entry.id}>
              <th scope="row">{entry.key}</th>
              <td className="mono" title={plan.baseReason}>{relOf(plan.basePath, entry.files)}</td>
              <td className="num">{plan.rowsAdded}</td>
              <td>
                {plan.leftOut.length === 0 ? (
                  'nothing'
                ) : (
                  <details>
                    <summary>{plan.leftOut.length}</summary>
                    <ul className="leftout-list">
                      {plan.leftOut.map((line, i) => (
                        <li key={i}>{line}</li>
                      ))}
                    </ul>
                  </details>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Dialog>
  )
}

export function LibraryDialogs() {
  const dialog = useAppStore((s) => s.libraryDialog)
  if (!dialog) return null
  switch (dialog.kind) {
    case 'keep':
      return <KeepDialog key={dialog.id} dialog={dialog} />
    case 'rename':
      return <RenameDialog key={dialog.id} dialog={dialog} />
    case 'apply':
      return <ApplyDialog key={dialog.id} dialog={dialog} />
    case 'history':
      return <HistoryDialog key={dialog.id} dialog={dialog} />
  }
}
