// What the queue, the resolution bar and the keyboard do: open a group with its proposal, merge,
// keep one, rename, skip, apply the proposals to every remaining group, undo. Every step that
// touches files is one host call (applyResolution: archive + write under one archive id) that
// one Undo reverses; decisions are saved in the opened folder (.agent-merge/recipes/) after it.
// Errors never escape: they are toasts.
import { decisionFileName, relativeTo, resolveIn, renamedText, serializeDecision, suggestRenames } from '../../../shared/engine/consolidate'
import { plural } from '../../../shared/engine/consolidate/words'
import type { AgentDocument } from '../../../shared/engine/model'
import type { Recipe } from '../../../shared/engine/recipe/recipe-model'
import type { ResolutionRequest } from '../../../shared/host-api'
import { fitRecipeToSession } from '../result/fit-recipe'
import { rebaseOntoSession } from '../result/rebase-onto-session'
import { describeHostError, toHostError } from '../state/host-errors'
import { getServices } from '../state/services'
import type { AppState } from '../state/store'
import { mergePlan, proposalOf, type MergePlan } from './group-plan'
import { planFor, prefetchPlans, stopPrefetching } from './plan-cache'
import type { GroupApplyPlan, LibraryOperation, RenamePlan } from './library-slice'
import { selectQueue, selectShownQueue } from './library-selectors'
import { byFolder, decisionWritesOf, entriesToSave, loadSavedDecisions, rememberSaved, saveDecisions, type DecisionToSave } from './decision-store'
import { isResolved, nextUnresolved, type QueueEntry } from './queue-model'


type Get = () => AppState


function fileName(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1)
}

/** The opened folder a path is in (the innermost), where its group's decision is saved. */
function folderOf(s: AppState, path: string): string | null {
  const folders = (s.listing?.roots ?? []).filter((r) => r.kind === 'folder' && relativeTo(r.path, path) !== null)
  return folders.sort((a, b) => b.path.length - a.path.length)[0]?.path ?? null
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

function showError(get: Get, what: string, reason: unknown): void {
  get().showToast({ kind: 'error', message: `${what}: ${describeHostError(toHostError(reason))}` })
}

function relativeRecipe(recipe: Recipe, folder: string): Recipe {
  return { ...recipe, sources: recipe.sources.map((s) => ({ ...s, path: relativeTo(folder, s.path) ?? s.path })) }
}

/** The one opened folder every file and decision of a step is in (its history records the
 *  step), or null: then the step is written as a session archive, decisions saved after it. */
function stepFolder(request: ResolutionRequest, decisions: readonly DecisionToSave[]): string | null {
  const folders = new Set(decisions.map((d) => d.folder))
  if (folders.size !== 1) return null
  const folder = [...folders][0]!
  const paths = [...request.archive.map((a) => a.path), ...request.write.map((w) => w.path)]
  return paths.every((p) => relativeTo(folder, p) !== null) ? folder : null
}

/** Write one resolution step: archive, write and save its decisions in one host call, as a step
 *  of the folder's history (one Undo, here or `agent-merge undo`). */
async function writeStep(get: Get, label: string, request: ResolutionRequest, decisions: readonly DecisionToSave[]): Promise<LibraryOperation> {
  const folder = stepFolder(request, decisions)
  const { host } = getServices()
  if (folder === null) {
    const { archiveId } = await host.applyResolution(request)
    return { archiveId, label, decisions: await saveDecisions(get, decisions, () => undefined) }
  }
  const entries = entriesToSave(folder, decisions, new Date().toISOString())
  const { id } = await host.applyFolderStep(folder, { label, ...request, decisions: decisionWritesOf(entries) })
  const previous = decisions.map((d) => ({ folder, key: d.key, previous: get().savedDecisions[d.key] ?? null }))
  rememberSaved(get, entries)
  return { step: { folder, id }, archiveId: null, label, decisions: previous }
}

/** Write one resolution step, read the folder again, offer Undo. */
async function runResolution(get: Get, label: string, request: ResolutionRequest, decisions: readonly DecisionToSave[]): Promise<boolean> {
  const files = request.archive.length + request.write.length
  get().setLibraryProgress({ label: `${label}: moving ${plural(request.archive.length, 'file')} to the archive and writing ${request.write.length}`, done: 0, total: files })
  let op: LibraryOperation
  const started = performance.now()
  try {
    op = await writeStep(get, label, request, decisions)
  } catch (reason) {
    get().setLibraryProgress(null)
    showError(get, `${label}: nothing was changed`, reason)
    return false
  }
  const wrote = performance.now()
  get().pushLibraryOp(op)
  get().setLibraryProgress({ label: `${label}: reading the folder again`, done: 0, total: 0 })
  await get().rescan()
  // Timings for the UI bench and the devtools Performance panel.
  performance.measure('agent-merge:resolution-write', { start: started, end: wrote })
  performance.measure('agent-merge:resolution-rescan', { start: wrote, end: performance.now() })
  get().setLibraryProgress(null)
  get().showToast({ kind: 'success', message: `${label}. Archived ${plural(request.archive.length, 'file')} (reversible).`, action: { label: 'Undo', run: () => void undoLastResolution(get) } })
  return true
}

function decisionFolder(get: Get, path: string): string | null {
  const folder = folderOf(get(), path)
  if (folder === null) get().showToast({ kind: 'info', message: 'The decision is not saved: these files were opened one by one, not as a folder.' })
  return folder
}

function entryOfOpenMerge(s: AppState): QueueEntry | null {
  const merge = s.merge
  if (!merge) return null
  const byId = s.libraryGroup ? selectQueue(s).find((e) => e.id === s.libraryGroup!.id) : undefined
  if (byId) return byId
  const paths = new Set(merge.paths)
  return selectQueue(s).find((e) => e.open && e.files.length === paths.size && e.files.every((f) => paths.has(f.path))) ?? null
}

/** After a group is resolved from the workspace: back to the queue, on the next group to do. */
function showQueueAfter(get: Get, resolvedKey: string | null, before: readonly string[]): void {
  get().closeGroup()
  get().setLibraryGroup(null)
  moveCursorAfter(get, resolvedKey, before)
  get().setLibraryOpen(true)
}

/** The keys in the order the queue shows them now (sort and filter). */
function shownKeys(s: AppState): readonly string[] {
  return selectShownQueue(s).map((e) => e.key)
}

/** The queue's cursor on the next group to do after `key` in the order shown `before` the step
 *  (a resolved group moves in the sorted queue; the user's walk goes on from where it was), or on
 *  that group when none is left. */
function moveCursorAfter(get: Get, key: string | null, before: readonly string[]): void {
  const entries = selectQueue(get())
  const byKey = new Map(entries.map((e) => [e.key, e]))
  const at = key === null ? -1 : before.indexOf(key)
  const order = [...before.slice(at + 1), ...before.slice(0, at + 1)]
  const nextKey = order.find((k) => {
    const e = byKey.get(k)
    return e !== undefined && e.open && !isResolved(e.status)
  })
  const next = (nextKey !== undefined ? byKey.get(nextKey) : undefined) ?? nextUnresolved(entries, key) ?? entries.find((e) => e.key === key) ?? null
  get().setQueueCursor(next?.id ?? null)
}

/** Open a group of the queue in the workspace, pre-filled with its proposal (or its saved merge,
 *  or the user's draft: their own work wins). */
export async function openQueueEntry(get: Get, entry: QueueEntry): Promise<void> {
  get().setQueueCursor(entry.id)
  if (!entry.open) {
    get().showToast({ kind: 'info', message: `${entry.key} was resolved earlier (${entry.live}). Undo brings it back while this session lasts; the archive keeps the files.` })
    return
  }
  get().setLibraryOpen(false)
  await get().openGroup(entry.files.map((f) => f.path))
  const s = get()
  const merge = s.merge
  if (!merge || merge.paths.length !== entry.files.length || !entry.files.every((f) => merge.paths.includes(f.path))) return
  const opened = s.recipe
  const proposal = proposalOf(merge.docs, merge.alignment)
  const draft = await getServices().host.loadDraft(merge.id).catch(() => null)
  if (!draft && get().recipe === opened && get().merge === merge) {
    const saved = entry.saved?.decision.resolution
    const fit = saved?.kind === 'merge' ? fitRecipeToSession({ ...saved.recipe, sources: saved.recipe.sources.map((x) => ({ ...x, path: resolveIn(entry.saved!.folder, x.path) })) }, merge.files) : null
    if (fit?.ok) {
      const rebased = rebaseOntoSession(fit.recipe, merge)
      get().setRecipe(rebased.recipe, { undoable: false })
      get().markChangedRows(rebased.changedRows)
    } else {
      get().setRecipe(proposal.recipe, { undoable: false })
    }
  }
  get().setLibraryGroup({ id: entry.id, key: entry.key, proposal })
  get().markProposed(entry.id)
}

export function toggleLibrary(get: Get): void {
  const s = get()
  if (!s.libraryOpen && s.libraryGroup) s.setQueueCursor(s.libraryGroup.id)
  s.setLibraryOpen(!s.libraryOpen)
}

/** Open the next group still to do (after the one open or under the cursor). */
export async function goToNextUnresolved(get: Get): Promise<void> {
  const s = get()
  const cursorKey = selectQueue(s).find((e) => e.id === s.queueCursor)?.key ?? null
  // In the order shown (sort and filter); the whole queue when the filter hides every group to do.
  const from = s.libraryGroup?.key ?? cursorKey
  const next = nextUnresolved(selectShownQueue(s), from) ?? nextUnresolved(selectQueue(s), from)
  if (!next) {
    s.showToast({ kind: 'success', message: 'Every group is resolved.' })
    return
  }
  await openQueueEntry(get, next)
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
  const request: ResolutionRequest = { archive: merge.paths.map((path, i) => ({ path, expectedHash: merge.files[i]!.hash })), write: [{ path: plan.basePath, text: plan.text }] }
  if (await runResolution(get, label, request, mergeDecision(get, key, plan, proposed))) {
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
  if (await runResolution(get, `Merged ${entry.key} as proposed into ${fileName(plan.basePath)}`, mergeRequest(plan), mergeDecision(get, entry.key, plan, true))) {
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
  const members = entry.files.map((f) => ({ path: f.path, hash: (() => { const l = s.loads[f.path]; return l?.status === 'ok' ? l.file.hash : '' })() }))
  const decisions: DecisionToSave[] = folder === null || keptLoad?.status !== 'ok' ? [] : [{ folder, key: entry.key, members, resolution: { kind: 'keep', keep: relativeTo(folder, keep) ?? keep } }]
  const wasOpen = s.merge !== null && entryOfOpenMerge(s)?.id === entry.id
  if (await runResolution(get, `Kept ${fileName(keep)} of ${entry.key}`, { archive, write: [] }, decisions)) {
    if (wasOpen) showQueueAfter(get, entry.key, before)
    else moveCursorAfter(get, entry.key, before)
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
  const wasOpen = s.merge !== null && entryOfOpenMerge(s)?.id === entry.id
  if (await runResolution(get, `Renamed the ${plans.length} variants of ${entry.key}`, request, decisions)) {
    if (wasOpen) showQueueAfter(get, entry.key, before)
    else moveCursorAfter(get, entry.key, before)
  }
}

/** Leave a group as it is, on purpose (saved, so it stays skipped until its files change). */
export async function skipEntry(get: Get, entry: QueueEntry): Promise<void> {
  if (!entry.open || isResolved(entry.status)) return
  const before = shownKeys(get())
  const s = get()
  const folder = decisionFolder(get, entry.files[0]!.path)
  if (folder === null) return
  const members = entry.files.map((f) => {
    const load = s.loads[f.path]
    return { path: f.path, hash: load?.status === 'ok' ? load.file.hash : '' }
  })
  const saved = await saveDecisions(get, [{ folder, key: entry.key, members, resolution: { kind: 'skip' } }], () => undefined)
  if (saved.length === 0) return
  get().pushLibraryOp({ archiveId: null, label: `Skipped ${entry.key}`, decisions: saved })
  await loadSavedDecisions(get)
  const wasOpen = s.merge !== null && entryOfOpenMerge(s)?.id === entry.id
  if (wasOpen) showQueueAfter(get, entry.key, before)
  else moveCursorAfter(get, entry.key, before)
  get().showToast({ kind: 'info', message: `Skipped ${entry.key}: left as it is.`, action: { label: 'Undo', run: () => void undoLastResolution(get) } })
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
  await runResolution(get, `Applied the proposals to ${plural(plans.length, 'group')}`, request, decisions)
  performance.mark('agent-merge:apply-done')
}

/** Undo the last resolution of this session: files back byte for byte, its decisions removed. */
export async function undoLastResolution(get: Get): Promise<boolean> {
  const op = get().popLibraryOp()
  if (!op) {
    get().showToast({ kind: 'info', message: 'Nothing to undo in the library.' })
    return false
  }
  const { host } = getServices()
  get().setLibraryProgress({ label: `Undoing: ${op.label}`, done: 0, total: 0 })
  if (op.archiveId !== null || op.step) {
    try {
      if (op.step) await host.undoFolderStep(op.step.folder, op.step.id)
      else await host.undoArchive(op.archiveId!)
    } catch (reason) {
      get().setLibraryProgress(null)
      if (op.step && toHostError(reason).code === 'not-found') {
        // Undone meanwhile from the history or by `agent-merge undo`: nothing left to undo here.
        get().showToast({ kind: 'info', message: `${op.label} was undone already (from the history or the command line).` })
        await get().rescan()
        await loadSavedDecisions(get)
        return true
      }
      get().pushLibraryOp(op)
      showError(get, 'Could not undo', reason)
      return false
    }
  }
  // A folder step put its decisions back itself.
  for (const [folder, list] of op.step ? [] : byFolder(op.decisions)) {
    const files = list.map((d) => ({ name: decisionFileName(d.key), text: d.previous ? serializeDecision(d.previous.decision) : null }))
    await host.writeDecisions(folder, files).catch((reason: unknown) => showError(get, 'Could not restore the saved decisions', reason))
  }
  if (op.archiveId !== null || op.step) await get().rescan()
  await loadSavedDecisions(get)
  get().setLibraryProgress(null)
  get().showToast({ kind: 'info', message: `Undone: ${op.label}.` })
  return true
}

export async function undoAllResolutions(get: Get): Promise<void> {
  const count = get().libraryOps.length
  if (count === 0) {
    get().showToast({ kind: 'info', message: 'Nothing to undo in the library.' })
    return
  }
  const go = await get().asker.choose<'undo' | 'cancel'>({
    title: `Undo all ${plural(count, 'resolution')} of this session?`,
    message: 'Every merged and renamed file written is removed, and every archived file moves back, byte for byte. Files changed since they were written stop the undo.',
    choices: [
      { value: 'cancel', label: 'Cancel' },
      { value: 'undo', label: 'Undo all', tone: 'primary' },
    ],
    testId: 'undo-all-dialog',
  })
  if (go !== 'undo') return
  while (get().libraryOps.length > 0) if (!(await undoLastResolution(get))) return
}

/** The opened folders' history (app and command-line steps), each undoable. */
export async function openHistory(get: Get): Promise<void> {
  if (get().libraryProgress) return
  await get().askLibrary({ kind: 'history' })
}
