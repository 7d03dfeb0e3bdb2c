// One writer at a time per file across processes (the app, the CLI, several `serve`): a lock file
// beside the target, created with an exclusive open, so of two processes that both read the same
// hash only the one holding the lock checks and writes; the other checks after it and is refused.
// The lock names its owner (pid, start time, a random token). A lock whose owner is gone (no such
// process here) or that is older than any write takes is stale and taken over. Its name starts
// with the temp-file prefix, so the watcher and the scanner pass over it, and a scan removes one
// a killed process left (temp-files.ts).

import { randomBytes } from 'node:crypto'
import { open, readFile, stat, unlink } from 'node:fs/promises'
import type { HeldFolder } from './held-folder'
import { asHostFailure, hostFailure } from './host-error'
import { TEMP_FILE_PREFIX, whileWriting } from './temp-files'

/** A lock held this long belongs to a process that hung or died on another machine: a write of a
 *  file under the 2 MiB limit takes milliseconds. */
export const STALE_LOCK_AGE_MS = 60 * 1000
/** How long a writer waits for another process's lock before giving up with a clear error. */
export const LOCK_WAIT_MS = 10 * 1000

export function lockFileName(targetName: string): string {
  return `${TEMP_FILE_PREFIX}${targetName}.lock`
}

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

function processIsGone(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false
  try {
    process.kill(pid, 0)
    return false
  } catch (error) {
    return (error as { code?: string }).code === 'ESRCH' // EPERM: it exists, owned by another user
  }
}

/** The lock's owner pid and contents, or null when it is gone. */
async function readLock(path: string): Promise<{ owner: string; pid: number; ageMs: number } | null> {
  try {
    const [owner, info] = await Promise.all([readFile(path, 'utf8'), stat(path)])
    return { owner, pid: Number.parseInt(owner, 10), ageMs: Date.now() - info.mtimeMs }
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return null
    throw error
  }
}

/** Runs `task` holding the lock of `name` in `folder`; the lock is removed after, whatever happens. */
export async function withFileLock<T>(folder: HeldFolder, name: string, display: string, task: () => Promise<T>): Promise<T> {
  const lockName = lockFileName(name)
  // Marked as ours while held: a scan's cleanup of stale temp files passes over it.
  return whileWriting(lockName, () => holdingLock(folder.entry(lockName), display, task))
}

async function holdingLock<T>(path: string, display: string, task: () => Promise<T>): Promise<T> {
  const owner = `${process.pid} ${Date.now()} ${randomBytes(8).toString('hex')}\n`
  const deadline = Date.now() + LOCK_WAIT_MS
  for (let attempt = 0; ; attempt++) {
    try {
      const handle = await open(path, 'wx', 0o600)
      try {
        await handle.writeFile(owner)
      } finally {
        await handle.close()
      }
      break
    } catch (error) {
      if ((error as { code?: string }).code !== 'EEXIST') throw asHostFailure(error, display)
    }
    let held
    try {
      held = await readLock(path)
    } catch (error) {
      throw asHostFailure(error, display)
    }
    if (held === null) continue // released between our open and our read
    // An empty lock is one being written this instant (its pid comes right after the open).
    const stale = (held.owner !== '' && processIsGone(held.pid)) || held.ageMs > STALE_LOCK_AGE_MS
    if (stale) {
      // Take it over only if it is still the one judged stale (another writer may have done so).
      const again = await readLock(path).catch(() => null)
      if (again !== null && again.owner === held.owner) await unlink(path).catch(() => undefined)
      continue
    }
    if (Date.now() > deadline) {
      throw hostFailure('io-error', `${display} is being saved by another process (pid ${held.pid}); nothing was written, try again`, display)
    }
    await sleep(Math.min(50, 2 + attempt * 2) * (0.5 + Math.random()))
  }
  try {
    return await task()
  } finally {
    // Remove it only while it is still ours (it always is unless someone judged it stale).
    const now = await readLock(path).catch(() => null)
    if (now !== null && now.owner === owner) await unlink(path).catch(() => undefined)
  }
}
