// Whether a path is a folder or inside it, by the paths alone (no file system call): the caller
// resolves links first where a link must not lead out.

import { isAbsolute, relative } from 'node:path'

/** `child` is `parent` itself or below it (as path.relative sees them: on Windows, case aside). */
export function isWithin(parent: string, child: string): boolean {
  const rel = relative(parent, child)
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel))
}
