// A cell's text with word-level changes against the reference marked.
import type { WordDiff } from '../../../shared/engine/alignment-model'

export function DiffText({ diff, showRemoved }: { diff: WordDiff; showRemoved: boolean }) {
  if (diff.kind === 'tooLarge') return null
  return (
    <>
      {diff.parts.map((part, i) => {
        if (part.op === 'same') return part.text // a bare text node: no element to create, style or remove
        if (part.op === 'add') return <ins key={i} className="diff-add">{part.text}</ins>
        if (showRemoved) return <del key={i} className="diff-remove">{part.text}</del>
        // A thin mark where the reference has words this cell lacks; hover shows them.
        return part.text.trim() ? (
          <del key={i} className="diff-gap" title={`Reference has: ${part.text.trim()}`} aria-label={`missing: ${part.text.trim()}`} />
        ) : null
      })}
    </>
  )
}
