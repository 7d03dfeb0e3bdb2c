// Edit one row or key as custom text in Monaco, starting from its current pick. Apply makes it a
// `custom` pick (undoable like every pick); Cancel or Esc leaves the recipe untouched.
import { useCallback, useRef } from 'react'
import { Dialog } from '../dialogs/Dialog'
import type { CustomEditRequest } from '../state/slices/ui-slice'
import { CodeEditor } from './CodeEditor'

const HINT = {
  key: 'The YAML value only; it is written as strict YAML.',
  section: 'The whole section, heading included.',
} as const

export interface CustomEditDialogProps {
  readonly request: CustomEditRequest
  readonly onApply: (text: string) => void
  readonly onCancel: () => void
}

export function CustomEditDialog({ request, onApply, onCancel }: CustomEditDialogProps) {
  const textRef = useRef(request.initialText)
  const apply = useCallback(() => onApply(textRef.current), [onApply])
  const what = `${request.target.kind} “${request.title}”`
  return (
    <Dialog
      title={`Edit ${what} as custom text`}
      onCancel={onCancel}
      size="large"
      testId="custom-edit-dialog"
      actions={
        <>
          <span className="am-dialog-hint am-dialog-actions-note">
            {HINT[request.target.kind]}
          </span>
          <button type="button" className="am-btn" onClick={onCancel}>
            Cancel
          </button>
          <button type="button" className="am-btn am-btn-primary" onClick={apply}>
            Apply <kbd>Ctrl+Enter</kbd>
          </button>
        </>
      }
    >
      <div className="am-dialog-editor">
        <CodeEditor
          initialText={request.initialText}
          language={request.language}
          onChange={(text) => {
            textRef.current = text
          }}
          onSubmit={apply}
          ariaLabel={`Custom text for ${what}`}
        />
      </div>
    </Dialog>
  )
}
