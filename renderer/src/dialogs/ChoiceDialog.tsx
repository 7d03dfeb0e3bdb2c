// A question with a few answers (Overwrite / Save as… / Cancel, ...). The last choice is the
// default; 'danger' choices are never the default, so Enter cannot destroy anything.
import type { ReactNode } from 'react'
import { Dialog } from './Dialog'

export interface Choice<T extends string> {
  readonly value: T
  readonly label: string
  readonly tone?: 'primary' | 'danger' | 'plain'
}

export interface ChoiceDialogProps<T extends string> {
  readonly title: string
  readonly children: ReactNode
  readonly choices: readonly Choice<T>[]
  readonly onChoose: (value: T | null) => void
  readonly testId?: string
}

export function ChoiceDialog<T extends string>({ title, children, choices, onChoose, testId }: ChoiceDialogProps<T>) {
  const safeDefault = [...choices].reverse().find((c) => c.tone !== 'danger')
  return (
    <Dialog
      title={title}
      role="alertdialog"
      onCancel={() => onChoose(null)}
      testId={testId}
      initialFocus={safeDefault ? `[data-choice="${safeDefault.value}"]` : undefined}
      actions={choices.map((choice) => (
        <button
          key={choice.value}
          type="button"
          data-choice={choice.value}
          className={`am-btn ${choice.tone === 'primary' ? 'am-btn-primary' : choice.tone === 'danger' ? 'am-btn-danger' : ''}`}
          onClick={() => onChoose(choice.value)}
        >
          {choice.label}
        </button>
      ))}
    >
      {children}
    </Dialog>
  )
}
