// Where a directory entry really is, without following the entry itself: its folder's real path
// and its own name. A link to a file is archived as the link the user sees (not its target, which
// may be another member of the group, archived or kept on its own).

import { realpath } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

export async function entryRealPath(path: string): Promise<string> {
  return join(await realpath(dirname(path)), basename(path))
}
