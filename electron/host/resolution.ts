// Resolving duplicates on disk as one reversible step: archive some files, then write new ones
// (a merged file at the base variant's path, renamed copies), under one archive id. The files
// written are recorded beside the archive's own record, so undoing the archive first removes
// them (only when unchanged since: someone's later edit is never deleted) and then moves the
// archived files back, byte for byte.

import { readFile, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import type { ResolutionResult, WriteResult } from '../../shared/host-api'
import type { Archiver, ArchiveTarget } from './archive'
import { checkArchiveId, undoSteps } from './archive'
import { createLimiter } from './concurrency'
import { sha256HexOfBytes } from './file-bytes'
import { asHostFailure, hostFailure } from './host-error'
import { isRecord, readJsonFile, writeJsonFile, type Warn } from './json-file'
import { checkKeptLinks } from './kept-links'
import { runCounter, type RunProgress } from './run-progress'
import { writeFileAtomic } from './write-file'

export interface ResolutionTarget extends ArchiveTarget {
  readonly expectedHash: string
}

export interface ResolutionWrite {
  readonly path: string // as the caller named it
  readonly realPath: string
  readonly text: string
}

interface WrittenFile {
  readonly path: string
  readonly realPath: string
  readonly hash: string
}

export interface Resolver {
  /** `keep`: members left in place on purpose (checkKeptLinks). `progress` hears the archive's
   *  steps and each file written. */
  apply(archive: readonly ResolutionTarget[], write: readonly ResolutionWrite[], now: Date, keep?: readonly ArchiveTarget[], progress?: RunProgress): Promise<ResolutionResult>
  /** Undo an archive, removing first what `apply` wrote under its id (if anything). `moved`: the
   *  archive's files as the caller described them (its steps are estimated from them); `progress`
   *  hears each written file removed and the archive's steps. */
  undo(id: string, moved: readonly { readonly realTo: string }[], progress?: RunProgress): Promise<void>
}

async function hashOf(realPath: string): Promise<string | null> {
  try {
    return sha256HexOfBytes(await readFile(realPath))
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return null
    throw asHostFailure(error, realPath)
  }
}

function writtenFrom(value: unknown): WrittenFile[] | null {
  if (!isRecord(value) || !Array.isArray(value.written)) return null
  const ok = value.written.every((w) => isRecord(w) && typeof w.path === 'string' && typeof w.realPath === 'string' && typeof w.hash === 'string')
  return ok ? (value.written as WrittenFile[]) : null
}

/** Files hashed and written at once: each atomic write waits on two fsyncs, which the file system
 *  commits together when they overlap. */
const PARALLEL_FILES = 16

export function createResolver(registryDir: string, archiver: Archiver, warn: Warn): Resolver {
  const limit = createLimiter(PARALLEL_FILES)
  const recordPath = (id: string): string => join(registryDir, `${checkArchiveId(id)}.written.json`)

  async function removeWritten(written: readonly WrittenFile[], removed?: () => void): Promise<void> {
    for (const w of written) {
      await unlink(w.realPath).catch(() => undefined)
      removed?.()
    }
  }

  return {
    async apply(archive, write, now, keep = [], progress) {
      const current = await Promise.all(archive.map((target) => limit(() => hashOf(target.realPath))))
      archive.forEach((target, i) => {
        if (current[i] === null) throw hostFailure('not-found', `${target.path} is gone since it was read`, target.path)
        if (current[i] !== target.expectedHash) {
          throw hostFailure('changed-on-disk', `${target.path} changed on disk since it was read; nothing was archived or written`, target.path)
        }
      })
      await checkKeptLinks(keep, archive)
      const paths = new Set<string>()
      for (const w of write) {
        if (paths.has(w.realPath)) throw hostFailure('bad-request', `${w.path} is written twice in one resolution`, w.path)
        paths.add(w.realPath)
      }
      const count = runCounter(archive.length, write.length, progress)
      const archived = await archiver.archive(archive, now, count.archive)
      const written: WrittenFile[] = []
      try {
        // Every write is attempted (each refuses on its own), so `written` lists all that landed.
        const results = await Promise.allSettled(
          write.map((w) =>
            limit(async () => {
              const result = await writeFileAtomic(w.realPath, w.text, { expectedHash: null })
              written.push({ path: w.path, realPath: w.realPath, hash: result.hash })
              count.file()
            }),
          ),
        )
        const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected')
        if (failed) throw failed.reason
        const order = new Map(write.map((w, i) => [w.realPath, i]))
        written.sort((a, b) => order.get(a.realPath)! - order.get(b.realPath)!)
        await writeJsonFile(recordPath(archived.archiveId), { id: archived.archiveId, written })
      } catch (error) {
        await removeWritten(written)
        await archiver.undo(archived.archiveId).catch((undoError: unknown) => warn(`Could not put back archive ${archived.archiveId}: ${(undoError as Error).message}`))
        throw asHostFailure(error)
      }
      const results: WriteResult[] = written.map(({ path, hash }) => ({ path, hash }))
      return { ...archived, written: results }
    },

    async undo(id, moved, progress) {
      const written = writtenFrom(await readJsonFile(recordPath(id), warn)) ?? []
      // Check everything first: an edited file stops the whole undo before anything moves.
      const kept: { readonly file: WrittenFile; readonly bytes: Buffer }[] = []
      for (const w of written) {
        let bytes: Buffer
        try {
          bytes = await readFile(w.realPath)
        } catch (error) {
          if ((error as { code?: string }).code === 'ENOENT') continue
          throw asHostFailure(error, w.path)
        }
        if (sha256HexOfBytes(bytes) !== w.hash) {
          throw hostFailure('changed-on-disk', `Cannot undo: ${w.path} changed since it was written; save your changes elsewhere first`, w.path)
        }
        kept.push({ file: w, bytes })
      }
      const count = runCounter(undoSteps(moved), kept.length, progress)
      await removeWritten(kept.map((k) => k.file), count.file)
      try {
        await archiver.undo(id, count.archive)
      } catch (error) {
        // Put the written files back: a refused undo changes nothing.
        for (const k of kept) await writeFileAtomic(k.file.realPath, k.bytes.toString('utf8'), { expectedHash: null, force: true }).catch(() => undefined)
        throw error
      }
      await unlink(recordPath(id)).catch(() => undefined)
    },
  }
}
