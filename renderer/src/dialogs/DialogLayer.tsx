// Shows the session's open dialog (at most one) and hands the answer back.
import { useAppStore } from '../state/store'
import { ChoiceDialog } from './ChoiceDialog'
import { PathDialog } from './PathDialog'

export function DialogLayer() {
  const dialog = useAppStore((s) => s.dialog)
  const answer = useAppStore((s) => s.answerDialog)
  if (!dialog) return null
  if (dialog.kind === 'choice') {
    const q = dialog.question
    return (
      <ChoiceDialog key={dialog.id} title={q.title} choices={q.choices} onChoose={(value) => answer(dialog.id, value)} testId={q.testId}>
        <p className="am-dialog-message">{q.message}</p>
        {q.path ? <p className="am-dialog-path">{q.path}</p> : null}
      </ChoiceDialog>
    )
  }
  const q = dialog.question
  return (
    <PathDialog
      key={dialog.id}
      title={q.title}
      label={q.label}
      initialValue={q.initialValue}
      confirmLabel={q.confirmLabel}
      hint={q.hint}
      initialError={q.initialError ?? null}
      onSubmit={async (path) => {
        answer(dialog.id, path)
        return null
      }}
      onCancel={() => answer(dialog.id, null)}
    />
  )
}
