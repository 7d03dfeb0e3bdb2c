// Atomic write: temp file in the target's folder, written, fsynced, then renamed over the target
// (or, for a new file, hard-linked to its name, which fails when the name exists) and the folder
// fsynced. Refuses when the target changed since the caller read it, or is a protected source
// file, naming every reason at once. One write at a time per real path, in this process (a
// queue) and across processes (a lock folder beside the target: file-lock.ts), so a check and its
// write have nothing in between; the folder is held open throughout, so one
// swapped for a symlink cannot send the file elsewhere. Keeps an existing file's mode and writes
// through a symlink to its real file. Never leaves a temp file behind (a killed process's are
// removed by the next scan: temp-files.ts). Many files go as one batch (writeFilesAtomic): each
// step per file as above, but each folder held and fsynced once for all of its files.

import { constants } from 'node:fs'
import { link, open, realpath, rename, unlink } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import type { WriteRefusal, WriteResult } from '../../shared/host-api'
import { createLimiter, type Limiter } from './concurrency'
import { sha256HexOfBytes } from './file-bytes'
import { withFileLock } from './file-lock'
import { withHeldFolder, type HeldFolder } from './held-folder'
import { asHostFailure, hostFailure, writeRefused } from './host-error'
import { NO_HARD_LINKS } from './move-file'
import { withPathLock } from './path-lock'
import { newTempName, whileWriting } from './temp-files'

export { TEMP_FILE_PREFIX } from './temp-files'

export interface WriteOptions {
  /** SHA-256 hex of the content the caller read; null = the file must not exist yet. */
  readonly expectedHash: string | null
  /** Write even when the target changed on disk or exists (not over a protected source). */
  readonly force?: boolean
  /** The target was read as an agent file, with this hash, and the caller may not overwrite it:
   *  refuse with 'source-file' while it exists (whatever expectedHash and force say). */
  readonly sourceReadHash?: string
  /** `path` is a real path the caller checked (inside the opened folders): refuse when it no
   *  longer resolves to itself (a folder on the way was swapped for a link since). */
  readonly checkedRealPath?: boolean
}

interface CurrentTarget {
  readonly hash: string | null // null: does not exist
  readonly mode: number | null
}

// Never follow a link at the last step (the real path was resolved already); never block on a FIFO.
const READ_TARGET_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0) | (constants.O_NONBLOCK ?? 0)

/** Where `path` really is: its real path, or its real folder and its name when it does not exist. */
async function realTargetOf(path: string): Promise<string> {
  try {
    return await realpath(path)
  } catch (error) {
    if ((error as { code?: string }).code !== 'ENOENT') throw asHostFailure(error, path)
  }
  try {
    return join(await realpath(dirname(path)), basename(path))
  } catch (error) {
    throw asHostFailure(error, path)
  }
}

async function readCurrent(folder: HeldFolder, name: string, display: string): Promise<CurrentTarget> {
  let handle
  try {
    handle = await open(folder.entry(name), READ_TARGET_FLAGS)
  } catch (error) {
    const code = (error as { code?: string }).code
    if (code === 'ENOENT') return { hash: null, mode: null }
    if (code === 'ELOOP') {
      throw hostFailure('io-error', `${display} is a symbolic link to nothing, or was just replaced by one; nothing was written`, display)
    }
    throw asHostFailure(error, display)
  }
  try {
    const info = await handle.stat()
    if (!info.isFile()) throw hostFailure('io-error', `${display} exists and is not a regular file`, display)
    const bytes = await handle.readFile()
    return { hash: sha256HexOfBytes(bytes), mode: info.mode & 0o7777 }
  } catch (error) {
    throw asHostFailure(error, display)
  } finally {
    await handle.close()
  }
}

/** Refuses with every reason that applies, the strongest as the code: 'source-file', then
 *  'changed-on-disk' or 'exists'. */
function checkWrite(path: string, current: CurrentTarget, options: WriteOptions): void {
  const exists = current.hash !== null
  const sourceFile = exists && options.sourceReadHash !== undefined
  const unexpected = options.expectedHash === null ? exists : current.hash !== options.expectedHash
  if (!sourceFile && (options.force === true || !unexpected)) return
  const refusal: WriteRefusal = {
    sourceFile,
    currentHash: current.hash,
    changedOnDisk: options.expectedHash !== null ? unexpected : sourceFile && current.hash !== options.sourceReadHash,
  }
  if (sourceFile) {
    const changed = refusal.changedOnDisk ? ' and changed on disk since' : ''
    throw writeRefused('source-file', `${path} was read as an agent file${changed}; confirm overwriting it (overwriteSource) or save the merge under another name`, path, refusal)
  }
  if (options.expectedHash === null) {
    throw writeRefused('exists', `${path} already exists; choose another name or confirm overwriting it`, path, refusal)
  }
  if (!exists) throw writeRefused('changed-on-disk', `${path} was deleted or moved since it was read`, path, refusal)
  throw writeRefused('changed-on-disk', `${path} changed on disk since it was read; reload it or confirm overwriting`, path, refusal)
}

export async function writeFileAtomic(path: string, text: string, options: WriteOptions): Promise<WriteResult> {
  const [result] = await writeFilesAtomic([{ path, text, options }])
  return result!
}

export interface FileWrite {
  readonly path: string
  readonly text: string
  readonly options: WriteOptions
}

export interface BatchOptions {
  /** Bounds the files written at once (default: one after another). */
  readonly limit?: Limiter
  /** Told after each file is in place (before its folder's fsync). */
  readonly written?: (result: WriteResult) => void
}

interface TargetWrite {
  readonly index: number // in the batch
  readonly file: FileWrite
  readonly target: string // real path
  readonly bytes: Buffer
}

/** Writes each file as writeFileAtomic does, but holds and fsyncs each real folder once for all
 *  of its files. Every file is tried; rejects with the first failure (in the order given) after
 *  all have ended: the files written stay written. */
export async function writeFilesAtomic(files: readonly FileWrite[], batch: BatchOptions = {}): Promise<WriteResult[]> {
  const limit = batch.limit ?? createLimiter(1)
  const outcomes: PromiseSettledResult<WriteResult>[] = []
  const resolved = await Promise.allSettled(files.map((file, index) => limit(() => targetOf(file, index))))
  const byFolder = new Map<string, TargetWrite[]>()
  for (const [index, r] of resolved.entries()) {
    if (r.status === 'rejected') {
      outcomes[index] = r
      continue
    }
    const folder = dirname(r.value.target)
    const list = byFolder.get(folder)
    if (list) list.push(r.value)
    else byFolder.set(folder, [r.value])
  }
  // Folder by folder: each holds a handle open while its files wait for the limiter.
  for (const [folderPath, writes] of byFolder) {
    try {
      await withHeldFolder(folderPath, writes[0]!.file.path, async (folder) => {
        const results = await Promise.allSettled(writes.map((w) => limit(() => writeInFolder(folder, w, batch.written))))
        results.forEach((r, i) => (outcomes[writes[i]!.index] = r))
        await folder.sync()
      })
    } catch (reason) {
      for (const w of writes) outcomes[w.index] ??= { status: 'rejected', reason }
    }
  }
  return outcomes.map((r) => {
    if (r.status === 'rejected') throw r.reason
    return r.value
  })
}

async function targetOf(file: FileWrite, index: number): Promise<TargetWrite> {
  const target = await realTargetOf(file.path)
  if (file.options.checkedRealPath === true && target !== file.path) {
    throw hostFailure('io-error', `${file.path} now leads to ${target}: a folder on the way changed while saving; nothing was written`, file.path)
  }
  return { index, file, target, bytes: Buffer.from(file.text, 'utf8') }
}

async function writeInFolder(folder: HeldFolder, { file, target, bytes }: TargetWrite, written: BatchOptions['written']): Promise<WriteResult> {
  const name = basename(target)
  await withPathLock(target, () =>
    withFileLock(folder, name, file.path, async () => {
      const current = await readCurrent(folder, name, file.path)
      checkWrite(file.path, current, file.options)
      await writeThroughTemp(folder, name, file.path, bytes, current.mode, file.options)
    }),
  )
  const result = { path: file.path, hash: sha256HexOfBytes(bytes) }
  written?.(result)
  return result
}

async function writeThroughTemp(folder: HeldFolder, name: string, display: string, bytes: Buffer, mode: number | null, options: WriteOptions): Promise<void> {
  const tempName = newTempName(name)
  const tempPath = folder.entry(tempName)
  await whileWriting(tempName, async () => {
    let tempExists = false
    try {
      const handle = await open(tempPath, 'wx', mode ?? 0o666)
      tempExists = true
      try {
        await handle.writeFile(bytes)
        // open()'s mode is filtered by the umask: set an existing file's mode exactly.
        if (mode !== null) await handle.chmod(mode)
        await handle.sync()
      } finally {
        await handle.close()
      }
      await folder.checkUnmoved()
      if (options.expectedHash === null && options.force !== true) await createExclusively(folder, tempPath, name, display, options)
      else {
        await rename(tempPath, folder.entry(name))
        tempExists = false
      }
    } catch (error) {
      throw asHostFailure(error, display)
    } finally {
      if (tempExists) await unlink(tempPath).catch(() => undefined)
    }
  })
}

/** A new file appears whole under its name, or not at all when the name is taken (by anyone,
 *  this process or another): link() fails on an existing name where rename() would replace it. */
async function createExclusively(folder: HeldFolder, tempPath: string, name: string, display: string, options: WriteOptions): Promise<void> {
  try {
    await link(tempPath, folder.entry(name))
    return
  } catch (error) {
    const code = (error as { code?: string }).code ?? ''
    if (code === 'EEXIST') {
      checkWrite(display, await readCurrent(folder, name, display), options)
      throw writeRefused('exists', `${display} already exists; choose another name or confirm overwriting it`, display, { sourceFile: false, currentHash: null, changedOnDisk: false })
    }
    if (!NO_HARD_LINKS.has(code)) throw error
  }
  // No hard links here: the lock keeps this process's writers apart; check once more and rename.
  checkWrite(display, await readCurrent(folder, name, display), options)
  await rename(tempPath, folder.entry(name))
}

