// An editable Monaco editor for one row's or key's custom text. Uncontrolled: it starts from
// `initialText` and reports every change; Ctrl/Cmd+Enter calls `onSubmit`.
import { useEffect, useRef } from 'react'
import { setUpMonaco } from './monaco-setup'
import { useEditorTheme } from './use-editor-theme'
import './monaco.css'

export interface CodeEditorProps {
  readonly initialText: string
  readonly language: 'markdown' | 'yaml' | 'plaintext'
  readonly onChange: (text: string) => void
  readonly onSubmit?: () => void
  readonly ariaLabel: string
}

export function CodeEditor({ initialText, language, onChange, onSubmit, ariaLabel }: CodeEditorProps) {
  const hostRef = useRef<HTMLDivElement>(null)
  const changeRef = useRef(onChange)
  const submitRef = useRef(onSubmit)
  useEffect(() => {
    changeRef.current = onChange
    submitRef.current = onSubmit
  }, [onChange, onSubmit])
  const theme = useEditorTheme()

  useEffect(() => {
    const monaco = setUpMonaco()
    const host = hostRef.current
    if (!host) return
    // YAML has no grammar in the lean bundle: plain text keeps it honest.
    const model = monaco.editor.createModel(initialText, language === 'markdown' ? 'markdown' : 'plaintext')
    const editor = monaco.editor.create(host, {
      model,
      automaticLayout: true,
      minimap: { enabled: false },
      wordWrap: 'on',
      scrollBeyondLastLine: false,
      fontSize: 12.5,
      ariaLabel,
      tabFocusMode: false,
    })
    const sub = model.onDidChangeContent(() => changeRef.current(model.getValue()))
    editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, () => submitRef.current?.())
    editor.focus()
    return () => {
      sub.dispose()
      editor.dispose()
      model.dispose()
    }
    // The editor is created once per mount; later prop changes do not reset the user's text.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  useEffect(() => {
    setUpMonaco().editor.setTheme(theme)
  }, [theme])

  return <div className="am-monaco-host" ref={hostRef} data-testid="code-editor" />
}
