// One consolidation run on a folder, as one reversible operation: the files it replaces are
// archived together (one archive id), the new files are written, and a run record in
// `<folder>/.agent-merge/runs/<id>.json` lists what was written. Undo puts the written files
// aside, restores the archive, then deletes them: the tree is back byte for byte. The archive
// registry is the folder's own (`.agent-merge/archives/`), so undo works from any machine
// account that can write the folder, without the app's settings.

import { mkdir, readdir, readFile, realpath, rename, rmdir, stat, unlink } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { createArchiver } from './archive'
import { sha256HexOfBytes } from './file-bytes'
import { hostFailure } from './host-error'
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
}

interface RunRecord {
  readonly version: 1
  readonly archiveId: string
  readonly createdAt: number
  readonly written: readonly { readonly path: string; readonly hash: string }[]
  /** Folders the run made for its files (a renamed skill's folder), deepest first. */
  readonly createdFolders: readonly string[]
}

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

/** Archives, writes and records; on any failure puts everything back and rethrows. */
export async function applyRun(folder: string, plan: RunPlan, now: Date, warn: Warn): Promise<{ archiveId: string }> {
  const changed: string[] = []
  for (const f of plan.archive) if ((await hashOf(f.path)) !== f.hash) changed.push(f.path)
  if (changed.length > 0) throw hostFailure('changed-on-disk', `${changed.join(', ')} changed on disk since ${changed.length === 1 ? 'it was' : 'they were'} read; nothing was changed`, changed[0])
  const archived = new Set(plan.archive.map((f) => f.path))
  const taken: string[] = []
  for (const w of plan.writes) if (!archived.has(w.path) && (await hashOf(w.path)) !== null) taken.push(w.path)
  if (taken.length > 0) throw hostFailure('exists', `${taken.join(', ')} already exist${taken.length === 1 ? 's' : ''}; nothing was changed`, taken[0])

  const archiver = archiverFor(folder, warn)
  const targets = await Promise.all(plan.archive.map(async (f) => ({ path: f.path, realPath: await realpath(f.path) })))
  const { archiveId } = await archiver.archive(targets, now)
  const written: { path: string; hash: string }[] = []
  const createdFolders: string[] = []
  try {
    for (const w of plan.writes) {
      createdFolders.unshift(...(await makeFolders(dirname(w.path))))
      await writeFileAtomic(w.path, w.text, { expectedHash: null })
      written.push({ path: w.path, hash: sha256HexOfBytes(Buffer.from(w.text, 'utf8')) })
    }
    const record: RunRecord = { version: 1, archiveId, createdAt: now.getTime(), written, createdFolders }
    await mkdir(runsDir(folder), { recursive: true })
    await writeJsonFile(join(runsDir(folder), `${archiveId}.json`), record)
  } catch (error) {
    for (const w of written) await unlink(w.path).catch(() => undefined)
    for (const f of createdFolders) await rmdir(f).catch(() => undefined)
    await archiver.undo(archiveId).catch(() => undefined)
    await removeStateIfEmpty(folder)
    throw error
  }
  return { archiveId }
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

/** Run ids of the folder, oldest first (ids start with their time). */
export async function listRuns(folder: string): Promise<string[]> {
  try {
    return (await readdir(runsDir(folder))).filter((n) => n.endsWith('.json')).map((n) => n.slice(0, -5)).sort()
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
 *  was edited since (it would be lost) or an archived file's path is taken. */
export async function undoRun(folder: string, id: string | undefined, warn: Warn): Promise<UndoResult> {
  const runs = await listRuns(folder)
  const archiveId = id ?? runs.at(-1)
  if (archiveId === undefined) throw hostFailure('not-found', `${folder} has no consolidation to undo`, folder)
  if (!runs.includes(archiveId)) throw hostFailure('not-found', `${folder} has no run ${archiveId} to undo (runs: ${runs.join(', ') || 'none'})`, folder)
  const record = await readRecord(folder, archiveId, warn)
  const edited: string[] = []
  for (const w of record.written) {
    const hash = await hashOf(w.path)
    if (hash !== null && hash !== w.hash) edited.push(w.path)
  }
  if (edited.length > 0) throw hostFailure('changed-on-disk', `${edited.join(', ')} changed since the run wrote ${edited.length === 1 ? 'it' : 'them'}; undo would lose that: move ${edited.length === 1 ? 'it' : 'them'} away first`, edited[0])
  const archiver = archiverFor(folder, warn)
  const moved = await archiver.describe(archiveId)
  // Written files go aside first (the archive's paths must be free), and come back if undo fails.
  const aside = join(stateDir(folder), `undo-${archiveId}`)
  await mkdir(aside, { recursive: true })
  const putAside: { from: string; to: string }[] = []
  try {
    for (const [i, w] of record.written.entries()) {
      if ((await hashOf(w.path)) === null) continue
      const to = join(aside, String(i))
      await rename(w.path, to)
      putAside.push({ from: w.path, to })
    }
    await archiver.undo(archiveId)
  } catch (error) {
    for (const p of putAside.reverse()) await rename(p.to, p.from).catch(() => undefined)
    await rmdir(aside).catch(() => undefined)
    throw error
  }
  for (const p of putAside) await unlink(p.to).catch(() => undefined)
  await rmdir(aside).catch(() => undefined)
  for (const f of record.createdFolders) await rmdir(f).catch(() => undefined)
  await unlink(join(runsDir(folder), `${archiveId}.json`)).catch(() => undefined)
  await removeStateIfEmpty(folder)
  return { archiveId, restored: moved.map((m) => m.from), removed: putAside.map((p) => p.from) }
}

async function readRecord(folder: string, id: string, warn: Warn): Promise<RunRecord> {
  const value = await readJsonFile(join(runsDir(folder), `${id}.json`), warn)
  const ok = isRecord(value) && Array.isArray(value.written) && value.written.every((w) => isRecord(w) && typeof w.path === 'string' && typeof w.hash === 'string') && Array.isArray(value.createdFolders)
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
