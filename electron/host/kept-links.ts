// Keeping one member of a group that is a symbolic link to another member being archived would
// leave the kept agent leading nowhere. Such a step is refused, naming both files: the user keeps
// the link's target instead (the link is then archived with the others) or merges. Both the
// command line's runs and the app's steps ask here.

import { readlink } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import type { ArchiveTarget } from './archive'
import { entryRealPath } from './entry-real-path'
import { hostFailure } from './host-error'

/** Links followed at most (the kernel's own limit is 40). */
const MAX_HOPS = 40

/** The first archived entry on the way of a kept link (by real path), or null. */
async function archivedOnTheWay(kept: string, archived: ReadonlyMap<string, ArchiveTarget>): Promise<ArchiveTarget | null> {
  let at = kept
  for (let hop = 0; hop < MAX_HOPS; hop++) {
    // Not a link (EINVAL) or not there: the way ends here.
    const target = await readlink(at).catch(() => null)
    if (target === null) return null
    const next = await entryRealPath(resolve(dirname(at), target)).catch(() => null)
    if (next === null) return null
    const hit = archived.get(next)
    if (hit) return hit
    at = next
  }
  return null
}

export interface KeptLink {
  /** The member kept: a link. */
  readonly kept: ArchiveTarget
  /** The archived member it leads to (or through). */
  readonly target: ArchiveTarget
}

/** A kept member that is a link to (or through) an archived one, or null when none is. */
export async function keptLinkToArchived(kept: readonly ArchiveTarget[], archive: readonly ArchiveTarget[]): Promise<KeptLink | null> {
  const archived = new Map(archive.map((a) => [a.realPath, a]))
  for (const k of kept) {
    const target = await archivedOnTheWay(k.realPath, archived)
    if (target) return { kept: k, target }
  }
  return null
}

/** What a refusal says; `name` shows a path (the command line's are relative to the folder). */
export function keptLinkText(link: KeptLink, name: (path: string) => string = (path) => path): string {
  const [kept, target] = [name(link.kept.path), name(link.target.path)]
  return `${kept} is a link to ${target}, which would be archived: kept alone it would lead nowhere. Keep ${target} instead (the link is archived with the others), or merge`
}

/** Refuses ('bad-request', naming the kept link) a step that keeps a link to an archived member. */
export async function checkKeptLinks(kept: readonly ArchiveTarget[], archive: readonly ArchiveTarget[]): Promise<void> {
  const link = await keptLinkToArchived(kept, archive)
  if (link) throw hostFailure('bad-request', `${keptLinkText(link)}; nothing was changed`, link.kept.path)
}
