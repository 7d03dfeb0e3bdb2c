// What consolidating one group writes and archives, decided from a saved decision or a policy.
// Pure: the caller reads the files, then carries the plan out (the CLI in one archive operation,
// the app as one undoable step). Paths are the documents' paths.

import { alignRows } from '../align/align-variants'
import { DocumentTokens } from '../align/document-tokens'
import type { AgentDocument, Diagnostic } from '../model'
import { NAMED_FORMATS } from '../lint/known-keys'
import { tooComplexDiagnostic } from '../parse/parse-document'
import { applyRecipe } from '../recipe/apply-recipe'
import { checkRecipe } from '../recipe/check-recipe'
import { defaultRecipe } from '../recipe/default-recipe'
import { takeAllFrom, withChoice } from '../recipe/recipe-edits'
import type { Recipe } from '../recipe/recipe-model'
import type { MergePolicy, MergeProposal, ProposeOptions } from './consolidate-model'
import { proposeMerge } from './propose-merge'
import { relativeTo, type SavedDecision } from './saved-decision'
import { isValidAgentName, renamedPath } from './suggest-renames'

export interface WrittenFile {
  readonly path: string
  readonly text: string
  /** The member whose file this replaces (written at its path or at its renamed path). */
  readonly from: number
}

export type GroupPlan =
  | {
      readonly kind: 'merge'
      readonly source: 'policy' | 'saved'
      readonly base: number
      readonly baseReason: string
      /** The policy's proposal (reasons and what is left out); null for a saved recipe. */
      readonly proposal: MergeProposal | null
      readonly write: WrittenFile
      /** Every member: the merged file replaces the base, the others go. */
      readonly archive: readonly string[]
      readonly diagnostics: readonly Diagnostic[]
    }
  | { readonly kind: 'keep'; readonly source: 'saved'; readonly keep: number; readonly archive: readonly string[] }
  | { readonly kind: 'rename'; readonly source: 'saved' | 'policy'; readonly writes: readonly WrittenFile[]; readonly archive: readonly string[]; readonly names: readonly string[] }
  | { readonly kind: 'skip'; readonly source: 'saved' }
  | { readonly kind: 'unresolved'; readonly why: string }

export interface PlanInput {
  /** The group's members (paths as the caller reads them). */
  readonly docs: readonly AgentDocument[]
  /** The opened folder the decision's relative paths are under. */
  readonly folder: string
  readonly decision?: SavedDecision | null
  readonly policy?: MergePolicy
  readonly mtimes?: readonly (number | null)[]
  /** See ProposeOptions.recipeHashes: false when the proposal's recipe is never saved. */
  readonly recipeHashes?: boolean
}

export function planGroup(input: PlanInput): GroupPlan {
  const { docs, folder, decision } = input
  const paths = docs.map((d) => d.path)
  if (!decision) return planProposal(docs, { policy: input.policy ?? 'propose', ...(input.mtimes ? { mtimes: input.mtimes } : {}), recipeHashes: input.recipeHashes ?? true })
  const rel = paths.map((p) => relativeTo(folder, p))
  const member = (path: string): number => rel.indexOf(path)
  const resolution = decision.resolution
  switch (resolution.kind) {
    case 'skip': {
      // As in the app's queue: a skip holds while the group has the files skipped.
      const other = otherMembers(decision, rel)
      return other ? { kind: 'unresolved', why: other } : { kind: 'skip', source: 'saved' }
    }
    case 'keep': {
      const keep = member(resolution.keep)
      if (keep < 0) return { kind: 'unresolved', why: `the saved decision keeps ${resolution.keep}, which is not in the group any more` }
      const stale = staleMembers(decision, docs, rel)
      if (stale) return { kind: 'unresolved', why: stale }
      return { kind: 'keep', source: 'saved', keep, archive: paths.filter((_, i) => i !== keep) }
    }
    case 'rename': {
      const stale = staleMembers(decision, docs, rel)
      if (stale) return { kind: 'unresolved', why: stale }
      const names = docs.map((_, i) => resolution.renames.find((r) => r.path === rel[i])?.name ?? null)
      const missing = names.findIndex((n) => n === null)
      if (missing >= 0) return { kind: 'unresolved', why: `the saved renames do not name ${rel[missing]}` }
      const bad = names.find((n) => !isValidAgentName(n!))
      if (bad !== undefined) return { kind: 'unresolved', why: `the saved name "${bad}" is not valid (lowercase letters, digits and hyphens)` }
      const twice = names.find((n, i) => names.indexOf(n) !== i)
      if (twice != null) return { kind: 'unresolved', why: `the saved renames name ${names.filter((n) => n === twice).length} files "${twice}"` }
      return renamePlan(docs, names as string[], 'saved')
    }
    case 'merge':
      return planSavedMerge(docs, rel, resolution.recipe)
  }
}

function planProposal(docs: readonly AgentDocument[], options: ProposeOptions): GroupPlan {
  const tokens = new DocumentTokens()
  // (No row statuses: the proposal and the merged text do not read them.)
  const alignment = alignRows(docs, tokens)
  const proposal = proposeMerge(docs, alignment, options, tokens)
  const result = applyRecipe(proposal.recipe, docs, alignment)
  const errors = result.diagnostics.filter((d) => d.severity === 'error' && d.code.startsWith('unresolved'))
  if (errors.length > 0) return { kind: 'unresolved', why: `the proposal does not apply: ${errors[0]!.message}` }
  const unreadable = tooComplex(result.diagnostics)
  if (unreadable) return { kind: 'unresolved', why: unreadable }
  return {
    kind: 'merge',
    source: 'policy',
    base: proposal.base,
    baseReason: proposal.baseReason,
    proposal,
    write: { path: docs[proposal.base]!.path, text: result.text, from: proposal.base },
    archive: docs.map((d) => d.path),
    diagnostics: result.diagnostics,
  }
}

function planSavedMerge(docs: readonly AgentDocument[], rel: readonly (string | null)[], saved: Recipe): GroupPlan {
  const order = saved.sources.map((s) => rel.indexOf(s.path))
  const gone = saved.sources.find((_, i) => order[i]! < 0)
  if (gone) return { kind: 'unresolved', why: `the saved recipe names ${gone.path}, which is not in the group any more` }
  const added = rel.find((p, i) => !order.includes(i))
  if (added !== undefined) return { kind: 'unresolved', why: `${added ?? 'a file'} joined the group after the recipe was saved; review the group in the app` }
  const ordered = order.map((i) => docs[i]!)
  const alignment = alignRows(ordered)
  const recipe: Recipe = { ...saved, sources: ordered.map((d) => ({ path: d.path, hash: d.hash })) }
  const check = checkRecipe({ ...recipe, sources: saved.sources.map((s, i) => ({ path: ordered[i]!.path, hash: s.hash })) }, ordered, alignment)
  const broken = [...check.unresolved, ...check.changedUpstream, ...check.keysUnresolved, ...check.keysChangedUpstream]
  if (broken.length > 0) return { kind: 'unresolved', why: `the sources changed since the recipe was saved (${broken.slice(0, 3).join(', ')}${broken.length > 3 ? ', …' : ''}); review the group in the app` }
  const result = applyRecipe(recipe, ordered, alignment)
  if (result.undecidedRows.length + result.undecidedKeys.length > 0) return { kind: 'unresolved', why: `the saved recipe leaves ${result.undecidedRows.length + result.undecidedKeys.length} rows or keys undecided` }
  const errors = result.diagnostics.filter((d) => d.severity === 'error' && d.code.startsWith('unresolved'))
  if (errors.length > 0) return { kind: 'unresolved', why: `the saved recipe does not apply: ${errors[0]!.message}` }
  const unreadable = tooComplex(result.diagnostics)
  if (unreadable) return { kind: 'unresolved', why: unreadable }
  const base = recipe.base ?? 0
  return {
    kind: 'merge',
    source: 'saved',
    base: order[base]!,
    baseReason: 'the saved recipe',
    proposal: null,
    write: { path: ordered[base]!.path, text: result.text, from: order[base]! },
    archive: docs.map((d) => d.path),
    diagnostics: result.diagnostics,
  }
}

/** Why a merged text cannot be written: past a bound of what the engine reads (more sections
 *  than it reads, say), the file would be listed as not loaded by every later scan. */
function tooComplex(diagnostics: readonly Diagnostic[]): string | null {
  const d = tooComplexDiagnostic(diagnostics)
  return d ? `the merged file would be ${d.message.split(';')[0]}` : null
}

/** Every member renamed: its `name` rewritten (added for formats named by it), and its file (or
 *  skill folder) renamed when it carried the old name. */
export function renamePlan(docs: readonly AgentDocument[], names: readonly string[], source: 'saved' | 'policy'): GroupPlan {
  const writes: WrittenFile[] = docs.map((doc, i) => ({ path: renamedPath(doc.path, doc.name ?? doc.identity, names[i]!).newPath, text: renamedText(doc, names[i]!), from: i }))
  return { kind: 'rename', source, writes, archive: docs.map((d) => d.path), names }
}

/** The document with `name` set to `name` (its frontmatter written as strict YAML). */
export function renamedText(doc: AgentDocument, name: string): string {
  const alignment = alignRows([doc])
  let recipe = takeAllFrom(defaultRecipe([doc], alignment, { hashes: false }), alignment, 0)
  const hasName = doc.frontmatter?.entries.some((e) => e.key === 'name') ?? false
  if (!hasName && !NAMED_FORMATS.has(doc.format)) return applyRecipe(recipe, [doc], alignment).text
  recipe = withChoice(recipe, { kind: 'key', key: 'name' }, { kind: 'custom', text: name })
  if (!hasName) recipe = { ...recipe, keys: [recipe.keys.at(-1)!, ...recipe.keys.slice(0, -1)] }
  return applyRecipe(recipe, [doc], alignment).text
}

/** Why a saved decision no longer fits the group's files, or null when it does. */
function staleMembers(decision: SavedDecision, docs: readonly AgentDocument[], rel: readonly (string | null)[]): string | null {
  for (const m of decision.members) {
    const i = rel.indexOf(m.path)
    if (i >= 0 && docs[i]!.hash !== m.hash) return `${m.path} changed since the decision was saved; review the group in the app`
  }
  return otherMembers(decision, rel)
}

/** Why the group's files are not the decision's (one gone, one joined), or null. */
function otherMembers(decision: SavedDecision, rel: readonly (string | null)[]): string | null {
  const gone = decision.members.find((m) => !rel.includes(m.path))
  if (gone) return `${gone.path} is not in the group any more`
  const added = rel.find((p) => !decision.members.some((m) => m.path === p))
  return added === undefined ? null : `${added ?? 'a file'} joined the group after the decision was saved; review it in the app`
}
