// The merged file: toolbar, notices, a live read-only Monaco view coloured by origin variant, and
// its validation underneath (click to jump). Editing happens per row (custom edit), never here,
// so the result always says exactly what the picks produce.
import { useCallback, useEffect, useMemo, useState } from 'react'
import { MergedEditor } from '../monaco/MergedEditor'
import type { OriginLineRange } from '../monaco/origin-lines'
import { useAppStore } from '../state/store'
import { mergeResultOf } from './merge-result'
import { ResultToolbar } from './ResultToolbar'
import { SessionBanners } from './SessionBanners'
import { ValidationList } from './ValidationList'
import { validationItems, type ValidationItem } from './validation-items'
import { useResultServices } from './use-result-services'
import './result.css'

function shortPath(path: string): string {
  return path.split(/[\\/]/).slice(-2).join('/')
}

export function ResultPane() {
  useResultServices()
  const merge = useAppStore((s) => s.merge)
  const recipe = useAppStore((s) => s.recipe)
  const focusRow = useAppStore((s) => s.focusRow)
  const savedTo = useAppStore((s) => (s.merge ? (s.savedTargets[s.merge.id]?.path ?? null) : null))
  const [reveal, setReveal] = useState<{ line: number } | null>(null)

  const result = useMemo(() => (merge && recipe ? mergeResultOf(recipe, merge.docs, merge.alignment) : null), [merge, recipe])
  const items = useMemo(() => (merge && result ? validationItems(result, merge.alignment) : []), [merge, result])
  const labels = useMemo(() => (merge ? merge.docs.map((d, i) => `variant ${i + 1}: ${shortPath(d.path)}`) : []), [merge])

  const onOriginClick = useCallback(
    (range: OriginLineRange) => {
      if (range.row !== undefined) focusRow({ kind: 'section', row: range.row })
      else if (range.key !== undefined) focusRow({ kind: 'key', key: range.key })
    },
    [focusRow],
  )
  const onSelect = useCallback(
    (item: ValidationItem) => {
      if (item.target) focusRow(item.target)
      if (item.line != null) setReveal({ line: item.line })
    },
    [focusRow],
  )

  // Mark the pane ready for tests and the UI bench once the merged text is on screen.
  const [painted, setPainted] = useState<string | null>(null)
  // The editor is made a task after the grid (MergedEditor): ready when it shows the text too.
  const [shown, setShown] = useState<string | null>(null)
  const mergeId = merge?.id ?? null
  const onShown = useCallback(() => requestAnimationFrame(() => setShown(mergeId)), [mergeId])
  useEffect(() => {
    if (!merge) return
    const id = requestAnimationFrame(() => {
      setPainted(merge.id)
      // The UI bench's "pick -> result updated": the frame after the new result was committed.
      performance.clearMarks('agent-merge:result-painted')
      performance.mark('agent-merge:result-painted')
    })
    return () => cancelAnimationFrame(id)
  }, [merge, result])

  return (
    <section className="result-pane" aria-label="Merged result" data-ready={merge && painted === merge.id && shown === merge.id ? 'true' : undefined}>
      <div className="pane-header">
        <span>Result</span>
        {result ? (
          <span className="am-result-meta" aria-live="polite" title={savedTo ?? undefined}>
            {result.text.split('\n').length} lines · read-only · {savedTo ? `saved as ${shortPath(savedTo)}` : 'not saved yet'}
          </span>
        ) : null}
      </div>
      <ResultToolbar disabled={!result} />
      <SessionBanners />
      {result && merge ? (
        <>
          <div className="am-result-editor">
            <MergedEditor text={result.text} origins={result.origins} variantLabels={labels} onOriginClick={onOriginClick} reveal={reveal} onShown={onShown} key={merge.id} />
          </div>
          <ValidationList items={items} onSelect={onSelect} />
        </>
      ) : (
        <p className="empty-state">Open a group of variants to build the merged agent here. Your picks appear live, coloured by the variant each part comes from.</p>
      )}
    </section>
  )
}
