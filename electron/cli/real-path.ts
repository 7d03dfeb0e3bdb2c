// Where a path named on the command line really is, for checks that a link must not get around
// ("is the output one of the inputs", "is this inside that folder"). Neither throws.

import { realpath } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/** The real path, or the path as given when it cannot be resolved (missing, unreadable). */
export async function realPathOrSelf(path: string): Promise<string> {
  try {
    return await realpath(path)
  } catch {
    return path
  }
}

/** The real path, or its nearest existing folder's with the rest of the path after it (for a
 *  path that may not exist yet, such as consolidate's --out). */
export async function realPathOf(path: string): Promise<string> {
  try {
    return await realpath(path)
  } catch {
    const parent = dirname(path)
    return parent === path ? path : join(await realPathOf(parent), basename(path))
  }
}
