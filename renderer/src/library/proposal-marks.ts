// Proposed vs. chosen: per row and key of the open group, the pick the proposal made, its reason,
// and whether the workspace's pick still is it. Memoised on the recipe and the proposal.
import type { MergeProposal } from '../../../shared/engine/consolidate'
import type { Choice, Recipe } from '../../../shared/engine/recipe/recipe-model'
import type { AppState } from '../state/store'

export interface ProposalMark {
  readonly proposed: Choice
  readonly reason: string
  /** The workspace's pick is the proposal's. */
  readonly asProposed: boolean
}

export function samePick(a: Choice, b: Choice): boolean {
  if (a.kind !== b.kind) return false
  switch (a.kind) {
    case 'variant':
      return a.variant === (b as typeof a).variant
    case 'combine':
      return a.variants.join(',') === (b as typeof a).variants.join(',')
    case 'custom':
      return a.text === (b as typeof a).text
    default:
      return true
  }
}

/** Keyed like rowRefKey: `row:<id>`, `key:<key>`. */
export function proposalMarks(proposal: MergeProposal, recipe: Recipe): Map<string, ProposalMark> {
  const marks = new Map<string, ProposalMark>()
  const rowReason = new Map(proposal.rows.map((r) => [r.row, r.reason]))
  const keyReason = new Map(proposal.keys.map((k) => [k.key, k.reason]))
  const rowPick = new Map(recipe.rows.map((r) => [r.row, r.pick]))
  const keyPick = new Map(recipe.keys.map((k) => [k.key, k.pick]))
  for (const r of proposal.recipe.rows) {
    const now = rowPick.get(r.row) ?? { kind: 'omit' }
    marks.set(`row:${r.row}`, { proposed: r.pick, reason: rowReason.get(r.row) ?? '', asProposed: samePick(now, r.pick) })
  }
  for (const k of proposal.recipe.keys) {
    const now = keyPick.get(k.key) ?? { kind: 'omit' }
    marks.set(`key:${k.key}`, { proposed: k.pick, reason: keyReason.get(k.key) ?? '', asProposed: samePick(now, k.pick) })
  }
  return marks
}

let last: { proposal: MergeProposal; recipe: Recipe; marks: Map<string, ProposalMark> } | null = null

export function selectProposalMarks(s: AppState): Map<string, ProposalMark> | null {
  const proposal = s.libraryGroup?.proposal
  if (!proposal || !s.recipe || s.merge === null) return null
  if (last && last.proposal === proposal && last.recipe === s.recipe) return last.marks
  last = { proposal, recipe: s.recipe, marks: proposalMarks(proposal, s.recipe) }
  return last.marks
}

/** How many rows and keys still hold the proposal's pick, and how many the user changed. */
export function markCounts(marks: Map<string, ProposalMark>): { proposed: number; yours: number } {
  let proposed = 0
  let yours = 0
  for (const m of marks.values()) if (m.asProposed) proposed++
  else yours++
  return { proposed, yours }
}
