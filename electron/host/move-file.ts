// Move a file between two folders, each held open (held-folder.ts), without ever replacing a file
// already at the target name: link to the new name (fails when it is taken), then drop the old
// one. Where hard links are not available, check and rename. A symbolic link is moved as itself:
// a new link with the same target text (also refused when the name is taken), then the old one
// dropped; a hard link to it would follow it on some systems (macOS) and move a copy of its file.

import { link, lstat, readlink, rename, symlink, unlink } from 'node:fs/promises'
import { basename, dirname } from 'node:path'
import { withHeldFolder } from './held-folder'
import { asHostFailure, hostFailure } from './host-error'

/** errno codes of a file system (or a policy) that does not allow this hard link. */
export const NO_HARD_LINKS: ReadonlySet<string> = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV', 'EMLINK'])

/** Moves the file at real path `from` to real path `to`; `display` names `to` in a refusal. */
export async function moveFileWithoutReplacing(from: string, to: string, display: string): Promise<void> {
  await withHeldFolder(dirname(from), from, (source) =>
    withHeldFolder(dirname(to), display, async (target) => {
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
    }),
  )
}
