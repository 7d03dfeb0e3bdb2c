// The HostApi methods that resolve duplicates in a library: archive files, apply and undo a
// resolution, keep the decisions saved in an opened folder, and the folder's history of steps
// (shared with `agent-merge consolidate`: folder-steps.ts).

import { stat } from 'node:fs/promises'
import type { HostApi } from '../../shared/host-api'
import { checkArchiveId } from './archive'
import { readDecisions, writeDecisions } from './decisions'
import { createFolderSteps } from './folder-steps'
import { checkKeptLinks } from './kept-links'
import type { HostContext } from './host-context'
import { asHostFailure, hostFailure } from './host-error'
import type { ResolvedPath } from './roots'
import { stepProgressEvents } from './step-progress'

export type LibraryMethods = Pick<
  HostApi,
  'archiveFiles' | 'undoArchive' | 'applyResolution' | 'readDecisions' | 'writeDecisions' | 'applyFolderStep' | 'listFolderSteps' | 'undoFolderStep'
>

export function createLibraryMethods(ctx: HostContext): LibraryMethods {
  const { roots, archiver } = ctx

  /** A folder the user opened (or one inside it): where decisions are kept. */
  async function openedFolder(path: string): Promise<ResolvedPath> {
    const resolved = await roots.resolveInsideRoots(path)
    const info = await stat(resolved.realPath).catch((error: unknown) => {
      throw asHostFailure(error, resolved.path)
    })
    if (!info.isDirectory()) throw hostFailure('bad-request', `${resolved.path} is not a folder`, resolved.path)
    return resolved
  }
  const steps = createFolderSteps({
    openedFolder,
    resolveInsideRoots: (path, o) => roots.resolveInsideRoots(path, o),
    writtenByUs: ctx.writtenByUs,
    now: ctx.now,
    warn: ctx.warn,
    stepProgress: () => stepProgressEvents(ctx.emit),
  })

  return {
    applyFolderStep: (folder, step) => steps.applyFolderStep(folder, step),
    listFolderSteps: (folder) => steps.listFolderSteps(folder),
    undoFolderStep: (folder, id) => steps.undoFolderStep(folder, id),
    async archiveFiles(paths, keep) {
      const targets = []
      for (const path of paths) targets.push(await roots.resolveInsideRoots(path, { entry: true }))
      // The saved merge may be outside the opened folders, or gone: then no link of theirs can
      // lead to it, and it is passed over (whatever the reason it does not resolve).
      const kept = []
      for (const path of keep) kept.push(...(await roots.resolveInsideRoots(path, { entry: true }).then((k) => [k], () => [])))
      await checkKeptLinks(kept, targets)
      return archiver.archive(targets, ctx.now())
    },
    async undoArchive(archiveId) {
      const id = checkArchiveId(archiveId)
      // Only put files back into folders that are open now.
      const moved = await archiver.describe(id)
      for (const m of moved) await roots.resolveInsideRoots(m.from, { forNewFile: true })
      await ctx.resolver.undo(id, moved, stepProgressEvents(ctx.emit))
    },
    async applyResolution(request) {
      const archive = []
      for (const item of request.archive) archive.push({ ...(await roots.resolveInsideRoots(item.path, { entry: true })), expectedHash: item.expectedHash })
      const write = []
      for (const item of request.write) {
        const target = await roots.resolveInsideRoots(item.path, { forNewFile: true, entry: true })
        write.push({ path: target.path, realPath: target.realPath, text: item.text })
      }
      const keep = []
      for (const path of request.keep ?? []) keep.push(await roots.resolveInsideRoots(path, { entry: true }))
      const result = await ctx.resolver.apply(archive, write, ctx.now(), keep, stepProgressEvents(ctx.emit))
      for (const w of write) ctx.writtenByUs.add(w.realPath)
      return result
    },
    async readDecisions(folder) {
      return readDecisions((await openedFolder(folder)).realPath)
    },
    async writeDecisions(folder, files) {
      await writeDecisions((await openedFolder(folder)).realPath, files)
    },
  }
}
