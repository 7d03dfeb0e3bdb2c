// One consolidation run on a folder, as one reversible operation: the files it replaces are
// archived together (one archive id), the new files are written, and a run record in
// `<folder>/.agent-merge/runs/<id>.json` lists what was written. Undo puts the written files
// aside, restores the archive, then deletes them: the tree is back byte for byte. The archive
// registry is the folder's own (`.agent-merge/archives/`), so undo works from any machine
// account that can write the folder, without the app's settings.

import { lstat, mkdir, readdir, readFile, realpath, rename, rmdir, stat, unlink } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import type { DecisionWrite, FolderStep } from '../../shared/host-api'
import { createArchiver, isArchiveId, undoSteps } from './archive'
import { createLimiter } from './concurrency'
import { runCounter, type RunProgress } from './run-progress'
import { relativeBelow } from './path-within'
import { checkDecisionName, DECISIONS_FOLDER, writeDecisions } from './decisions'
import { sha256HexOfBytes } from './file-bytes'
import { entryRealPath } from './entry-real-path'
import { hostFailure } from './host-error'
import { checkKeptLinks } from './kept-links'
import { isRecord, readJsonFile, writeJsonFile, type Warn } from './json-file'
import { writeFileAtomic } from './write-file'

export const STATE_FOLDER = '.agent-merge'
const RUNS = 'runs'
const ARCHIVES = 'archives'

export interface RunWrite {
  readonly path: string
  readonly text: string
}

export interface RunPlan {
  /** Files to move into the archive; each with the SHA-256 of its bytes when it was read (a
   *  file changed since is refused). */
  readonly archive: readonly { readonly path: string; readonly hash: string }[]
  /** New files; their paths must be free once the archive is made. */
  readonly writes: readonly RunWrite[]
  /** Files left in place on purpose (the one kept of a group): a link to an archived file among
   *  them refuses the run (kept-links.ts). */
  readonly keep?: readonly string[]
  /** What the run is, in words (the app's "Merged backend-architect into ..."); the CLI's runs
   *  have none. */
  readonly label?: string
  /** Saved decisions (`.agent-merge/recipes/<name>`) written (text) or deleted (null) with the
   *  run; their previous texts are recorded, so undo puts them back too. */
  readonly decisions?: readonly DecisionWrite[]
}

interface RunRecord {
  readonly version: 1
  readonly archiveId: string
  readonly createdAt: number
  readonly written: readonly { readonly path: string; readonly hash: string }[]
  /** Folders the run made for its files (a renamed skill's folder), deepest first. */
  readonly createdFolders: readonly string[]
  readonly label?: string
  /** Decisions the run wrote, with the text each had before (null: there was none). */
  readonly decisions?: readonly { readonly name: string; readonly previous: string | null }[]
}

/** Files checked, moved and written at once: each waits on the file system (fsyncs commit
 *  together when they overlap), not on the others. */
const limit = createLimiter(16)

const stateDir = (folder: string): string => join(folder, STATE_FOLDER)
const runsDir = (folder: string): string => join(stateDir(folder), RUNS)
const archiverFor = (folder: string, warn: Warn) => createArchiver(join(stateDir(folder), ARCHIVES), warn)

async function hashOf(path: string): Promise<string | null> {
  try {
    return sha256HexOfBytes(await readFile(path))
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return null
    throw error
  }
}

/** Archives, writes and records; on any failure puts everything back and rethrows. `progress`
 *  hears the archive's steps and each file and decision written. */
export async function applyRun(folder: string, plan: RunPlan, now: Date, warn: Warn, progress?: RunProgress): Promise<{ archiveId: string; written: readonly { path: string; hash: string }[] }> {
  const hashes = await Promise.all(plan.archive.map((f) => limit(() => hashOf(f.path))))
  const changed = plan.archive.filter((f, i) => hashes[i] !== f.hash).map((f) => f.path)
  if (changed.length > 0) throw hostFailure('changed-on-disk', `${changed.join(', ')} changed on disk since ${changed.length === 1 ? 'it was' : 'they were'} read; nothing was changed`, changed[0])
  const archived = new Set(plan.archive.map((f) => f.path))
  const occupied = await Promise.all(plan.writes.map((w) => limit(async () => !archived.has(w.path) && (await isThere(w.path)))))
  const taken = plan.writes.filter((_, i) => occupied[i]).map((w) => w.path)
  if (taken.length > 0) throw hostFailure('exists', `${taken.join(', ')} already exist${taken.length === 1 ? 's' : ''}; nothing was changed`, taken[0])
  const decisions = plan.decisions ?? []
  for (const d of decisions) checkDecisionName(d.name)
  const previous = await Promise.all(decisions.map((d) => limit(() => readText(join(folder, DECISIONS_FOLDER, d.name)))))

  const targets = await Promise.all(plan.archive.map(async (f) => ({ path: f.path, realPath: await entryRealPath(f.path) })))
  await checkKeptLinks(await Promise.all((plan.keep ?? []).map(async (path) => ({ path, realPath: await entryRealPath(path) }))), targets)
  const archiver = archiverFor(folder, warn)
  const count = runCounter(plan.archive.length, plan.writes.length + decisions.length, progress)
  const { archiveId } = await archiver.archive(targets, now, count.archive)
  const written: { path: string; hash: string }[] = []
  const createdFolders: string[] = []
  try {
    for (const dir of new Set(plan.writes.map((w) => dirname(w.path)))) createdFolders.unshift(...(await makeFolders(dir)))
    const writing = Promise.allSettled(
      plan.writes.map((w) =>
        limit(async () => {
          await writeFileAtomic(w.path, w.text, { expectedHash: null })
          written.push({ path: w.path, hash: sha256HexOfBytes(Buffer.from(w.text, 'utf8')) })
          count.file()
        }),
      ),
    )
    const saving = decisions.length === 0 ? Promise.resolve() : writeDecisions(folder, decisions, count.file)
    const [results, saved] = await Promise.all([writing, saving.then(() => null, (error: unknown) => ({ error }))])
    const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected')
    if (failed) throw failed.reason
    if (saved) throw saved.error
    const order = new Map(plan.writes.map((w, i) => [w.path, i]))
    written.sort((a, b) => order.get(a.path)! - order.get(b.path)!)
    const record: RunRecord = {
      version: 1,
      archiveId,
      createdAt: now.getTime(),
      written,
      createdFolders,
      ...(plan.label !== undefined ? { label: plan.label } : {}),
      ...(decisions.length > 0 ? { decisions: decisions.map((d, i) => ({ name: d.name, previous: previous[i]! })) } : {}),
    }
    await mkdir(runsDir(folder), { recursive: true })
    await writeJsonFile(join(runsDir(folder), `${archiveId}.json`), record)
  } catch (error) {
    for (const w of written) await unlink(w.path).catch(() => undefined)
    for (const f of createdFolders) await rmdir(f).catch(() => undefined)
    // A partly written batch of decisions is put back whole (writeDecisions is not atomic).
    if (decisions.length > 0) await writeDecisions(folder, decisions.map((d, i) => ({ name: d.name, text: previous[i]! }))).catch(() => undefined)
    await archiver.undo(archiveId).catch(() => undefined)
    await removeStateIfEmpty(folder)
    throw error
  }
  return { archiveId, written }
}

async function isThere(path: string): Promise<boolean> {
  return lstat(path).then(() => true, () => false)
}

async function readText(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8')
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return null
    throw error
  }
}

/** The folders `mkdir -p` would make for `folder`, deepest first, made. */
async function makeFolders(folder: string): Promise<string[]> {
  const missing: string[] = []
  for (let f = folder; ; f = dirname(f)) {
    try {
      await stat(f)
      break
    } catch {
      missing.push(f)
      if (dirname(f) === f) break
    }
  }
  await mkdir(folder, { recursive: true })
  return missing
}

/** Run ids of the folder, oldest first (ids start with their time). A file not named by an
 *  archive id is no run: sorted last, it would stand for the latest and hide the real one. */
export async function listRuns(folder: string): Promise<string[]> {
  try {
    return (await readdir(runsDir(folder))).filter((n) => n.endsWith('.json')).map((n) => n.slice(0, -5)).filter(isArchiveId).sort()
  } catch {
    return []
  }
}

export interface UndoResult {
  readonly archiveId: string
  readonly restored: readonly string[]
  readonly removed: readonly string[]
}

/** Reverses a run (default: the folder's latest). Refuses, changing nothing, when a written file
 *  was edited since (it would be lost), an archived file's path is taken, or the record names a
 *  path outside the folder (a record is a file in the folder: a downloaded one is not trusted).
 *  `progress` hears each written file put aside and each archived file moved back. */
export async function undoRun(folder: string, id: string | undefined, warn: Warn, progress?: RunProgress): Promise<UndoResult> {
  const runs = await listRuns(folder)
  const archiveId = id ?? runs.at(-1)
  if (archiveId === undefined) throw hostFailure('not-found', `${folder} has no consolidation to undo`, folder)
  if (!runs.includes(archiveId)) throw hostFailure('not-found', `${folder} has no run ${archiveId} to undo (runs: ${runs.join(', ') || 'none'})`, folder)
  const record = await readRecord(folder, archiveId, warn)
  const archiver = archiverFor(folder, warn)
  const moved = await archiver.describe(archiveId)
  await checkInside(folder, [...moved.flatMap((m) => [m.from, m.to, m.realFrom, m.realTo]), ...record.written.map((w) => w.path), ...record.createdFolders])
  const edited = await editedSince(record)
  if (edited.length > 0) throw hostFailure('changed-on-disk', `${edited.join(', ')} changed since the run wrote ${edited.length === 1 ? 'it' : 'them'}; undo would lose that: move ${edited.length === 1 ? 'it' : 'them'} away first`, edited[0])
  // Written files go aside first (the archive's paths must be free), and come back if undo fails.
  const aside = join(stateDir(folder), `undo-${archiveId}`)
  await mkdir(aside, { recursive: true })
  const putAside: { from: string; to: string }[] = []
  const count = runCounter(undoSteps(moved), record.written.length + (record.decisions?.length ?? 0), progress)
  try {
    await Promise.all(
      record.written.map((w, i) =>
        limit(async () => {
          if (!(await isThere(w.path))) return
          const to = join(aside, String(i))
          await rename(w.path, to)
          putAside.push({ from: w.path, to })
          count.file()
        }),
      ),
    )
    await archiver.undo(archiveId, count.archive)
  } catch (error) {
    for (const p of putAside.reverse()) await rename(p.to, p.from).catch(() => undefined)
    await rmdir(aside).catch(() => undefined)
    throw error
  }
  await Promise.all(putAside.map((p) => limit(() => unlink(p.to).catch(() => undefined))))
  await rmdir(aside).catch(() => undefined)
  for (const f of record.createdFolders) await rmdir(f).catch(() => undefined)
  if (record.decisions && record.decisions.length > 0) {
    await writeDecisions(folder, record.decisions.map((d) => ({ name: d.name, text: d.previous })), count.file).catch((error: unknown) =>
      warn(`The files are back, but the saved decisions of ${archiveId} could not be put back: ${(error as Error).message}`),
    )
  }
  await unlink(join(runsDir(folder), `${archiveId}.json`)).catch(() => undefined)
  await removeStateIfEmpty(folder)
  return { archiveId, restored: moved.map((m) => m.from), removed: putAside.map((p) => p.from).sort() }
}

/** Written files of a run that differ from what it wrote (a file gone is not edited). */
async function editedSince(record: RunRecord): Promise<string[]> {
  const hashes = await Promise.all(record.written.map((w) => limit(() => hashOf(w.path))))
  return record.written.filter((w, i) => hashes[i] !== null && hashes[i] !== w.hash).map((w) => w.path)
}

/** Strictly below `folder` (unlike path-within's isWithin, the folder itself is not). */
const isBelow = (folder: string, path: string): boolean => relativeBelow(folder, path) !== null

/** Every path inside the folder (as named, or its real path). */
async function checkInside(folder: string, paths: readonly string[]): Promise<void> {
  const real = await realpath(folder).catch(() => folder)
  const outside = paths.find((p) => !isBelow(folder, p) && !isBelow(real, p))
  if (outside !== undefined) throw hostFailure('bad-request', `The record of this run names ${outside}, outside ${folder}; it is not undone (undo it by hand from the .agent-merge-archive folders)`, folder)
}

/** One run of the folder's history, as `agent-merge undo` and the app show it: the host API's step. */
export type RunSummary = FolderStep

/** The folder's runs, newest first; an unreadable one is left out with a warning. */
export async function describeRuns(folder: string, warn: Warn): Promise<RunSummary[]> {
  const archiver = archiverFor(folder, warn)
  const out: RunSummary[] = []
  for (const id of (await listRuns(folder)).reverse()) {
    try {
      const record = await readRecord(folder, id, warn)
      const moved = await archiver.describe(id)
      const ownWrites = new Set(record.written.map((w) => w.path))
      const taken = await Promise.all(moved.map((m) => limit(async () => !ownWrites.has(m.from) && (await isThere(m.from)))))
      out.push({
        id,
        createdAt: record.createdAt,
        label: typeof record.label === 'string' ? record.label : null,
        archived: moved.map((m) => m.from),
        written: record.written.map((w) => w.path),
        decisions: Array.isArray(record.decisions) ? record.decisions.length : 0,
        edited: await editedSince(record),
        taken: moved.filter((_, i) => taken[i]).map((m) => m.from),
      })
    } catch (error) {
      warn(`Skipping run ${id} of ${folder}: ${(error as Error).message}`)
    }
  }
  return out
}

async function readRecord(folder: string, id: string, warn: Warn): Promise<RunRecord> {
  const value = await readJsonFile(join(runsDir(folder), `${id}.json`), warn)
  const decisionsOk = !isRecord(value) || value.decisions === undefined || (Array.isArray(value.decisions) && value.decisions.every((d) => isRecord(d) && typeof d.name === 'string' && (d.previous === null || typeof d.previous === 'string')))
  const ok = isRecord(value) && Array.isArray(value.written) && value.written.every((w) => isRecord(w) && typeof w.path === 'string' && typeof w.hash === 'string') && Array.isArray(value.createdFolders) && value.createdFolders.every((f) => typeof f === 'string') && decisionsOk
  if (!ok) throw hostFailure('not-found', `The record of run ${id} in ${runsDir(folder)} is unreadable; undo it by hand from the .agent-merge-archive folders`, folder)
  return value as unknown as RunRecord
}

/** Our bookkeeping folders go when nothing is left in them (saved recipes stay). */
async function removeStateIfEmpty(folder: string): Promise<void> {
  for (const f of [runsDir(folder), join(stateDir(folder), ARCHIVES), stateDir(folder)]) {
    try {
      if ((await readdir(f)).length === 0) await rmdir(f)
    } catch {
      // not there, or not empty
    }
  }
}
