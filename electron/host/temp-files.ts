// The temp files a write makes beside its target (`.agent-merge-tmp-<name>-<12 hex>`), its lock
// folder (`.agent-merge-tmp-<name>.lock`, made as `<that>-<12 hex>`: file-lock.ts), and the
// cleanup of ones a killed process left behind: only names of exactly that shape, only regular
// files or lock folders holding nothing but an owner file (never a link), only ones untouched for
// a while, never one this process is writing or holds.

import { randomBytes } from 'node:crypto'
import { lstat, readdir, rmdir, unlink } from 'node:fs/promises'
import { join } from 'node:path'

/** Temp files start with this so the watcher and the scanner can ignore them. */
export const TEMP_FILE_PREFIX = '.agent-merge-tmp-'
const TEMP_FILE_NAME = /^\.agent-merge-tmp-.+(?:-[0-9a-f]{12}|\.lock)$/
const LOCK_FOLDER_NAME = /^\.agent-merge-tmp-.+\.lock(?:-[0-9a-f]{12})?$/
/** The owner file inside a lock folder: `<pid>-<start ms>-<16 hex>`. */
export const LOCK_OWNER_NAME = /^(\d+)-\d+-[0-9a-f]{16}$/

/** A temp file untouched this long was left by a process that died (a write takes seconds). */
export const STALE_TEMP_AGE_MS = 10 * 60 * 1000

const writing = new Set<string>() // names of the temp files (and locks) this process is writing or holds

export function newTempName(targetName: string): string {
  return `${TEMP_FILE_PREFIX}${targetName}-${randomBytes(6).toString('hex')}`
}

export function isTempFileName(name: string): boolean {
  return TEMP_FILE_NAME.test(name)
}

export function isLockFolderName(name: string): boolean {
  return LOCK_FOLDER_NAME.test(name)
}

/** Marks a temp file name as being written by this process for the duration of `task`. */
export async function whileWriting<T>(tempName: string, task: () => Promise<T>): Promise<T> {
  writing.add(tempName)
  try {
    return await task()
  } finally {
    writing.delete(tempName)
  }
}

/** Removes `path` when it is one of our temp files, a regular file, and older than `maxAgeMs`.
 *  Returns whether it was removed; never throws (a file that cannot be removed stays). */
export async function removeStaleTempFile(path: string, name: string, maxAgeMs: number, now = Date.now()): Promise<boolean> {
  if (!isTempFileName(name) || writing.has(name)) return false
  try {
    const info = await lstat(path)
    if (!info.isFile() || now - info.mtimeMs < maxAgeMs) return false
    await unlink(path)
    return true
  } catch {
    return false
  }
}

/** Removes the lock folder `path` when it holds nothing but owner files all older than
 *  `maxAgeMs` (or nothing, and is that old itself): the owner files first, then the folder only
 *  while it is empty, so a lock another process takes meanwhile stays. Never throws. */
export async function removeStaleLockFolder(path: string, name: string, maxAgeMs: number, now = Date.now()): Promise<boolean> {
  if (!isLockFolderName(name) || writing.has(name)) return false
  try {
    const info = await lstat(path)
    if (!info.isDirectory()) return false
    const owners = await readdir(path)
    if (owners.length > 1 || !owners.every((owner) => LOCK_OWNER_NAME.test(owner))) return false
    const stamps = await Promise.all(owners.map((owner) => lstat(join(path, owner))))
    if (!stamps.every((stamp) => stamp.isFile() && now - stamp.mtimeMs >= maxAgeMs)) return false
    if (owners.length === 0 && now - info.mtimeMs < maxAgeMs) return false
    for (const owner of owners) await unlink(join(path, owner))
    await rmdir(path)
    return true
  } catch {
    return false
  }
}
