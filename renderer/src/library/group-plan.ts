// What resolving one group writes, computed before anything is written: the proposal (by the
// engine's policy, shared/engine/consolidate), the merged text, where it goes (the base
// variant's path) and the counts the preview shows. Pure.
import type { Alignment } from '../../../shared/engine/alignment-model'
import { planGroup, proposeMerge, type MergeProposal, type SavedDecision } from '../../../shared/engine/consolidate'
import type { AgentDocument } from '../../../shared/engine/model'
import { applyRecipe } from '../../../shared/engine/recipe/apply-recipe'
import type { Recipe } from '../../../shared/engine/recipe/recipe-model'

export interface MergePlan {
  readonly paths: readonly string[]
  readonly hashes: readonly string[]
  readonly recipe: Recipe
  /** Where the merged file is written: the base variant's path (the others are archived). */
  readonly basePath: string
  readonly baseReason: string
  readonly text: string
  /** Rows taken from a variant other than the base. */
  readonly rowsAdded: number
  /** Whole rows and other variants' versions the result does not carry, with why. */
  readonly leftOut: readonly string[]
  /** Errors of the merged file (strict YAML, required keys): a plan with any is not written. */
  readonly errors: readonly string[]
}

export function proposalOf(docs: readonly AgentDocument[], alignment: Alignment): MergeProposal {
  return proposeMerge(docs, alignment, { policy: 'propose' })
}

/** The plan for a recipe (a proposal, or the user's own picks) over the group's documents. */
export function mergePlan(docs: readonly AgentDocument[], alignment: Alignment, recipe: Recipe, proposal: MergeProposal | null): MergePlan {
  const base = recipe.base ?? 0
  const result = applyRecipe(recipe, docs, alignment)
  const rowsAdded = recipe.rows.filter((r) => (r.pick.kind === 'variant' && r.pick.variant !== base) || r.pick.kind === 'combine').length
  const leftOut = proposal && proposal.recipe === recipe ? proposal.leftOut.map(leftOutLine) : []
  return {
    paths: docs.map((d) => d.path),
    hashes: docs.map((d) => d.hash),
    recipe,
    basePath: docs[base]!.path,
    baseReason: proposal && proposal.recipe === recipe ? proposal.baseReason : `variant ${base + 1}, as you chose`,
    text: result.text,
    rowsAdded,
    leftOut,
    errors: result.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message),
  }
}

/** What "apply proposals" writes for a group: its saved merge recipe when it has one that still
 *  fits, else the policy's proposal (the engine's planGroup decides, as the CLI does). */
export function proposedPlan(docs: readonly AgentDocument[], folder: string, saved: SavedDecision | null): MergePlan | { readonly why: string } {
  const plan = planGroup({ docs, folder, decision: saved?.resolution.kind === 'merge' ? saved : null, policy: 'propose' })
  if (plan.kind === 'unresolved') return { why: plan.why }
  if (plan.kind !== 'merge') return { why: `its saved decision is ${plan.kind}, not a merge` }
  const proposal = plan.proposal
  const base = plan.base
  return {
    paths: docs.map((d) => d.path),
    hashes: docs.map((d) => d.hash),
    recipe: proposal?.recipe ?? savedRecipe(saved)!,
    basePath: plan.write.path,
    baseReason: plan.baseReason,
    text: plan.write.text,
    rowsAdded: proposal ? proposal.rows.filter((r) => r.taken !== null && r.taken !== base).length : 0,
    leftOut: proposal ? proposal.leftOut.map(leftOutLine) : [],
    errors: plan.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message),
  }
}

function savedRecipe(saved: SavedDecision | null): Recipe | null {
  return saved?.resolution.kind === 'merge' ? saved.resolution.recipe : null
}

function leftOutLine(item: MergeProposal['leftOut'][number]): string {
  switch (item.kind) {
    case 'row':
    case 'version':
      return `${item.title || '(untitled)'}: ${item.reason}`
    case 'key':
    case 'items':
      return `${item.key}: ${item.reason}`
  }
}
