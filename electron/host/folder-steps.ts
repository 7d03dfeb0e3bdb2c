// The app's side of a folder's history (`<folder>/.agent-merge/runs/`): resolving duplicates in
// the app is a run like `agent-merge consolidate` in place, so the app lists and undoes the
// command line's runs and `agent-merge undo` undoes the app's. Every path passes the roots gate
// and must lie inside the folder whose history records it.

import { join } from 'node:path'
import type { FolderStep, FolderStepRequest, FolderStepResult } from '../../shared/host-api'
import { hostFailure } from './host-error'
import type { Warn } from './json-file'
import { applyRun, describeRuns, undoRun } from './library-run'
import type { RunProgress } from './run-progress'
import { relativeBelow } from './path-within'
import type { ResolvedPath, ResolveOptions } from './roots'

export interface FolderStepsDeps {
  readonly openedFolder: (path: string) => Promise<ResolvedPath>
  readonly resolveInsideRoots: (path: string, options?: ResolveOptions) => Promise<ResolvedPath>
  /** Real paths the app wrote this session (a later save over them is not a source overwrite). */
  readonly writtenByUs: Set<string>
  readonly now: () => Date
  readonly warn: Warn
  /** A listener for one step's files as they are moved or written (one per step). */
  readonly stepProgress?: () => RunProgress
}

export interface FolderSteps {
  applyFolderStep(folder: string, step: FolderStepRequest): Promise<FolderStepResult>
  listFolderSteps(folder: string): Promise<readonly FolderStep[]>
  undoFolderStep(folder: string, id: string): Promise<void>
}

export function createFolderSteps(deps: FolderStepsDeps): FolderSteps {
  /** A path of the step, resolved; refused unless inside the folder. */
  async function inside(folder: ResolvedPath, path: string, options?: ResolveOptions): Promise<ResolvedPath> {
    const resolved = await deps.resolveInsideRoots(path, options)
    if (relativeBelow(folder.realPath, resolved.realPath) === null) {
      throw hostFailure('outside-roots', `${resolved.path} is not inside ${folder.path}, whose history this step would be recorded in`, resolved.path)
    }
    return resolved
  }

  /** Paths of a record (real paths) as the folder was named when opened. */
  const asNamed = (folder: ResolvedPath) => (path: string): string => {
    const rel = relativeBelow(folder.realPath, path)
    return rel === null ? path : join(folder.path, rel)
  }

  return {
    async applyFolderStep(folderPath, step) {
      const folder = await deps.openedFolder(folderPath)
      const archive = await Promise.all(step.archive.map(async (a) => ({ resolved: await inside(folder, a.path, { entry: true }), hash: a.expectedHash })))
      const keep = await Promise.all((step.keep ?? []).map((path) => inside(folder, path, { entry: true })))
      const write = await Promise.all(step.write.map(async (w) => ({ resolved: await inside(folder, w.path, { forNewFile: true, entry: true }), text: w.text })))
      const run = await applyRun(
        folder.realPath,
        {
          archive: archive.map((a) => ({ path: a.resolved.realPath, hash: a.hash })),
          writes: write.map((w) => ({ path: w.resolved.realPath, text: w.text })),
          keep: keep.map((k) => k.realPath),
          label: step.label,
          decisions: step.decisions,
        },
        deps.now(),
        deps.warn,
        deps.stepProgress?.(),
      )
      for (const w of write) deps.writtenByUs.add(w.resolved.realPath)
      const named = new Map(write.map((w) => [w.resolved.realPath, w.resolved.path]))
      return { id: run.archiveId, written: run.written.map((w) => ({ path: named.get(w.path) ?? w.path, hash: w.hash })) }
    },

    async listFolderSteps(folderPath) {
      const folder = await deps.openedFolder(folderPath)
      const named = asNamed(folder)
      return (await describeRuns(folder.realPath, deps.warn)).map((run) => ({
        ...run,
        archived: run.archived.map(named),
        written: run.written.map(named),
        edited: run.edited.map(named),
        taken: run.taken.map(named),
      }))
    },

    async undoFolderStep(folderPath, id) {
      const folder = await deps.openedFolder(folderPath)
      await undoRun(folder.realPath, id, deps.warn, deps.stepProgress?.())
    },
  }
}
