// A cell's text marked word by word against its row's reference, or shown plainly with a note
// saying why: too large to diff, or so little shared that marks would cover everything. Section
// and key cells show their differences this same way.
import type { WordDiff } from '../../../shared/engine/alignment-model'
import { useAppStore } from '../state/store'
import { LOW_OVERLAP, sharedRatio } from './diff-overlap'
import { DiffText } from './DiffText'

export function DiffedText({ diff, text, className }: { diff: WordDiff; text: string; className: string }) {
  const showRemoved = useAppStore((s) => s.showRemovedWords)
  if (diff.kind === 'tooLarge') {
    return (
      <>
        <p className="too-large-note" title={`Not diffed: ${diff.reason}`}>Too large to diff word by word; open the side-by-side diff (⇄).</p>
        <pre className={className}>{text}</pre>
      </>
    )
  }
  const shared = sharedRatio(diff.parts)
  if (shared < LOW_OVERLAP) {
    return (
      <>
        <p className="low-overlap-note" title="So little is shared with the reference that word marks would cover everything; ⇄ compares side by side">Differs throughout · {Math.round(shared * 100)}% in common</p>
        <pre className={className}>{text}</pre>
      </>
    )
  }
  return (
    <pre className={className}>
      <DiffText diff={diff} showRemoved={showRemoved} />
    </pre>
  )
}
