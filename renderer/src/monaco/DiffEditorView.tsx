// Monaco's side-by-side diff editor for two read-only texts.
import { useEffect, useRef } from 'react'
import { setUpMonaco } from './monaco-setup'
import { useEditorTheme } from './use-editor-theme'
import './monaco.css'

export interface DiffEditorViewProps {
  readonly original: string
  readonly modified: string
  readonly ariaLabel: string
}

export function DiffEditorView({ original, modified, ariaLabel }: DiffEditorViewProps) {
  const hostRef = useRef<HTMLDivElement>(null)
  const theme = useEditorTheme()

  useEffect(() => {
    const monaco = setUpMonaco()
    const host = hostRef.current
    if (!host) return
    const left = monaco.editor.createModel(original, 'markdown')
    const right = monaco.editor.createModel(modified, 'markdown')
    const editor = monaco.editor.createDiffEditor(host, {
      readOnly: true,
      originalEditable: false,
      automaticLayout: true,
      renderSideBySide: true,
      useInlineViewWhenSpaceIsLimited: false,
      wordWrap: 'on',
      diffWordWrap: 'on',
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      fontSize: 12.5,
      ignoreTrimWhitespace: false,
      renderOverviewRuler: true,
      ariaLabel,
    })
    editor.setModel({ original: left, modified: right })
    editor.getModifiedEditor().focus()
    return () => {
      editor.dispose()
      left.dispose()
      right.dispose()
    }
  }, [original, modified, ariaLabel])

  useEffect(() => {
    setUpMonaco().editor.setTheme(theme)
  }, [theme])

  return <div className="am-monaco-host" ref={hostRef} data-testid="diff-editor" />
}
