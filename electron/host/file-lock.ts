// One writer at a time per file across processes (the app, the CLI, several `serve`): a lock
// beside the target, so of two processes that both read the same hash only the one holding the
// lock checks and writes; the other checks after it and is refused.
//
// The lock is a folder, `.agent-merge-tmp-<name>.lock`, holding one file named after its owner
// (`<pid>-<start ms>-<random hex>`). Every step is one atomic call that cannot undo another
// process's step, so two processes that judge the same lock stale at once cannot both take it:
// - take: make a folder of our own with our owner file in it, then rename it to the lock's name;
//   a rename onto a folder that is not empty fails, so only one process holds the lock;
// - take over (owner gone, or older than any write takes): remove that owner's file, by its
//   unique name, then remove the lock folder, which succeeds only while it is empty: a lock that
//   another process took meanwhile is never removed;
// - release: remove our owner file, then the folder, the same way.
// Windows renames no folder onto another, empty or not: an empty lock folder (a takeover halfway,
// or a process killed there) is removed, which is always safe, and the take tried again.
// The names start with the temp-file prefix, so the watcher and the scanner pass over them, and a
// scan removes ones a killed process left (temp-files.ts).

import { randomBytes } from 'node:crypto'
import { mkdir, readdir, readFile, rename, rmdir, stat, unlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { HeldFolder } from './held-folder'
import { asHostFailure, hostFailure } from './host-error'
import { LOCK_OWNER_NAME, newTempName, TEMP_FILE_PREFIX, whileWriting } from './temp-files'

/** A lock held this long belongs to a process that hung or died on another machine: a write of a
 *  file under the 2 MiB limit takes milliseconds. */
export const STALE_LOCK_AGE_MS = 60 * 1000
/** How long a writer waits for another process's lock before giving up with a clear error. */
export const LOCK_WAIT_MS = 10 * 1000

export function lockFileName(targetName: string): string {
  return `${TEMP_FILE_PREFIX}${targetName}.lock`
}

/** How a rename onto a lock folder fails: not empty (Linux, macOS), or any folder (Windows). */
const LOCK_IN_THE_WAY: ReadonlySet<string> = new Set(['ENOTEMPTY', 'EEXIST', 'ENOTDIR', 'EISDIR', 'EPERM', 'EACCES', 'EBUSY'])

const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))
const codeOf = (error: unknown): string => (error as { code?: string }).code ?? ''

function processIsGone(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false
  try {
    process.kill(pid, 0)
    return false
  } catch (error) {
    return codeOf(error) === 'ESRCH' // EPERM: it exists, owned by another user
  }
}

type LockState =
  | { readonly kind: 'free' }
  | { readonly kind: 'empty' } // a takeover or release halfway, or a process killed there
  | { readonly kind: 'held'; readonly owner: string; readonly pid: number; readonly ageMs: number }
  | { readonly kind: 'legacy-file'; readonly pid: number; readonly ageMs: number } // an earlier version's lock file

async function readLock(path: string): Promise<LockState> {
  let names: string[]
  try {
    names = await readdir(path)
  } catch (error) {
    const code = codeOf(error)
    if (code === 'ENOENT') return { kind: 'free' }
    if (code !== 'ENOTDIR') throw error
    // `<pid> <start ms> <hex>`, written by an exclusive open (empty for an instant after it).
    const [text, info] = await Promise.all([readFile(path, 'utf8').catch(() => null), stat(path).catch(() => null)])
    if (text === null || info === null) return { kind: 'free' }
    return { kind: 'legacy-file', pid: Number.parseInt(text, 10), ageMs: Date.now() - info.mtimeMs }
  }
  const owner = names.find((name) => LOCK_OWNER_NAME.test(name))
  if (owner === undefined) return { kind: 'empty' }
  const info = await stat(join(path, owner)).catch(() => null)
  if (info === null) return { kind: 'free' } // released between our two looks
  return { kind: 'held', owner, pid: Number.parseInt(owner, 10), ageMs: Date.now() - info.mtimeMs }
}

/** Removes the lock folder at `path` only if it is empty (rmdir fails on any other): one that
 *  another process holds is left. Best effort: what stays is looked at again. */
async function removeIfEmpty(path: string): Promise<void> {
  await rmdir(path).catch(() => undefined)
}

/** Removes the owner file `owner` from the lock folder at `path`, then the folder if now empty. */
async function releaseOwner(path: string, owner: string): Promise<void> {
  await unlink(join(path, owner)).catch(() => undefined) // ENOENT: taken over as stale already
  await removeIfEmpty(path)
}

/** Runs `task` holding the lock of `name` in `folder`; the lock is removed after, whatever happens. */
export async function withFileLock<T>(folder: HeldFolder, name: string, display: string, task: () => Promise<T>): Promise<T> {
  const lockName = lockFileName(name)
  const candidateName = newTempName(`${name}.lock`) // `<lock name>-<12 hex>`
  // Marked as ours while held: a scan's cleanup of stale temp files passes over them.
  return whileWriting(lockName, () =>
    whileWriting(candidateName, () => holdingLock(folder.entry(lockName), folder.entry(candidateName), display, task)),
  )
}

async function holdingLock<T>(path: string, candidate: string, display: string, task: () => Promise<T>): Promise<T> {
  const owner = `${process.pid}-${Date.now()}-${randomBytes(8).toString('hex')}`
  try {
    await mkdir(candidate, { mode: 0o700 })
    await writeFile(join(candidate, owner), '', { flag: 'wx', mode: 0o600 })
  } catch (error) {
    await releaseOwner(candidate, owner)
    throw asHostFailure(error, display)
  }
  try {
    await takeLock(path, candidate, display)
  } catch (error) {
    await releaseOwner(candidate, owner)
    throw error
  }
  try {
    return await task()
  } finally {
    await releaseOwner(path, owner)
  }
}

/** Renames the prepared `candidate` folder to the lock's name once no live process holds it. */
async function takeLock(path: string, candidate: string, display: string): Promise<void> {
  const deadline = Date.now() + LOCK_WAIT_MS
  for (let attempt = 0; ; attempt++) {
    let refusal: unknown
    try {
      await rename(candidate, path)
      return
    } catch (error) {
      refusal = error
    }
    let lock: LockState
    try {
      lock = await readLock(path)
    } catch (error) {
      throw asHostFailure(error, display)
    }
    // Nothing in the way and the failure is not one a lock there causes: say what it is.
    if (lock.kind === 'free' && !LOCK_IN_THE_WAY.has(codeOf(refusal))) throw asHostFailure(refusal, display)
    if (Date.now() > deadline) {
      if (lock.kind === 'free') throw asHostFailure(refusal, display)
      const by = lock.kind === 'held' || lock.kind === 'legacy-file' ? ` (pid ${lock.pid})` : ''
      throw hostFailure('io-error', `${display} is being saved by another process${by}; nothing was written, try again`, display)
    }
    if (lock.kind === 'empty') await removeIfEmpty(path)
    else if (lock.kind === 'held' && (processIsGone(lock.pid) || lock.ageMs > STALE_LOCK_AGE_MS)) {
      await releaseOwner(path, lock.owner) // that owner's file only; the folder only if then empty
    } else if (lock.kind === 'legacy-file' && (processIsGone(lock.pid) || lock.ageMs > STALE_LOCK_AGE_MS)) {
      await unlink(path).catch(() => undefined) // unlink never removes a lock folder
    }
    await sleep(Math.min(50, 1 + attempt * 2) * (0.5 + Math.random()))
  }
}
