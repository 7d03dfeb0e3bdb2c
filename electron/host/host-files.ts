// The HostApi methods that read and write agent files: reads remember what was read, so a write
// never clobbers a source or a file changed on disk without being told to.

import type { HostApi } from '../../shared/host-api'
import type { HostContext } from './host-context'
import { toHostError } from './host-error'
import { readBatch } from './read-batch'
import { readAgentFile } from './read-file'
import { checkPathShape } from './roots'
import { writeFileAtomic } from './write-file'

export type FileMethods = Pick<HostApi, 'readFile' | 'readFiles' | 'writeFile'>

export function createFileMethods(ctx: HostContext): FileMethods {
  const { roots, readSources, writtenByUs } = ctx

  /** Inside the roots, or a path the user picked in a native save dialog. */
  async function resolveWriteTarget(path: string): Promise<{ path: string; realPath: string; insideRoots: boolean }> {
    try {
      return { ...(await roots.resolveInsideRoots(path, { forNewFile: true })), insideRoots: true }
    } catch (error) {
      const normalised = checkPathShape(path)
      if (toHostError(error).code !== 'outside-roots' || !ctx.saveTargets.has(normalised)) throw error
      return { path: normalised, realPath: normalised, insideRoots: false }
    }
  }

  const readFile: HostApi['readFile'] = async (path) => {
    const resolved = await roots.resolveInsideRoots(path)
    const file = await readAgentFile(resolved.realPath, { maxFileSize: ctx.maxFileSize, checkedText: (stamp) => ctx.scannedTexts.take(resolved.path, stamp) })
    readSources.set(resolved.realPath, file.hash)
    return { ...file, path: resolved.path }
  }

  return {
    readFile,
    readFiles: (paths) =>
      readBatch(paths, readFile, ctx.options.readFilesMaxBytes !== undefined ? { maxBytes: ctx.options.readFilesMaxBytes } : {}),
    async writeFile(request) {
      const target = await resolveWriteTarget(request.path)
      // A file read as an agent file (and not written by us since) is refused without
      // overwriteSource, even forced; the refusal also says whether it exists and changed, so a
      // new-file save onto it hears 'source-file' once, not 'exists' and then 'source-file'.
      const sourceReadHash = request.overwriteSource || writtenByUs.has(target.realPath) ? undefined : readSources.get(target.realPath)
      const result = await writeFileAtomic(target.realPath, request.text, {
        expectedHash: request.expectedHash,
        // Checked inside the roots as this real path: write exactly there or nowhere.
        checkedRealPath: target.insideRoots,
        ...(request.force !== undefined ? { force: request.force } : {}),
        ...(sourceReadHash !== undefined ? { sourceReadHash } : {}),
      })
      writtenByUs.add(target.realPath)
      if (request.mergedFrom) {
        // Remembered after the write: a failure to remember loses no data, it only lists the
        // file as a variant again.
        const sources = request.mergedFrom.filter((p) => p !== target.path)
        await ctx.store
          .recordOutput({ path: target.path, hash: result.hash, sources, savedAt: ctx.now().getTime() })
          .catch((error: unknown) => ctx.warn(`Could not remember the merged file ${target.path}: ${toHostError(error).message}`))
      }
      return { path: target.path, hash: result.hash }
    },
  }
}
