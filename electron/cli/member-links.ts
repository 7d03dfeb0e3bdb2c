// Which files of a group (or of a name defined twice) are symbolic links to another of them: a
// library can hold a file and a link to it, and the text says so in one line. One lstat per file;
// only the links are resolved.

import { lstat, realpath } from 'node:fs/promises'
import { entryRealPath } from '../host/entry-real-path'

export interface MemberLink {
  readonly path: string
  /** The file of the same list it leads to. */
  readonly target: string
}

/** The links among `paths` that lead to another of `paths`, in their order. */
export async function linksAmong(paths: readonly string[]): Promise<readonly MemberLink[]> {
  const isLink = await Promise.all(paths.map((p) => lstat(p).then((info) => info.isSymbolicLink(), () => false)))
  if (!isLink.includes(true)) return []
  const entries = await Promise.all(paths.map((p) => entryRealPath(p).catch(() => null)))
  const byEntry = new Map(entries.map((entry, i) => [entry, paths[i]!]))
  const links: MemberLink[] = []
  for (const [i, path] of paths.entries()) {
    if (!isLink[i]) continue
    const target = byEntry.get(await realpath(path).catch(() => null))
    if (target !== undefined && target !== path) links.push({ path, target })
  }
  return links
}
