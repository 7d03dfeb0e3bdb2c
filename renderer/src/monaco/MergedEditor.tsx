// The result's live, read-only Monaco view: Markdown highlighting plus a gutter bar per line in the
// colour of the variant the line came from (tooltip "from variant N: <file>"). Clicking a coloured
// bar asks the app to focus that row or key.
import { useEffect, useMemo, useRef, useState } from 'react'
import type { editor as MonacoEditor } from 'monaco-editor/editor/editor.api'
import type { Origin } from '../../../shared/engine/recipe/recipe-model'
import { setUpMonaco } from './monaco-setup'
import { originAtLine, originLineRanges, type OriginLineRange } from './origin-lines'
import { useEditorTheme } from './use-editor-theme'
import { originClassName } from './variant-colours'
import { textEdit } from './text-edit'
import './monaco.css'

export interface MergedEditorProps {
  readonly text: string
  readonly origins: readonly Origin[]
  /** Per variant: "variant 2: agents/backend-architect.md". */
  readonly variantLabels: readonly string[]
  readonly onOriginClick?: (range: OriginLineRange) => void
  /** Scroll to this 1-based line; a new object reveals again, even for the same line. */
  readonly reveal?: { readonly line: number } | null
  /** Called once the editor exists and shows the first text. */
  readonly onShown?: () => void
}

function tooltipFor(range: OriginLineRange, labels: readonly string[]): string {
  if (range.source === 'custom') return 'custom text you wrote'
  return `from ${labels[range.source] ?? `variant ${range.source + 1}`}`
}

/** A read-only Markdown editor in `host`; `onGutterClick` gets the line of a click on a gutter bar. */
function createMergedEditor(host: HTMLElement, onGutterClick: (line: number) => void) {
  const monaco = setUpMonaco()
  const model = monaco.editor.createModel('', 'markdown')
  const editor = monaco.editor.create(host, {
    model,
    readOnly: true,
    readOnlyMessage: { value: 'The merged file is read-only here: change it with picks, or edit a row as custom text.' },
    automaticLayout: true,
    minimap: { enabled: false },
    wordWrap: 'on',
    lineDecorationsWidth: 8,
    glyphMargin: false,
    scrollBeyondLastLine: false,
    renderLineHighlight: 'none',
    fontSize: 12.5,
    unicodeHighlight: { ambiguousCharacters: false, invisibleCharacters: true },
    ariaLabel: 'Merged file (read-only)',
  })
  const mouse = editor.onMouseDown((event) => {
    if (event.target.type !== monaco.editor.MouseTargetType.GUTTER_LINE_DECORATIONS) return
    const line = event.target.position?.lineNumber
    if (line != null) onGutterClick(line)
  })
  return {
    editor,
    decorations: editor.createDecorationsCollection(),
    dispose: () => {
      mouse.dispose()
      editor.dispose()
      model.dispose()
    },
  }
}

export function MergedEditor({ text, origins, variantLabels, onOriginClick, reveal, onShown }: MergedEditorProps) {
  const hostRef = useRef<HTMLDivElement>(null)
  const editorRef = useRef<MonacoEditor.IStandaloneCodeEditor | null>(null)
  const decorationsRef = useRef<MonacoEditor.IEditorDecorationsCollection | null>(null)
  const rangesRef = useRef<OriginLineRange[]>([])
  const clickRef = useRef(onOriginClick)
  useEffect(() => {
    clickRef.current = onOriginClick
  }, [onOriginClick])
  const theme = useEditorTheme()
  const ranges = useMemo(() => originLineRanges(text, origins), [text, origins])
  const [created, setCreated] = useState(false)
  const shownRef = useRef(onShown)
  useEffect(() => {
    shownRef.current = onShown
  }, [onShown])

  // The editor is made in a task of its own, after the group's grid has painted: made in the
  // same task as the grid (the one that commits a newly opened group), it was ~80 ms of a
  // 300 ms main-thread task at 20 variants.
  useEffect(() => {
    let dispose: (() => void) | null = null
    const timer = setTimeout(() => {
      const host = hostRef.current
      if (!host) return
      const made = createMergedEditor(host, (line) => {
        const range = originAtLine(rangesRef.current, line)
        if (range) clickRef.current?.(range)
      })
      editorRef.current = made.editor
      decorationsRef.current = made.decorations
      dispose = () => {
        made.dispose()
        editorRef.current = null
      }
      setCreated(true)
    }, 0)
    return () => {
      clearTimeout(timer)
      dispose?.()
    }
  }, [])

  useEffect(() => {
    setUpMonaco().editor.setTheme(theme)
  }, [theme])

  useEffect(() => {
    const editor = editorRef.current
    const model = editor?.getModel()
    if (!editor || !model) return
    if (model.getValueLength() === 0) {
      model.setValue(text) // the first text: its line ending becomes the model's
      shownRef.current?.()
    } else {
      // Only the changed span is replaced: a pick changes one row, and setValue made Monaco
      // tokenize and lay out the whole file again (most of a pick's time at 20 variants), then
      // re-render it all. The reader's place is kept as the lines around it stay. The model keeps
      // one line ending: compare in it, or every pick would differ from the first line break on.
      const edit = textEdit(model.getValue(), text.replace(/\r\n|\r|\n/g, model.getEOL()))
      if (edit) {
        const start = model.getPositionAt(edit.start)
        const end = model.getPositionAt(edit.end)
        model.applyEdits([{ range: { startLineNumber: start.lineNumber, startColumn: start.column, endLineNumber: end.lineNumber, endColumn: end.column }, text: edit.text }])
      }
    }
    rangesRef.current = ranges
    decorationsRef.current?.set(
      ranges.map((range) => ({
        range: { startLineNumber: range.startLine, startColumn: 1, endLineNumber: range.endLine, endColumn: 1 },
        options: {
          isWholeLine: true,
          linesDecorationsClassName: originClassName(range.source),
          linesDecorationsTooltip: tooltipFor(range, variantLabels),
        },
      })),
    )
  }, [text, ranges, variantLabels, created])

  useEffect(() => {
    const editor = editorRef.current
    if (!editor || !reveal) return
    editor.revealLineInCenter(reveal.line)
    editor.setSelection({ startLineNumber: reveal.line, startColumn: 1, endLineNumber: reveal.line, endColumn: 1 })
  }, [reveal, created])

  return <div className="am-monaco-host" ref={hostRef} data-testid="merged-editor" />
}
