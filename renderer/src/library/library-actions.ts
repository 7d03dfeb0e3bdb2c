// What resolving a group does: merge (from the workspace or as proposed), keep one, rename, skip,
// and apply the proposals to every remaining group. Each writes its files as one step
// (resolution-step.ts) that one Undo reverses. Errors never escape: they are toasts.

import { relativeTo, renamedText, suggestRenames } from '../../../shared/engine/consolidate'
import { plural } from '../../../shared/engine/consolidate/words'
import type { AgentDocument } from '../../../shared/engine/model'
import type { Recipe } from '../../../shared/engine/recipe/recipe-model'
import type { ResolutionRequest } from '../../../shared/host-api'
import { getServices } from '../state/services'
import type { AppState } from '../state/store'
import { mergePlan, type MergePlan } from './group-plan'
import { planFor, prefetchPlans, stopPrefetching } from './plan-cache'
import type { GroupApplyPlan, RenamePlan } from './library-slice'
import { selectQueue } from './library-selectors'
import { loadSavedDecisions, saveDecisions, type DecisionToSave } from './decision-store'
import { isResolved, type QueueEntry } from './queue-model'
import { folderOf, runResolution, undoAction, type Get } from './resolution-step'
import { askAboutChangedVariants, askAboutGoneVariants, variantsOnDisk } from './gone-variants'
import { reloadSources } from '../persistence/source-watch'
import { runSave } from '../result/result-actions'
import { continueAfter, entryOfOpenMerge, isOpenInWorkspace, moveCursorAfter, showQueueAfter, shownKeys } from './queue-navigation'

function fileName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1)
}

/** A group's files with the hashes read, as a saved decision records them. */
function membersOf(s: AppState, entry: QueueEntry): { path: string; hash: string }[] {
  return entry.files.map((f) => {
    const load = s.loads[f.path]
    return { path: f.path, hash: load?.status === 'ok' ? load.file.hash : '' }
  })
}

function docsOf(s: AppState, paths: readonly string[]): { docs: AgentDocument[] } | { why: string } {
  const docs: AgentDocument[] = []
  for (const path of paths) {
    const load = s.loads[path]
    if (load?.status !== 'ok') return { why: `${fileName(path)} could not be read${load?.status === 'error' ? `: ${load.error.message}` : ''}` }
    docs.push(load.doc)
  }
  return { docs }
}

function relativeRecipe(recipe: Recipe, folder: string): Recipe {
  return { ...recipe, sources: recipe.sources.map((s) => ({ ...s, path: relativeTo(folder, s.path) ?? s.path })) }
}

function decisionFolder(get: Get, path: string): string | null {
  const folder = folderOf(get(), path)
  if (folder === null) get().showToast({ kind: 'info', message: 'The decision is not saved: these files were opened one by one, not as a folder.' })
  return folder
}

function mergeRequest(plan: MergePlan): ResolutionRequest {
  return { archive: plan.paths.map((path, i) => ({ path, expectedHash: plan.hashes[i]! })), write: [{ path: plan.basePath, text: plan.text }] }
}

function mergeDecision(get: Get, key: string, plan: MergePlan, proposed: boolean): DecisionToSave[] {
  const folder = decisionFolder(get, plan.basePath)
  if (folder === null) return []
  const members = plan.paths.map((path, i) => ({ path, hash: plan.hashes[i]! }))
  return [{ folder, key, members, resolution: { kind: 'merge', recipe: relativeRecipe(plan.recipe, folder), policy: 'propose', ...(proposed ? { proposed: true } : {}) } }]
}

/** Merge the group open in the workspace as its recipe says: the merged file at the base
 *  variant's path, every variant archived. */
export async function acceptWorkspaceMerge(get: Get): Promise<void> {
  const s = get()
  const before = shownKeys(s)
  const merge = s.merge
  const recipe = s.recipe
  if (!merge || !recipe) return
  const entry = entryOfOpenMerge(s)
  const key = entry?.key ?? merge.docs[0]?.identity ?? 'agent'
  const proposal = s.libraryGroup?.proposal ?? null
  const plan = mergePlan(merge.docs, merge.alignment, recipe, proposal)
  if (plan.errors.length > 0) {
    s.showToast({ kind: 'error', message: `Not merged: the merged file has ${plural(plan.errors.length, 'error')} (${plan.errors[0]}). Fix it in the result pane first.` })
    return
  }
  // A variant changed since it was read would be archived unseen: reload first, or cancel.
  const { changed, removed: gone } = await variantsOnDisk(get, merge)
  if (get().merge !== merge || get().recipe !== recipe) return
  if (changed.length > 0) {
    if ((await askAboutChangedVariants(s.asker, merge.paths, changed)) === 'reload') {
      await reloadSources({ getState: get }, '. Nothing was merged yet: review the result, then merge again (Shift+M).')
    }
    return
  }
  // A variant deleted or moved since it was read cannot be archived: ask, rather than fail.
  if (gone.length > 0) {
    const answer = await askAboutGoneVariants(s.asker, merge.paths, gone)
    if (answer === 'save-as') await runSave(get, 'save-as')
    if (answer !== 'merge' || get().merge !== merge || get().recipe !== recipe) return
  }
  const undecided = recipe.rows.filter((r) => r.pick.kind === 'undecided').length + recipe.keys.filter((k) => k.pick.kind === 'undecided').length
  if (undecided > 0) {
    const go = await s.asker.choose<'merge' | 'review'>({
      title: `${undecided} ${undecided === 1 ? 'part is' : 'parts are'} still undecided`,
      message: `Undecided rows and keys are left out of ${fileName(plan.basePath)}. Merge anyway, or review them first (u jumps to the next one).`,
      choices: [
        { value: 'review', label: 'Review' },
        { value: 'merge', label: 'Merge anyway', tone: 'primary' },
      ],
      testId: 'library-undecided-dialog',
    })
    if (go !== 'merge') return
  }
  const proposed = proposal !== null && recipe === proposal.recipe
  const label = `Merged ${key} into ${fileName(plan.basePath)}`
  const onDisk = (_: unknown, i: number): boolean => !gone.includes(merge.paths[i]!)
  const request: ResolutionRequest = {
    archive: merge.paths.map((path, i) => ({ path, expectedHash: merge.files[i]!.hash })).filter(onDisk),
    write: [{ path: plan.basePath, text: plan.text }],
  }
  const members = { ...plan, paths: plan.paths.filter(onDisk), hashes: plan.hashes.filter(onDisk) }
  if (await runResolution(get, label, request, mergeDecision(get, key, members, proposed), `Merging ${key} into ${fileName(plan.basePath)}`)) {
    await getServices().host.deleteDraft(merge.id).catch(() => undefined)
    showQueueAfter(get, entry?.key ?? key, before)
  }
}

/** Accept a group's proposal from the queue without opening it. */
export async function acceptProposal(get: Get, entry: QueueEntry): Promise<void> {
  if (!entry.open || isResolved(entry.status)) return
  const before = shownKeys(get())
  const plan = await planFor(get(), entry, entryFolder(get(), entry))
  if ('why' in plan || plan.errors.length > 0) {
    const why = 'why' in plan ? plan.why : `the merged file would have ${plural(plan.errors.length, 'error')} (${plan.errors[0]})`
    get().showToast({ kind: 'error', message: `Not merged: ${why}. Open it (Enter) to merge by hand.` })
    return
  }
  const into = `${entry.key} as proposed into ${fileName(plan.basePath)}`
  if (await runResolution(get, `Merged ${into}`, mergeRequest(plan), mergeDecision(get, entry.key, plan, true), `Merging ${into}`)) {
    moveCursorAfter(get, entry.key, before)
  }
}

/** Keep one variant; the others are archived. */
export async function keepOne(get: Get, entry: QueueEntry): Promise<void> {
  if (!entry.open || isResolved(entry.status)) return
  const before = shownKeys(get())
  const keep = await get().askLibrary({ kind: 'keep', entry })
  if (keep === null) return
  const s = get()
  const others = entry.files.filter((f) => f.path !== keep)
  const archive: { path: string; expectedHash: string }[] = []
  for (const file of others) {
    const load = s.loads[file.path]
    if (load?.status !== 'ok') {
      s.showToast({ kind: 'error', message: `Not archived: ${file.relPath} could not be read` })
      return
    }
    archive.push({ path: file.path, expectedHash: load.file.hash })
  }
  const keptLoad = s.loads[keep]
  const folder = decisionFolder(get, keep)
  const members = membersOf(s, entry)
  const decisions: DecisionToSave[] = folder === null || keptLoad?.status !== 'ok' ? [] : [{ folder, key: entry.key, members, resolution: { kind: 'keep', keep: relativeTo(folder, keep) ?? keep } }]
  const wasOpen = isOpenInWorkspace(s, entry)
  if (await runResolution(get, `Kept ${fileName(keep)} of ${entry.key}`, { archive, write: [], keep: [keep] }, decisions, `Keeping ${fileName(keep)} of ${entry.key}`)) {
    continueAfter(get, entry.key, before, wasOpen)
  }
}

/** Every variant under a unique name, in `name` and (where it carried the old name) the file name. */
export function renamePlans(s: AppState, entry: QueueEntry): RenamePlan[] | { why: string } {
  const read = docsOf(s, entry.files.map((f) => f.path))
  if ('why' in read) return read
  const members = new Set(entry.files.map((f) => f.path))
  const taken = new Set<string>()
  for (const [path, load] of Object.entries(s.loads)) if (load.status === 'ok' && !members.has(path)) taken.add(load.doc.identity)
  const suggestions = suggestRenames(read.docs.map((doc) => ({ path: doc.path, name: doc.name ?? doc.identity })), taken)
  const relOf = new Map(entry.files.map((f) => [f.path, f.relPath]))
  return suggestions.map((r) => {
    const doc = read.docs[r.variant]!
    const relPath = relOf.get(r.path) ?? r.path
    const cut = relPath.length - fileName(r.path).length
    const newRelPath = r.newPath === r.path ? relPath : `${relPath.slice(0, Math.max(0, cut))}${fileName(r.newPath)}`
    return { path: r.path, hash: doc.hash, relPath, oldName: r.oldName, newName: r.newName, newPath: r.newPath, newRelPath, text: renamedText(doc, r.newName) }
  })
}

export async function renameAll(get: Get, entry: QueueEntry): Promise<void> {
  if (!entry.open || isResolved(entry.status)) return
  const before = shownKeys(get())
  const plans = renamePlans(get(), entry)
  if ('why' in plans) {
    get().showToast({ kind: 'error', message: `Not renamed: ${plans.why}` })
    return
  }
  if ((await get().askLibrary({ kind: 'rename', entry, renames: plans })) !== 'ok') return
  const s = get()
  const folder = decisionFolder(get, plans[0]!.path)
  const decisions: DecisionToSave[] =
    folder === null ? [] : [{ folder, key: entry.key, members: plans.map((p) => ({ path: p.path, hash: p.hash })), resolution: { kind: 'rename', renames: plans.map((p) => ({ path: relativeTo(folder, p.path) ?? p.path, name: p.newName })) } }]
  const request: ResolutionRequest = { archive: plans.map((p) => ({ path: p.path, expectedHash: p.hash })), write: plans.map((p) => ({ path: p.newPath, text: p.text })) }
  const wasOpen = isOpenInWorkspace(s, entry)
  const variants = `the ${plans.length} variants of ${entry.key}`
  if (await runResolution(get, `Renamed ${variants}`, request, decisions, `Renaming ${variants}`)) {
    continueAfter(get, entry.key, before, wasOpen)
  }
}

/** Leave a group as it is, on purpose (saved, so it stays skipped until its files change). */
export async function skipEntry(get: Get, entry: QueueEntry): Promise<void> {
  if (!entry.open || isResolved(entry.status)) return
  const before = shownKeys(get())
  const s = get()
  const folder = decisionFolder(get, entry.files[0]!.path)
  if (folder === null) return
  const members = membersOf(s, entry)
  const saved = await saveDecisions(get, [{ folder, key: entry.key, members, resolution: { kind: 'skip' } }], () => undefined)
  if (saved.length === 0) return
  const op = { archiveId: null, label: `Skipped ${entry.key}`, decisions: saved }
  get().pushLibraryOp(op)
  await loadSavedDecisions(get)
  const wasOpen = isOpenInWorkspace(s, entry)
  continueAfter(get, entry.key, before, wasOpen)
  get().showToast({ kind: 'info', message: `Skipped ${entry.key}: left as it is.`, action: undoAction(get, op) })
}

function entryFolder(s: AppState, entry: QueueEntry): string {
  return folderOf(s, entry.files[0]!.path) ?? ''
}

/** Plan the groups still to do in the background while the queue is shown. */
export function prefetchRemaining(get: Get): void {
  void prefetchPlans(get, remainingEntries(get()), (entry) => entryFolder(get(), entry))
}

/** Groups still to do, in queue order: what "apply proposals to the remaining groups" covers. */
export function remainingEntries(s: AppState): QueueEntry[] {
  return selectQueue(s).filter((e) => e.open && !isResolved(e.status))
}

/** Propose every remaining group, show the preview, and on one confirmation write them all as one
 *  step (one archive id: one Undo). */
export async function applyProposalsToRemaining(get: Get): Promise<void> {
  const entries = remainingEntries(get())
  if (entries.length === 0) {
    get().showToast({ kind: 'info', message: 'No group is left to do.' })
    return
  }
  if (get().libraryProgress) return
  const plans: GroupApplyPlan[] = []
  const notApplied: { key: string; why: string }[] = []
  stopPrefetching()
  let done = 0
  get().setLibraryProgress({ label: 'Proposing merges', done: 0, total: entries.length })
  // Every group is asked at once: the worker answers them in order, the UI thread stays free.
  const outcomes = await Promise.all(
    entries.map((entry) =>
      planFor(get(), entry, entryFolder(get(), entry)).then((plan) => {
        done++
        if (done % 4 === 0 || done === entries.length) get().setLibraryProgress({ label: `Proposing merges: ${entry.key}`, done, total: entries.length })
        return plan
      }),
    ),
  )
  outcomes.forEach((plan, i) => {
    const entry = entries[i]!
    if ('why' in plan) notApplied.push({ key: entry.key, why: plan.why })
    else if (plan.errors.length > 0) notApplied.push({ key: entry.key, why: `the merged file would have errors: ${plan.errors[0]}` })
    else plans.push({ entry, plan })
  })
  get().setLibraryProgress(null)
  performance.mark('agent-merge:apply-preview')
  if ((await get().askLibrary({ kind: 'apply', plans, notApplied })) !== 'ok' || plans.length === 0) return
  const open = get().merge
  if (open && plans.some((p) => p.plan.paths.includes(open.paths[0]!))) {
    get().closeGroup()
    get().setLibraryGroup(null)
  }
  const request: ResolutionRequest = {
    archive: plans.flatMap((p) => p.plan.paths.map((path, i) => ({ path, expectedHash: p.plan.hashes[i]! }))),
    write: plans.map((p) => ({ path: p.plan.basePath, text: p.plan.text })),
  }
  const decisions = plans.flatMap((p) => mergeDecision(get, p.entry.key, p.plan, true))
  const groups = plural(plans.length, 'group')
  await runResolution(get, `Applied the proposals to ${groups}`, request, decisions, `Applying the proposals to ${groups}`)
  performance.mark('agent-merge:apply-done')
}
