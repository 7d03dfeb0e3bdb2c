// Every non-dialog HostApi method in plain Node, shared by Electron main (over IPC) and browser
// mode (over HTTP). All paths pass through the roots gate; writes are atomic and refuse to
// clobber changed files or sources; events go to the subscribed listeners.

import { stat } from 'node:fs/promises'
import { join } from 'node:path'
import type { FolderListing, HostApi, HostEvent, SkippedFile, AgentFileEntry } from '../../shared/host-api'
import type { HostResponse } from '../../shared/host-channels'
import { createAppStore, type AppStore } from './app-store'
import { checkArchiveId, createArchiver } from './archive'
import { readDecisions, writeDecisions } from './decisions'
import { DEFAULT_MAX_FILE_SIZE } from './file-bytes'
import { asHostFailure, hostFailure, toHostError } from './host-error'
import type { Warn } from './json-file'
import { readBatch } from './read-batch'
import { readAgentFile } from './read-file'
import { createResolver } from './resolution'
import { checkPathShape, createRoots, type RootEntry } from './roots'
import { scanFolder } from './scan-folder'
import { createScanTextCache, type ScanTextCache } from './scan-text-cache'
import { validateRequest } from './validate-request'
import { watchRoots, type RootsWatcher } from './watch'
import { writeFileAtomic } from './write-file'

type DialogMethods = Pick<HostApi, 'showOpenDialog' | 'showSaveDialog'>

export interface HostServiceOptions {
  readonly configDir: string
  /** Opened when no initial path is given (the bundled backend-architect example). */
  readonly exampleFolder?: string
  readonly initialPaths: readonly string[]
  readonly maxFileSize?: number
  /** Where the scanner's texts wait for the next read (default createScanTextCache(); one with
   *  { maxBytes: 0 } keeps nothing). */
  readonly scanTextCache?: ScanTextCache
  /** Total text one readFiles call may answer (default READ_FILES_MAX_BYTES; tests lower it). */
  readonly readFilesMaxBytes?: number
  /** Native dialogs (Electron); without them both answer { supported: false }. */
  readonly dialogs?: DialogMethods
  /** Watch the roots for changes (default true). */
  readonly watch?: boolean
  readonly watchDebounceMs?: number
  readonly warn?: Warn
  readonly now?: () => Date
}

type ServiceMethods = Omit<HostApi, 'kind' | 'pathForDroppedFile' | 'onEvent'>

export interface HostService extends ServiceMethods {
  onEvent(listener: (event: HostEvent) => void): () => void
  /** Validate and run one remote call; never throws. */
  call(method: unknown, args: unknown): Promise<HostResponse<unknown>>
  /** A path the user picked in a native save dialog may be written even outside the roots. */
  allowSaveTarget(path: string): void
  /** Paths opened from outside the renderer (command line, second instance, menu): opens them
   *  and pushes an `opened` event. */
  openFromOutside(paths: readonly string[]): Promise<FolderListing>
  readonly store: AppStore
  /** Resolves when the current watcher reports changes (tests). */
  watcherReady(): Promise<void>
  dispose(): Promise<void>
}

export function createHostService(options: HostServiceOptions): HostService {
  const warn: Warn = options.warn ?? ((message) => console.warn(message))
  const now = options.now ?? (() => new Date())
  const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE
  const roots = createRoots()
  const store = createAppStore(options.configDir, warn)
  const archiver = createArchiver(join(options.configDir, 'archives'), warn)
  const resolver = createResolver(join(options.configDir, 'archives'), archiver, warn)
  const listeners = new Set<(event: HostEvent) => void>()
  const scannedTexts = options.scanTextCache ?? createScanTextCache()
  const readSources = new Map<string, string>() // real path -> hash, of the files read this session
  const writtenByUs = new Set<string>() // real paths this session created or overwrote
  const saveTargets = new Set<string>()
  let watcher: RootsWatcher | null = null
  let initialized = false
  let disposed = false

  const emit = (event: HostEvent): void => {
    for (const listener of listeners) {
      try {
        listener(event)
      } catch (error) {
        warn(`A host event listener failed: ${(error as Error).message}`)
      }
    }
  }

  async function restartWatcher(): Promise<void> {
    const previous = watcher
    watcher = null
    await previous?.close()
    if (options.watch === false || disposed || roots.list().length === 0) return
    watcher = watchRoots(
      roots.list().map((r) => r.path),
      (changes) => emit({ kind: 'files-changed', changes }),
      { ...(options.watchDebounceMs !== undefined ? { debounceMs: options.watchDebounceMs } : {}), onError: warn },
    )
  }

  async function scanRoot(root: RootEntry): Promise<{ files: AgentFileEntry[]; skipped: SkippedFile[] }> {
    try {
      return await scanFolder(root.path, {
        maxFileSize,
        onText: (path, stamp, checked) => scannedTexts.put(path, stamp, checked),
        onProgress: (p) => emit({ kind: 'scan-progress', root: root.path, ...p }),
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

  async function openPaths(paths: readonly string[]): Promise<FolderListing> {
    // All or nothing: check every path before any becomes a root.
    for (const path of paths) {
      const normalised = checkPathShape(path)
      await stat(normalised).catch((error: unknown) => {
        throw asHostFailure(error, normalised)
      })
    }
    const problems = await addInitialRoots(false)
    for (const path of paths) await roots.add(path)
    await store.addRecent(paths.map((p) => checkPathShape(p)), now().getTime()).catch((error: unknown) => warn(`Could not remember recent items: ${toHostError(error).message}`))
    await restartWatcher()
    const result = await listing()
    return problems.length === 0 ? result : { ...result, skipped: [...problems, ...result.skipped] }
  }

  /** Inside the roots, or a path the user picked in a native save dialog. */
  async function resolveWriteTarget(path: string): Promise<{ path: string; realPath: string; insideRoots: boolean }> {
    try {
      return { ...(await roots.resolveInsideRoots(path, { forNewFile: true })), insideRoots: true }
    } catch (error) {
      const normalised = checkPathShape(path)
      if (toHostError(error).code !== 'outside-roots' || !saveTargets.has(normalised)) throw error
      return { path: normalised, realPath: normalised, insideRoots: false }
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

  async function getInitialListing(): Promise<FolderListing> {
    if (initialized) return listing()
    const problems = await addInitialRoots(true)
    await restartWatcher()
    const result = await listing()
    return { ...result, skipped: [...problems, ...result.skipped] }
  }

  /** A folder the user opened (or one inside it): where decisions are kept. */
  async function openedFolder(path: string): Promise<{ realPath: string }> {
    const resolved = await roots.resolveInsideRoots(path)
    const info = await stat(resolved.realPath).catch((error: unknown) => {
      throw asHostFailure(error, resolved.path)
    })
    if (!info.isDirectory()) throw hostFailure('bad-request', `${resolved.path} is not a folder`, resolved.path)
    return resolved
  }

  const service: HostService = {
    store,
    getInitialListing,
    showOpenDialog: (kind) => options.dialogs?.showOpenDialog(kind) ?? Promise.resolve({ supported: false } as const),
    showSaveDialog: (path) => options.dialogs?.showSaveDialog(path) ?? Promise.resolve({ supported: false } as const),
    openPaths,
    rescan: () => listing(), // the roots are the same: the watcher keeps running
    async closeAll() {
      roots.clear()
      readSources.clear()
      scannedTexts.clear()
      await restartWatcher()
    },
    async readFile(path) {
      const resolved = await roots.resolveInsideRoots(path)
      const file = await readAgentFile(resolved.realPath, { maxFileSize, checkedText: (stamp) => scannedTexts.take(resolved.path, stamp) })
      readSources.set(resolved.realPath, file.hash)
      return { ...file, path: resolved.path }
    },
    readFiles: (paths) =>
      readBatch(paths, (path) => service.readFile(path), options.readFilesMaxBytes !== undefined ? { maxBytes: options.readFilesMaxBytes } : {}),
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
        await store
          .recordOutput({ path: target.path, hash: result.hash, sources, savedAt: now().getTime() })
          .catch((error: unknown) => warn(`Could not remember the merged file ${target.path}: ${toHostError(error).message}`))
      }
      return { path: target.path, hash: result.hash }
    },
    async archiveFiles(paths) {
      const targets = []
      for (const path of paths) targets.push(await roots.resolveInsideRoots(path))
      return archiver.archive(targets, now())
    },
    async undoArchive(archiveId) {
      const id = checkArchiveId(archiveId)
      // Only put files back into folders that are open now.
      for (const moved of await archiver.describe(id)) await roots.resolveInsideRoots(moved.from, { forNewFile: true })
      await resolver.undo(id)
    },
    async applyResolution(request) {
      const archive = []
      for (const item of request.archive) archive.push({ ...(await roots.resolveInsideRoots(item.path)), expectedHash: item.expectedHash })
      const write = []
      for (const item of request.write) {
        const target = await roots.resolveInsideRoots(item.path, { forNewFile: true })
        write.push({ path: target.path, realPath: target.realPath, text: item.text })
      }
      const result = await resolver.apply(archive, write, now())
      for (const w of write) writtenByUs.add(w.realPath)
      return result
    },
    async readDecisions(folder) {
      return readDecisions((await openedFolder(folder)).realPath)
    },
    async writeDecisions(folder, files) {
      await writeDecisions((await openedFolder(folder)).realPath, files)
    },
    getRecent: () => store.getRecent(),
    getSettings: () => store.getSettings(),
    setSettings: (changes) => store.setSettings(changes),
    saveDraft: (draft) => store.saveDraft(draft),
    loadDraft: (id) => store.loadDraft(id),
    deleteDraft: (id) => store.deleteDraft(id),
    onEvent(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    async call(method, args) {
      try {
        const valid = validateRequest(method, args)
        const run = service[valid.method] as (...a: readonly unknown[]) => Promise<unknown>
        return { ok: true, value: (await run(...valid.args)) ?? null }
      } catch (error) {
        return { ok: false, error: toHostError(error) }
      }
    },
    allowSaveTarget(path) {
      saveTargets.add(checkPathShape(path))
    },
    async openFromOutside(paths) {
      const result = await openPaths(paths)
      emit({ kind: 'opened', listing: result })
      return result
    },
    watcherReady: () => watcher?.ready ?? Promise.resolve(),
    async dispose() {
      disposed = true
      listeners.clear()
      scannedTexts.clear()
      await watcher?.close()
      watcher = null
    },
  }
  return service
}
