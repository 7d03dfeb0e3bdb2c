// A section cell's text, with word differences against the row's reference.
import { useWordDiff } from './diff-cache'
import { DiffedText } from './DiffedText'
import { displayText } from './cell-text'

interface SectionCellBodyProps {
  readonly text: string
  readonly referenceText: string | null
  readonly isReference: boolean
  readonly cacheKey: string
}

export function SectionCellBody({ text, referenceText, isReference, cacheKey }: SectionCellBodyProps) {
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
  return <DiffedText diff={diff} text={shown} className="cell-text" />
}
