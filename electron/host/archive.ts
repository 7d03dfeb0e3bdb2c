// Archive instead of delete: files move into `.agent-merge-archive/<id>/` beside them, with a
// manifest.json there, and a registry entry in the config folder so `undoArchive(id)` works
// after a restart. Undo refuses when an original path is taken again. Nothing is deleted. Every
// move goes through held folders (move-file.ts): a folder swapped for a link on the way, or an
// archive folder that is a link, is refused instead of followed.

import { randomBytes } from 'node:crypto'
import { lstat, mkdir, open, readdir, rmdir, stat, unlink } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import type { ArchiveResult } from '../../shared/host-api'
import { withHeldFolder, type HeldFolder } from './held-folder'
import { createLimiter, settleAll } from './concurrency'
import { asHostFailure, hostFailure } from './host-error'
import { isRecord, readJsonFile, writeJsonFile, type Warn } from './json-file'
import { moveFilesGrouped, type FileMove } from './move-file'

export const ARCHIVE_FOLDER = '.agent-merge-archive'
export const MANIFEST_FILE = 'manifest.json'
const ARCHIVE_ID = /^[0-9]{8}T[0-9]{9}Z-[0-9a-f]{6}$/

export interface ArchiveTarget {
  readonly path: string // as the caller named it (reported back)
  readonly realPath: string // what is moved
}

interface MovedFile {
  readonly from: string
  readonly to: string
  readonly realFrom: string
  readonly realTo: string
}

interface ArchiveRecord {
  readonly id: string
  readonly createdAt: number
  readonly moved: readonly MovedFile[]
}

export function newArchiveId(now: Date): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace('.', '') // 20261121T051000123Z
  return `${stamp}-${randomBytes(3).toString('hex')}`
}

export function isArchiveId(id: unknown): id is string {
  return typeof id === 'string' && ARCHIVE_ID.test(id)
}

export function checkArchiveId(id: unknown): string {
  if (!isArchiveId(id)) throw hostFailure('bad-request', `"${String(id)}" is not an archive id`)
  return id
}

/** Whether the entry is there (a link counts, wherever it leads: an archived relative link
 *  leads nowhere from the archive folder). */
async function exists(path: string): Promise<boolean> {
  return lstat(path).then(() => true, () => false)
}

function movedFrom(value: unknown): MovedFile[] | null {
  if (!Array.isArray(value)) return null
  const ok = value.every(
    (m) => isRecord(m) && ['from', 'to', 'realFrom', 'realTo'].every((k) => typeof m[k] === 'string'),
  )
  return ok ? (value as MovedFile[]) : null
}

/** Makes `.agent-merge-archive/<id>/` in the held `source` folder, each level inside the held level
 *  above it; one there already is used. */
async function makeArchiveFolder(source: HeldFolder, id: string, display: string): Promise<void> {
  const makeIn = async (folder: HeldFolder, name: string): Promise<void> => {
    await mkdir(folder.entry(name)).catch((error: { code?: string }) => {
      if (error.code !== 'EEXIST') throw asHostFailure(error, display)
    })
  }
  await makeIn(source, ARCHIVE_FOLDER)
  await withHeldFolder(join(source.realPath, ARCHIVE_FOLDER), display, (archives) => makeIn(archives, id))
}

/** Told how much of an archive (each file moved and each manifest written) or of its undo (each
 *  file moved back and each archive folder removed) is done, of how much. */
export type ArchiveProgress = (done: number, total: number) => void

export interface Archiver {
  archive(targets: readonly ArchiveTarget[], now: Date, progress?: ArchiveProgress): Promise<ArchiveResult>
  /** The files an archive moved (to check them against the opened roots before undoing). */
  describe(id: string): Promise<readonly { readonly from: string; readonly to: string; readonly realFrom: string; readonly realTo: string }[]>
  undo(id: string, progress?: ArchiveProgress): Promise<void>
}

/** Moves at once: enough to overlap the file system's waits, few enough for the libuv pool. */
const PARALLEL_MOVES = 16

export function createArchiver(registryDir: string, warn: Warn): Archiver {
  const limit = createLimiter(PARALLEL_MOVES)
  const recordPath = (id: string): string => join(registryDir, `${checkArchiveId(id)}.json`)

  async function readRecord(id: string): Promise<ArchiveRecord> {
    const value = await readJsonFile(recordPath(id), warn)
    const moved = isRecord(value) ? movedFrom(value.moved) : null
    if (!isRecord(value) || moved === null || typeof value.createdAt !== 'number') {
      throw hostFailure('not-found', `No archive ${id} is known (it was undone already, or made on another machine)`)
    }
    return { id, createdAt: value.createdAt, moved }
  }

  return {
    async archive(targets, now, progress) {
      const unique = [...new Map(targets.map((t) => [t.realPath, t])).values()]
      if (unique.length === 0) throw hostFailure('bad-request', 'Nothing to archive: the list of files is empty')
      await settleAll(
        unique.map((target) =>
          limit(async () => {
            const info = await stat(target.realPath).catch((error: unknown) => {
              throw asHostFailure(error, target.path)
            })
            if (!info.isFile()) throw hostFailure('bad-request', `${target.path} is not a file; only files are archived`, target.path)
          }),
        ),
      )
      const id = newArchiveId(now)
      const moved: MovedFile[] = unique.map((t) => ({
        from: t.path,
        to: join(dirname(t.path), ARCHIVE_FOLDER, id, basename(t.path)),
        realFrom: t.realPath,
        realTo: join(dirname(t.realPath), ARCHIVE_FOLDER, id, basename(t.realPath)),
      }))
      const done: MovedFile[] = []
      const archiveFolders = new Set(moved.map((m) => dirname(m.realTo))) // `<source folder>/.agent-merge-archive/<id>`
      const step = counter(moved.length + archiveFolders.size, progress)
      try {
        // The moves of each source folder together (its archive folder made first, in the same
        // hold), several folders at once: each waits on the file system, not on the others.
        await moveFilesGrouped(moved.map(into), limit, {
          makeTarget: (source, display) => makeArchiveFolder(source, id, display),
          moved: ({ file }) => {
            done.push(file)
            step()
          },
        })
        const record: ArchiveRecord = { id, createdAt: now.getTime(), moved }
        const movedInto = new Map<string, MovedFile[]>()
        for (const m of moved) {
          const list = movedInto.get(dirname(m.realTo))
          if (list) list.push(m)
          else movedInto.set(dirname(m.realTo), [m])
        }
        await Promise.all(
          [...archiveFolders].map((folder) =>
            limit(async () => {
              await writeManifest(folder, { ...record, moved: movedInto.get(folder)! })
              step()
            }),
          ),
        )
        await mkdir(registryDir, { recursive: true })
        await writeJsonFile(recordPath(id), record)
      } catch (error) {
        // Put back what was moved so a failed archive changes nothing the user sees; its folders
        // and manifests go too (the id is new: none was there before), unless a file could not be
        // put back (they say where it is).
        let stuck = false
        await moveFilesGrouped(done.map(back), limit).catch(() => (stuck = true))
        if (!stuck) await removeArchiveFolders(archiveFolders)
        throw asHostFailure(error)
      }
      return { archiveId: id, moved: moved.map(({ from, to }) => ({ from, to })) }
    },

    async describe(id) {
      return (await readRecord(id)).moved.map(({ from, to, realFrom, realTo }) => ({ from, to, realFrom, realTo }))
    },

    async undo(id, progress) {
      const record = await readRecord(id)
      const taken: string[] = []
      const missing: string[] = []
      const states = await Promise.all(record.moved.map((m) => limit(async () => ({ m, taken: await exists(m.realFrom), there: await exists(m.realTo) }))))
      for (const { m, taken: isTaken, there } of states) {
        if (isTaken) taken.push(m.from)
        if (!there) missing.push(m.to)
      }
      if (taken.length > 0) {
        throw hostFailure('exists', `Cannot undo the archive: ${taken.join(', ')} exist${taken.length === 1 ? 's' : ''} again; move or rename ${taken.length === 1 ? 'it' : 'them'} first`, taken[0])
      }
      if (missing.length > 0) {
        throw hostFailure('not-found', `Cannot undo the archive: ${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} no longer in the archive folder`, missing[0])
      }
      const archiveFolders = new Set(record.moved.map((m) => dirname(m.realTo)))
      const step = counter(record.moved.length + archiveFolders.size, progress)
      await moveFilesGrouped(record.moved.map(back), limit, { moved: step })
      await removeArchiveFolders(archiveFolders, step)
      await unlink(recordPath(id)).catch(() => undefined)
    },
  }
}

/** The manifest of one archive folder: what was moved into it, for a person looking at it (undo
 *  reads the registry). The folder is the archive's own, made for this id a moment ago: no other
 *  writer, nothing to compare or replace, so a plain new file through the held folder; not synced,
 *  like the moves it lists (the registry record is). The atomic path's lock, temp file and two
 *  syncs were most of an archive of 2,250 files in 1,290 folders (1.7 of 4 s here). */
async function writeManifest(folder: string, record: ArchiveRecord): Promise<void> {
  await withHeldFolder(folder, join(folder, MANIFEST_FILE), async (held) => {
    const handle = await open(held.entry(MANIFEST_FILE), 'wx').catch((error: unknown) => {
      throw asHostFailure(error, join(folder, MANIFEST_FILE))
    })
    try {
      await handle.writeFile(`${JSON.stringify(record, null, 2)}\n`)
    } finally {
      await handle.close()
    }
  })
}

/** Into the archive folder, grouped by folder (move-file.ts), with the file it is. */
function into(file: MovedFile): FileMove & { readonly file: MovedFile } {
  return { from: file.realFrom, to: file.realTo, display: file.to, file }
}

/** Back where it was. */
function back(file: MovedFile): FileMove {
  return { from: file.realTo, to: file.realFrom, display: file.from }
}

/** The steps `undo` reports for an archive that moved `moved`: each file moved back, each archive
 *  folder removed (a caller's estimate of the total before the undo tells it). */
export function undoSteps(moved: readonly { readonly realTo: string }[]): number {
  return moved.length + new Set(moved.map((m) => dirname(m.realTo))).size
}

/** Counts units of work done, telling `progress` after each. */
function counter(total: number, progress: ArchiveProgress | undefined): () => void {
  let done = 0
  return () => progress?.(++done, total)
}

/** Our own bookkeeping in each `<id>` folder goes; the folders only when empty (a user may have
 *  put files there). */
async function removeArchiveFolders(folders: Iterable<string>, removed?: () => void): Promise<void> {
  for (const folder of folders) {
    await unlink(join(folder, MANIFEST_FILE)).catch(() => undefined)
    await removeIfEmpty(folder)
    await removeIfEmpty(dirname(folder))
    removed?.()
  }
}

async function removeIfEmpty(folder: string): Promise<void> {
  try {
    if ((await readdir(folder)).length === 0) await rmdir(folder)
  } catch {
    // left in place
  }
}
