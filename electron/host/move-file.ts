// Move a file between two folders, each held open (held-folder.ts), without ever replacing a file
// already at the target name: link to the new name (fails when it is taken), then drop the old
// one. Where hard links are not available, check and rename. A symbolic link is moved as itself:
// a new link with the same target text (also refused when the name is taken), then the old one
// dropped; a hard link to it would follow it on some systems (macOS) and move a copy of its file.
// Many moves between the same two folders hold them once (moveFilesWithoutReplacing).

import { link, lstat, readlink, rename, symlink, unlink } from 'node:fs/promises'
import { basename, dirname } from 'node:path'
import { settleAll, type Limiter } from './concurrency'
import { withHeldFolder, type HeldFolder } from './held-folder'
import { asHostFailure, hostFailure } from './host-error'

/** Moves that share both folders, held once: few enough that a folder's many moves still overlap. */
const MOVES_PER_HOLD = 8

/** errno codes of a file system (or a policy) that does not allow this hard link. */
export const NO_HARD_LINKS: ReadonlySet<string> = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EMLINK'])

export interface FileMove {
  readonly from: string // real path
  readonly to: string // real path
  readonly display: string // names `to` in a refusal
}

export interface MoveOptions<M extends FileMove> {
  /** Told after each file moved. */
  readonly moved?: (move: M) => void
  /** Makes the target folder (if need be; more than once for many moves) while the source
   *  folder is held, before the target is held. */
  readonly makeTarget?: (source: HeldFolder, display: string) => Promise<void>
}

/** Moves each file (real path `from` to real path `to`), one after another, holding the two folders
 *  (every `from` in one, every `to` in another) once for all. Every move is tried; rejects with
 *  the first failure once all have ended. */
export async function moveFilesWithoutReplacing<M extends FileMove>(moves: readonly M[], options: MoveOptions<M> = {}): Promise<void> {
  const first = moves[0]
  if (first === undefined) return
  const [fromDir, toDir] = [dirname(first.from), dirname(first.to)]
  if (moves.some((m) => dirname(m.from) !== fromDir || dirname(m.to) !== toDir)) {
    throw hostFailure('bad-request', `Files moved together must share their folders (${fromDir}, ${toDir})`)
  }
  const failures: unknown[] = []
  await withHeldFolder(fromDir, first.from, async (source) => {
    await options.makeTarget?.(source, first.display)
    await withHeldFolder(toDir, first.display, async (target) => {
      for (const m of moves) {
        try {
          await moveInHeldFolders(source, target, m)
        } catch (reason) {
          failures.push(reason)
          continue
        }
        options.moved?.(m)
      }
    })
  })
  if (failures.length > 0) throw failures[0]
}

async function moveInHeldFolders(source: HeldFolder, target: HeldFolder, { from, to, display }: FileMove): Promise<void> {
  const fromEntry = source.entry(basename(from))
  const toEntry = target.entry(basename(to))
  const taken = (): never => {
    throw hostFailure('exists', `${display} already exists; nothing was moved`, display)
  }
  const info = await lstat(fromEntry).catch((error: unknown) => {
    throw asHostFailure(error, from)
  })
  try {
    if (info.isSymbolicLink()) await symlink(await readlink(fromEntry), toEntry)
    else await link(fromEntry, toEntry)
  } catch (error) {
    const code = (error as { code?: string }).code ?? ''
    if (code === 'EEXIST') taken()
    if (!NO_HARD_LINKS.has(code)) throw asHostFailure(error, from)
    if (await lstat(toEntry).then(() => true, () => false)) taken()
    await source.checkUnmoved()
    await target.checkUnmoved()
    await rename(fromEntry, toEntry).catch((e: unknown) => {
      throw asHostFailure(e, from)
    })
    return
  }
  try {
    await unlink(fromEntry)
  } catch (error) {
    await unlink(toEntry).catch(() => undefined) // back to one name: the original
    throw asHostFailure(error, from)
  }
}

/** Moves all, several pairs of folders at once through `limit`: the moves sharing both folders go
 *  in chunks, each holding the two folders once (and a large folder's moves still overlap). Every
 *  move is tried; rejects with the first failure once all have ended. */
export async function moveFilesGrouped<M extends FileMove>(moves: readonly M[], limit: Limiter, options: MoveOptions<M> = {}): Promise<void> {
  const groups = new Map<string, M[][]>()
  for (const m of moves) {
    const key = `${dirname(m.from)}\0${dirname(m.to)}`
    const chunks = groups.get(key) ?? []
    const last = chunks[chunks.length - 1]
    if (last && last.length < MOVES_PER_HOLD) last.push(m)
    else chunks.push([m])
    groups.set(key, chunks)
  }
  await settleAll([...groups.values()].flat().map((chunk) => limit(() => moveFilesWithoutReplacing(chunk, options))))
}
