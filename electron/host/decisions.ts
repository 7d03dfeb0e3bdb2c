// The decisions saved in an opened folder: `<folder>/.agent-merge/recipes/*.json`. A hidden
// folder, so the scanner never takes them for agent files. The host only stores text under
// checked names; what a decision says is the app's (and the CLI's) business.

import { mkdir, readdir, readFile, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import type { DecisionFile, DecisionWrite } from '../../shared/host-api'
import { createLimiter, settleAll } from './concurrency'
import { asHostFailure, hostFailure } from './host-error'
import { writeFilesAtomic } from './write-file'

export const DECISIONS_FOLDER = join('.agent-merge', 'recipes')
const DECISION_NAME = /^[a-z0-9][a-z0-9._-]{0,150}\.json$/i
const MAX_DECISION_BYTES = 4 * 1024 * 1024

export function checkDecisionName(name: unknown): string {
  if (typeof name !== 'string' || !DECISION_NAME.test(name) || name.includes('..')) {
    throw hostFailure('bad-request', `"${String(name)}" is not a decision file name (letters, digits, ".", "_", "-", ending in .json)`)
  }
  return name
}

/** `folderRealPath` is an opened folder (checked by the caller). */
export async function readDecisions(folderRealPath: string): Promise<DecisionFile[]> {
  const dir = join(folderRealPath, DECISIONS_FOLDER)
  let names: string[]
  try {
    names = await readdir(dir)
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return []
    throw asHostFailure(error, dir)
  }
  const files: DecisionFile[] = []
  for (const name of names.filter((n) => DECISION_NAME.test(n)).sort()) {
    try {
      const bytes = await readFile(join(dir, name))
      if (bytes.length > MAX_DECISION_BYTES) continue
      files.push({ name, text: bytes.toString('utf8') })
    } catch {
      // a folder named *.json, or a file removed meanwhile: not a decision
    }
  }
  return files
}

/** Writes overlap: each atomic write waits on fsyncs the file system commits together. */
const limit = createLimiter(16)

/** Writes (text) or deletes (null) each file; names are checked before anything is written.
 *  `written`: told after each file written or deleted. */
export async function writeDecisions(folderRealPath: string, files: readonly DecisionWrite[], written?: () => void): Promise<void> {
  const dir = join(folderRealPath, DECISIONS_FOLDER)
  for (const file of files) {
    checkDecisionName(file.name)
    if (file.text !== null && file.text.length > MAX_DECISION_BYTES) throw hostFailure('bad-request', `The decision ${file.name} is larger than 4 MB`, join(dir, file.name))
  }
  if (files.some((f) => f.text !== null)) {
    await mkdir(dir, { recursive: true }).catch((error: unknown) => {
      throw asHostFailure(error, dir)
    })
  }
  // Written as one batch (the folder held and fsynced once), deleted one by one meanwhile.
  const writes = files.flatMap((file) => (file.text === null ? [] : [{ path: join(dir, file.name), text: file.text, options: { expectedHash: null, force: true } }]))
  const deletes = files.filter((file) => file.text === null)
  // Settled before rejecting: a caller putting back a failed batch races no write still going.
  await settleAll<unknown>([
    writeFilesAtomic(writes, { limit, written: () => written?.() }),
    ...deletes.map((file) =>
      limit(async () => {
        const path = join(dir, file.name)
        await unlink(path).catch((error: unknown) => {
          if ((error as { code?: string }).code !== 'ENOENT') throw asHostFailure(error, path)
        })
        written?.()
      }),
    ),
  ])
}
