// A section cell's text, with word differences against the row's reference.
import { cachedWordDiff } from './diff-cache'
import { DiffText } from './DiffText'
import { displayText } from './cell-text'
import { useAppStore } from '../state/store'

interface SectionCellBodyProps {
  readonly text: string
  readonly referenceText: string | null
  readonly isReference: boolean
  readonly cacheKey: string
}

export function SectionCellBody({ text, referenceText, isReference, cacheKey }: SectionCellBodyProps) {
  const showRemoved = useAppStore((s) => s.showRemovedWords)
  const shown = displayText(text)
  if (isReference || referenceText === null || referenceText === text) {
    return <pre className="cell-text">{shown}</pre>
  }
  const diff = cachedWordDiff(cacheKey, displayText(referenceText), shown)
  if (diff.kind === 'tooLarge') {
    return (
      <>
        <p className="too-large-note" title={diff.reason}>Too large to diff word by word; open the side-by-side diff (⇄).</p>
        <pre className="cell-text">{shown}</pre>
      </>
    )
  }
  return (
    <pre className="cell-text">
      <DiffText diff={diff} showRemoved={showRemoved} />
    </pre>
  )
}
