// The mark on a compare row of a group opened from the library: "proposed" (with the proposal's
// reason) while the row holds the proposal's pick, "yours" once the user changed it.
import { useAppStore } from '../state/store'
import { pickLabel } from '../compare/labels'
import { selectProposalMarks } from './proposal-marks'

export function ProposalMarkBadge({ refKey }: { refKey: string }) {
  const mark = useAppStore((s) => selectProposalMarks(s)?.get(refKey) ?? null)
  if (!mark) return null
  return mark.asProposed ? (
    <span className="proposal-mark proposal-mark-proposed" title={`Proposed: ${mark.reason}`}>
      proposed
    </span>
  ) : (
    <span className="proposal-mark proposal-mark-yours" title={`Chosen by you; the proposal was: ${pickLabel(mark.proposed)} (${mark.reason})`}>
      yours
    </span>
  )
}
