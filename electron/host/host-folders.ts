// The HostApi methods that open and list folders: the roots (initial, opened, closed) and the
// listing of the agent files under them.

import { stat } from 'node:fs/promises'
import type { AgentFileEntry, FolderListing, HostApi, SkippedFile } from '../../shared/host-api'
import type { HostContext } from './host-context'
import { asHostFailure, toHostError } from './host-error'
import { checkPathShape, type RootEntry } from './roots'
import { scanFolder } from './scan-folder'

export type FolderMethods = Pick<HostApi, 'getInitialListing' | 'openPaths' | 'rescan' | 'closeAll'>

export function createFolderMethods(ctx: HostContext): FolderMethods {
  const { options, roots, store, scannedTexts } = ctx
  let initialized = false

  async function scanRoot(root: RootEntry): Promise<{ files: AgentFileEntry[]; skipped: SkippedFile[] }> {
    try {
      return await scanFolder(root.path, {
        maxFileSize: ctx.maxFileSize,
        onText: (path, stamp, checked) => scannedTexts.put(path, stamp, checked),
        onProgress: (p) => ctx.emit({ kind: 'scan-progress', root: root.path, ...p }),
      })
    } catch (error) {
      const e = toHostError(error, root.path)
      return { files: [], skipped: [{ path: root.path, reason: 'unreadable', message: e.message }] }
    }
  }

  async function listing(): Promise<FolderListing> {
    const [results, written] = await Promise.all([Promise.all(roots.list().map(scanRoot)), store.getOutputs()])
    const files = new Map<string, AgentFileEntry>()
    for (const result of results) for (const file of result.files) if (!files.has(file.path)) files.set(file.path, file)
    const outputs = written.filter((o) => files.has(o.path))
    return {
      roots: roots.list().map(({ path, kind }) => ({ path, kind })),
      files: [...files.values()],
      skipped: results.flatMap((r) => r.skipped),
      ...(outputs.length > 0 ? { outputs } : {}),
    }
  }

  /** The initial paths become roots once, whichever call comes first: a file opened from outside
   *  (second instance, macOS open-file) before the page asked for its initial listing must not
   *  drop the command line's paths. The example is only for a start with nothing else to open. */
  async function addInitialRoots(withExample: boolean): Promise<SkippedFile[]> {
    if (initialized) return []
    initialized = true
    const example = withExample && options.exampleFolder ? [options.exampleFolder] : []
    const wanted = options.initialPaths.length > 0 ? options.initialPaths : example
    const problems: SkippedFile[] = []
    for (const path of wanted) {
      await roots.add(path).catch((error: unknown) => {
        problems.push({ path, reason: 'unreadable', message: toHostError(error, path).message })
      })
    }
    return problems
  }

  return {
    async getInitialListing() {
      if (initialized) return listing()
      const problems = await addInitialRoots(true)
      await ctx.watch.restart()
      const result = await listing()
      return { ...result, skipped: [...problems, ...result.skipped] }
    },
    async openPaths(paths) {
      // All or nothing: check every path before any becomes a root.
      for (const path of paths) {
        const normalised = checkPathShape(path)
        await stat(normalised).catch((error: unknown) => {
          throw asHostFailure(error, normalised)
        })
      }
      const problems = await addInitialRoots(false)
      for (const path of paths) await roots.add(path)
      await store.addRecent(paths.map((p) => checkPathShape(p)), ctx.now().getTime()).catch((error: unknown) => ctx.warn(`Could not remember recent items: ${toHostError(error).message}`))
      await ctx.watch.restart()
      const result = await listing()
      return problems.length === 0 ? result : { ...result, skipped: [...problems, ...result.skipped] }
    },
    rescan: () => listing(), // the roots are the same: the watcher keeps running
    async closeAll() {
      roots.clear()
      ctx.readSources.clear()
      scannedTexts.clear()
      await ctx.watch.restart()
    },
  }
}
