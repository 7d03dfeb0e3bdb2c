// Whether a path is a folder or inside it, by the paths alone (no file system call): the caller
// resolves links first where a link must not lead out.

import { isAbsolute, relative, sep } from 'node:path'

/** `path.relative`'s answer leads out of the folder: `..` or `../…` (a name that only starts with
 *  two dots, `..notes`, is inside), or another drive. */
function leadsOut(rel: string): boolean {
  return rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)
}

/** `child` is `parent` itself or below it (as path.relative sees them: on Windows, case aside). */
export function isWithin(parent: string, child: string): boolean {
  return !leadsOut(relative(parent, child))
}

/** `child`'s path relative to `parent` when it is strictly below it, else null. */
export function relativeBelow(parent: string, child: string): string | null {
  const rel = relative(parent, child)
  return rel === '' || leadsOut(rel) ? null : rel
}
