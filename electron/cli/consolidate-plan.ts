// The plan of `agent-merge consolidate`: the folder read, grouped, and every group given a plan
// (from its saved decision in `.agent-merge/recipes/`, else the policy). Writes nothing.

import { lstat } from 'node:fs/promises'
import { resolve } from 'node:path'
import { decisionFileName, DECISIONS_FOLDER, duplicateGroups, parseSavedDecision, planGroup, relativeTo, type DuplicateGroup, type GroupPlan, type MergePolicy, type SavedDecision } from '../../shared/engine/consolidate'
import { readDecisions } from '../host/decisions'
import { entryRealPath } from '../host/entry-real-path'
import { keptLinkText, keptLinkToArchived } from '../host/kept-links'
import { groupInputFromDocument } from './engine'
import type { FolderLoad } from './folder-stream'
import { isProblem, type LoadedDocument, type LoadProblem } from './load-documents'
import { linksAmong, type MemberLink } from './member-links'
import { withoutRenameClashes } from './rename-clashes'

export interface GroupOutcome {
  readonly key: string
  readonly members: readonly LoadedDocument[]
  readonly plan: GroupPlan
  /** The saved decision file used, relative to the folder, when there was one. */
  readonly decisionFile: string | null
  /** Members that are links to another member (withMemberLinks). */
  readonly links?: readonly MemberLink[]
}

export interface ConsolidationPlan {
  readonly folder: string
  readonly docs: readonly LoadedDocument[]
  /** Every agent file found, read or not (binary, too large): what --out copies. */
  readonly files: readonly string[]
  readonly problems: readonly LoadProblem[]
  readonly groups: readonly GroupOutcome[]
  /** --only names that match no group. */
  readonly unknownNames: readonly string[]
}

/** The saved decisions of `folder`, by file name (the texts, not parsed yet): what the app reads
 *  as its decisions (an entry that is no readable decision file, such as a folder named `*.json`,
 *  is passed over), none when the folder cannot be listed. */
export async function savedDecisionTexts(folder: string): Promise<Map<string, string>> {
  const files = await readDecisions(folder).catch(() => [])
  return new Map(files.map((f) => [f.name, f.text]))
}

export interface PlanOptions {
  readonly policy: MergePolicy
  /** --only names (none: every group). */
  readonly only: readonly string[]
  /** savedDecisionTexts(folder). */
  readonly saved: ReadonlyMap<string, string>
  /** What the load's display paths are relative to (the command's working folder). */
  readonly cwd: string
}

export function planConsolidation(folder: string, load: FolderLoad, options: PlanOptions): ConsolidationPlan {
  const { policy, only, saved } = options
  const docs = load.docs.filter((d): d is LoadedDocument => !isProblem(d))
  // Agent files the scanner found but could not load (binary, too large): problems, and copied by --out.
  const unreadable = load.skipped.filter((s) => s.blocking)
  const problems = [...load.docs.filter(isProblem), ...unreadable]
  // Only the groups: their likeness figures and the near-duplicate suggestions are not resolved here.
  const groups = duplicateGroups(docs.map((d) => groupInputFromDocument(d.doc)))
  const wanted = new Set(only)
  const chosen = groups.filter((g) => wanted.size === 0 || wanted.has(g.key) || g.members.some((m) => wanted.has(docs[m.index]!.doc.identity)))
  // Only the policy `newest` reads when the files changed.
  const mtimes = policy === 'newest' ? new Map(load.entries.map((e) => [e.path, e.mtimeMs])) : null
  const outcomes = chosen.map((group): GroupOutcome => {
    const members = group.members.map((m) => docs[m.index]!)
    const fileName = decisionFileName(group.key)
    const text = saved.get(fileName)
    const decisionFile = text === undefined ? null : `${DECISIONS_FOLDER}/${fileName}`
    let decision: SavedDecision | null = null
    if (text !== undefined) {
      const parsed = parseSavedDecision(text)
      if (!parsed.ok) return { key: group.key, members, decisionFile, plan: { kind: 'unresolved', why: `${decisionFile}: ${parsed.error}` } }
      if (parsed.decision.group !== group.key) return { key: group.key, members, decisionFile, plan: { kind: 'unresolved', why: `${decisionFile} is for the group "${parsed.decision.group}"` } }
      decision = parsed.decision
    }
    // The command never saves a proposal's recipe: its rows need no content hashes.
    const times = mtimes === null ? {} : { mtimes: members.map((m) => mtimes.get(m.doc.path) ?? null) }
    const plan = planGroup({ docs: members.map((m) => m.doc), folder, decision, policy, ...times, recipeHashes: false })
    return { key: group.key, members, plan, decisionFile }
  })
  const files = [...new Set([...load.entries.map((e) => e.path), ...unreadable.map((s) => resolve(options.cwd, s.display))])]
  return { folder, docs, files, problems, groups: withoutRenameClashes(folder, outcomes, files, docs), unknownNames: unknownNames(only, chosen, docs) }
}

/** The plan with every saved keep of a link to (or through) a member it archives left
 *  unresolved: the kept agent would lead nowhere (kept-links.ts; the app refuses such a step
 *  too). `listLinks`: each group's links among its members noted too, for the text output (one
 *  lstat per member, left out where nothing shows them). */
export async function withMemberLinks(plan: ConsolidationPlan, listLinks: boolean): Promise<ConsolidationPlan> {
  const groups = await Promise.all(
    plan.groups.map(async (g): Promise<GroupOutcome> => {
      const why = await keptLinkRefusal(plan.folder, g)
      const links = listLinks ? await linksAmong(g.members.map((m) => m.doc.path)) : []
      if (why === null && links.length === 0) return g
      return { ...g, ...(links.length === 0 ? {} : { links }), ...(why === null ? {} : { plan: { kind: 'unresolved', why } }) }
    }),
  )
  return { ...plan, groups }
}

/** Why a group's keep is not done (its kept member is a link to or through one it archives), or null. */
async function keptLinkRefusal(folder: string, g: GroupOutcome): Promise<string | null> {
  if (g.plan.kind !== 'keep') return null
  const kept = g.members[g.plan.keep]!.doc.path
  // Only a link can lead nowhere: one lstat for a kept file.
  if (!(await lstat(kept).then((info) => info.isSymbolicLink(), () => false))) return null
  const target = async (path: string) => ({ path, realPath: await entryRealPath(path) })
  const link = await keptLinkToArchived([await target(kept)], await Promise.all(g.plan.archive.map(target)))
  return link === null ? null : keptLinkText(link, (path) => relativeTo(folder, path) ?? path)
}

/** The --only names that name no chosen group (by its key or a member's identity). */
function unknownNames(only: readonly string[], chosen: readonly DuplicateGroup[], docs: readonly LoadedDocument[]): string[] {
  if (only.length === 0) return []
  const matched = new Set(chosen.flatMap((g) => [g.key, ...g.members.map((m) => docs[m.index]!.doc.identity)]))
  return only.filter((n) => !matched.has(n))
}

/** Paths the plan archives or replaces (the files not copied as they are). */
export function replacedPaths(plan: GroupPlan): readonly string[] {
  return plan.kind === 'merge' || plan.kind === 'keep' || plan.kind === 'rename' ? plan.archive : []
}

/** The path a plan leaves in place on purpose (the member kept), if any. */
export function keptPaths(outcome: GroupOutcome): readonly string[] {
  return outcome.plan.kind === 'keep' ? [outcome.members[outcome.plan.keep]!.doc.path] : []
}

export function writesOf(plan: GroupPlan): readonly { readonly path: string; readonly text: string }[] {
  return plan.kind === 'merge' ? [plan.write] : plan.kind === 'rename' ? plan.writes : []
}

export function isResolved(plan: GroupPlan): boolean {
  return plan.kind === 'merge' || plan.kind === 'keep' || plan.kind === 'rename'
}
