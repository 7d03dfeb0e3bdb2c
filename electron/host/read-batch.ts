// readFiles: many files in one call, each through the same single-file read (roots gate, size,
// binary and UTF-8 checks, source tracking). A file's failure is its own entry; only going over
// the call's byte budget fails the whole call, and then no more files are read.

import type { AgentFileText, ReadFileResult } from '../../shared/host-api'
import { READ_FILES_MAX_BYTES } from '../../shared/host-channels'
import { createLimiter } from './concurrency'
import { formatBytes } from './file-bytes'
import { hostFailure, toHostError } from './host-error'

export interface ReadBatchOptions {
  /** Concurrent single-file reads (default 16). */
  readonly concurrency?: number
  /** Total UTF-8 bytes of text one call may answer (default READ_FILES_MAX_BYTES). */
  readonly maxBytes?: number
}

export async function readBatch(
  paths: readonly string[],
  readOne: (path: string) => Promise<AgentFileText>,
  options: ReadBatchOptions = {},
): Promise<ReadFileResult[]> {
  const maxBytes = options.maxBytes ?? READ_FILES_MAX_BYTES
  const limit = createLimiter(Math.max(1, options.concurrency ?? 16))
  let total = 0
  let overBudget = false

  const readEntry = (path: string): Promise<ReadFileResult | null> =>
    limit(async () => {
      if (overBudget) return null // the call fails anyway: read nothing more
      try {
        const file = await readOne(path)
        total += Buffer.byteLength(file.text, 'utf8')
        if (total > maxBytes) overBudget = true
        return { ok: true, file }
      } catch (error) {
        const plain = toHostError(error, path)
        return { ok: false, error: plain.path === undefined ? { ...plain, path } : plain }
      }
    })

  const results = await Promise.all(paths.map(readEntry))
  if (overBudget) {
    throw hostFailure(
      'bad-request',
      `readFiles: the ${paths.length} files asked for hold more than ${formatBytes(maxBytes)} of text together; ask for fewer paths per call`,
    )
  }
  return results as ReadFileResult[]
}
