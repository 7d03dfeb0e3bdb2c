// A section cell's text, with word differences against the row's reference.
import { useWordDiff } from './diff-cache'
import { LOW_OVERLAP, sharedRatio } from './diff-overlap'
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
  const plain = isReference || referenceText === null || referenceText === text
  const diff = useWordDiff(cacheKey, plain ? null : displayText(referenceText), shown)
  if (plain) return <pre className="cell-text">{shown}</pre>
  if (!diff) {
    return (
      <>
        <p className="pending-note" role="status">Comparing with the reference…</p>
        <pre className="cell-text">{shown}</pre>
      </>
    )
  }
  if (diff.kind === 'tooLarge') {
    return (
      <>
        <p className="too-large-note" title={diff.reason}>Too large to diff word by word; open the side-by-side diff (⇄).</p>
        <pre className="cell-text">{shown}</pre>
      </>
    )
  }
  const shared = sharedRatio(diff.parts)
  if (shared < LOW_OVERLAP) {
    // Marking nearly every word helps nobody: say so and show the text plainly.
    return (
      <>
        <p className="low-overlap-note" title="So little is shared with the reference that word marks would cover everything; ⇄ compares side by side">Differs throughout · {Math.round(shared * 100)}% in common</p>
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
