// A folder held open while files are written, renamed or linked inside it, so that a folder on
// the way being swapped for a symlink cannot send anything elsewhere. On Linux every name is
// reached through the open handle (`/proc/self/fd/<n>/<name>`: the kernel looks the name up in
// the held folder, like openat); elsewhere (no such paths) the folder's identity is checked again
// before each step, which narrows the window to between that check and the step.

import { existsSync } from 'node:fs'
import { constants } from 'node:fs'
import { open, readlink, realpath, stat, type FileHandle } from 'node:fs/promises'
import { join } from 'node:path'
import { asHostFailure, hostFailure } from './host-error'

const FD_PATHS = process.platform === 'linux' && existsSync('/proc/self/fd')
const OPEN_FOLDER_FLAGS = constants.O_RDONLY | (constants.O_DIRECTORY ?? 0) | (constants.O_NOFOLLOW ?? 0)

export interface HeldFolder {
  /** The folder's real path when it was opened (what it was checked as). */
  readonly realPath: string
  /** A path naming `name` inside the held folder (a plain file name, no separators). */
  entry(name: string): string
  /** Refuses ('io-error') when the folder is no longer the one that was opened at `realPath`. */
  checkUnmoved(): Promise<void>
  /** fsync the folder (makes renames durable); best effort. */
  sync(): Promise<void>
  close(): Promise<void>
}

function moved(display: string, realPath: string, now: string): never {
  throw hostFailure('io-error', `The folder of ${display} changed while in use (${realPath} now leads to ${now}); nothing was written`, display)
}

/** Opens the folder whose real path is `realPath` and checks it still is that folder: a folder
 *  on the way replaced by a link since `realPath` was resolved is refused. `display` names the
 *  file being written in messages. */
export async function holdFolder(realPath: string, display: string, options: { readonly fdPaths?: boolean } = {}): Promise<HeldFolder> {
  let handle: FileHandle | null = null
  try {
    handle = await open(realPath, OPEN_FOLDER_FLAGS)
  } catch (error) {
    const code = (error as { code?: string }).code
    // Windows cannot open a folder as a file: fall back to checking its identity by path.
    if (code !== 'EISDIR' && code !== 'EPERM' && code !== 'EACCES') {
      if (code === 'ELOOP' || code === 'ENOTDIR') moved(display, realPath, 'a link or a file')
      throw asHostFailure(error, display)
    }
  }
  const held = handle
  const fdPath = held !== null && (options.fdPaths ?? FD_PATHS) ? `/proc/self/fd/${held.fd}` : null

  async function identityNow(): Promise<{ dev: number; ino: number }> {
    const info = await stat(realPath).catch((error: unknown) => {
      throw asHostFailure(error, display)
    })
    return { dev: info.dev, ino: info.ino }
  }
  const opened = held !== null ? await held.stat() : await identityNow()

  async function checkUnmoved(): Promise<void> {
    if (fdPath !== null) {
      const now = await readlink(fdPath).catch(() => realPath)
      if (now !== realPath) moved(display, realPath, now)
      return
    }
    const real = await realpath(realPath).catch((error: unknown) => {
      throw asHostFailure(error, display)
    })
    if (real !== realPath) moved(display, realPath, real)
    const now = await identityNow()
    if (now.dev !== opened.dev || now.ino !== opened.ino) moved(display, realPath, 'another folder')
  }

  try {
    await checkUnmoved()
  } catch (error) {
    await held?.close()
    throw error
  }

  return {
    realPath,
    entry: (name) => (fdPath !== null ? `${fdPath}/${name}` : join(realPath, name)),
    checkUnmoved: async () => {
      // Through the handle nothing can go elsewhere; only the path-based fallback needs a check.
      if (fdPath === null) await checkUnmoved()
    },
    async sync() {
      try {
        await held?.sync()
      } catch {
        // best effort (not every platform can fsync a folder)
      }
    },
    async close() {
      await held?.close().catch(() => undefined)
    },
  }
}

/** Runs `task` with the folder held, closing it afterwards. */
export async function withHeldFolder<T>(realPath: string, display: string, task: (folder: HeldFolder) => Promise<T>): Promise<T> {
  const folder = await holdFolder(realPath, display)
  try {
    return await task(folder)
  } finally {
    await folder.close()
  }
}
