// The temp files a write makes beside its target (`.agent-merge-tmp-<name>-<12 hex>`, and its
// lock `.agent-merge-tmp-<name>.lock`: file-lock.ts), and the cleanup of ones a killed process left behind: only names of exactly that shape, only regular
// files (never a link), only ones untouched for a while, never one this process is writing.

import { randomBytes } from 'node:crypto'
import { lstat, unlink } from 'node:fs/promises'

/** Temp files start with this so the watcher and the scanner can ignore them. */
export const TEMP_FILE_PREFIX = '.agent-merge-tmp-'
const TEMP_FILE_NAME = /^\.agent-merge-tmp-.+(?:-[0-9a-f]{12}|\.lock)$/

/** A temp file untouched this long was left by a process that died (a write takes seconds). */
export const STALE_TEMP_AGE_MS = 10 * 60 * 1000

const writing = new Set<string>() // names of the temp files (and locks) this process is writing or holds

export function newTempName(targetName: string): string {
  return `${TEMP_FILE_PREFIX}${targetName}-${randomBytes(6).toString('hex')}`
}

export function isTempFileName(name: string): boolean {
  return TEMP_FILE_NAME.test(name)
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
