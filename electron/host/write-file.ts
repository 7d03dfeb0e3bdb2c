// Atomic write: temp file in the same folder, write, fsync, rename over the target, fsync the
// folder. Refuses when the target changed since the caller read it, or is a protected source
// file, naming every reason at once. Keeps an existing file's mode and writes through a symlink
// to its real file. Never leaves a temp file behind.

import { randomBytes } from 'node:crypto'
import { chmod, open, readFile, realpath, rename, stat, unlink } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import type { WriteRefusal, WriteResult } from '../../shared/host-api'
import { sha256HexOfBytes } from './file-bytes'
import { asHostFailure, hostFailure, writeRefused } from './host-error'

/** Temp files start with this so the watcher and the scanner can ignore them. */
export const TEMP_FILE_PREFIX = '.agent-merge-tmp-'

export interface WriteOptions {
  /** SHA-256 hex of the content the caller read; null = the file must not exist yet. */
  readonly expectedHash: string | null
  /** Write even when the target changed on disk or exists (not over a protected source). */
  readonly force?: boolean
  /** The target was read as an agent file, with this hash, and the caller may not overwrite it:
   *  refuse with 'source-file' while it exists (whatever expectedHash and force say). */
  readonly sourceReadHash?: string
}

interface CurrentTarget {
  readonly realPath: string
  readonly hash: string | null // null: does not exist
  readonly mode: number | null
}

async function readCurrent(path: string): Promise<CurrentTarget> {
  let realPath: string
  try {
    realPath = await realpath(path)
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return { realPath: path, hash: null, mode: null }
    throw asHostFailure(error, path)
  }
  try {
    const info = await stat(realPath)
    if (!info.isFile()) throw hostFailure('io-error', `${path} exists and is not a regular file`, path)
    const bytes = await readFile(realPath)
    return { realPath, hash: sha256HexOfBytes(bytes), mode: info.mode & 0o7777 }
  } catch (error) {
    throw asHostFailure(error, path)
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
  const current = await readCurrent(path)
  checkWrite(path, current, options)
  const target = current.realPath
  const folder = dirname(target)
  const bytes = Buffer.from(text, 'utf8')
  const tempPath = join(folder, `${TEMP_FILE_PREFIX}${basename(target)}-${randomBytes(6).toString('hex')}`)
  let tempCreated = false
  try {
    const handle = await open(tempPath, 'wx', current.mode ?? 0o666)
    tempCreated = true
    try {
      await handle.writeFile(bytes)
      await handle.sync()
    } finally {
      await handle.close()
    }
    // open()'s mode is filtered by the umask: set an existing file's mode exactly.
    if (current.mode !== null) await chmod(tempPath, current.mode)
    await rename(tempPath, target)
    tempCreated = false
  } catch (error) {
    if (tempCreated) await unlink(tempPath).catch(() => undefined)
    throw asHostFailure(error, path)
  }
  await syncFolder(folder)
  return { path, hash: sha256HexOfBytes(bytes) }
}

/** Make the rename durable. Not every platform can open a folder for fsync (Windows): ignore. */
async function syncFolder(folder: string): Promise<void> {
  try {
    const handle = await open(folder, 'r')
    try {
      await handle.sync()
    } finally {
      await handle.close()
    }
  } catch {
    // best effort
  }
}
