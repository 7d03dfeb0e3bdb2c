// Find the agent files under a root (folder or single file). Recursive, concurrency-limited,
// follows symlinks without looping and never outside the root; files too large, binary or not
// UTF-8 are reported in `skipped`, not loaded. Temp files a killed write left behind in a folder
// it visits are removed (only ours, only stale ones: temp-files.ts).

import { readdirSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs'
import { readdir, realpath, stat } from 'node:fs/promises'
import { basename, join, relative } from 'node:path'
import type { AgentFileEntry, SkippedFile } from '../../shared/host-api'
import { childFolderMode, folderModeOfRoot, isAgentFileName, type FolderMode } from './agent-paths'
import { createLimiter, type Limiter } from './concurrency'
import { DEFAULT_MAX_FILE_SIZE } from './file-bytes'
import { forwardSlashes } from '../../shared/engine/forward-slashes'
import { keepFirstOfClass } from '../../shared/engine/hidden-class'
import { asHostFailure } from './host-error'
import { isWithin } from './path-within'
import { readScratch, readSmallFile, readSmallFileSync, type ReadScratch, type SmallFile } from './read-small-file'
import { type OnText, skip } from './scan-accept'
import { createScanRun, entryKind, type ScanProgress, type ScanRoot } from './scan-run'
import { scanTreeSync } from './scan-tree-sync'
import { isLockFolderName, isTempFileName, removeStaleLockFolder, removeStaleTempFile, STALE_TEMP_AGE_MS } from './temp-files'

export type { ScanProgress } from './scan-run'

export interface ScanOptions {
  readonly maxFileSize?: number
  readonly onProgress?: (progress: ScanProgress) => void
  readonly signal?: AbortSignal
  /** Progress is reported every this many files (default 100) and once at the end. */
  readonly progressEvery?: number
  /** Concurrent file system calls (default 32). */
  readonly concurrency?: number
  /** Each accepted file's checked text, with its identity stamp and the bytes it was decoded
   *  from (the host keeps the text for the next read; the CLI's scan parses it there and then).
   *  With `blocking`, the bytes are valid only during the call (the next file reuses them). */
  readonly onText?: OnText
  /** Blocking file system calls instead of the thread pool's: for a process that waits for the
   *  scan anyway (the CLI), where a thread pool round trip per call cost more than the call. */
  readonly blocking?: boolean
  /** Told how many candidate files there are to read, once, between the walk and the reads,
   *  when the scan knows it then: only scanTreeSync's walk does (`blocking`, `staleTempAgeMs`
   *  null, a tree without linked folders). */
  readonly onListed?: (candidates: number) => void
  /** Our temp files untouched this long are removed (default STALE_TEMP_AGE_MS); null leaves
   *  them alone (the CLI's scans, which only read). */
  readonly staleTempAgeMs?: number | null
}

export interface ScanResult {
  readonly files: AgentFileEntry[]
  readonly skipped: SkippedFile[]
  /** Stale temp files of an interrupted write that this scan removed. */
  readonly removedTempFiles: string[]
}

/** The calls a scan makes, as promises either way. */
interface ScanCalls {
  realpath(path: string): Promise<string>
  stat(path: string): Promise<Stats>
  readdir(path: string): Promise<Dirent[]>
  readSmallFile(path: string, maxFileSize: number): Promise<SmallFile>
}

const threadPoolCalls: ScanCalls = {
  realpath: (path) => realpath(path),
  stat: (path) => stat(path),
  readdir: (path) => readdir(path, { withFileTypes: true }),
  readSmallFile,
}

/** Settled promises of blocking calls (a throw becomes a rejection, as with the others). Files
 *  are read one at a time into one reused buffer (see ScanOptions.onText), made at the first
 *  read: when scanTreeSync's walk reads the files (with its own), these calls only find the root. */
function blockingCalls(): ScanCalls {
  let scratch: ReadScratch | undefined
  return {
    realpath: async (path) => realpathSync.native(path),
    stat: async (path) => statSync(path),
    readdir: async (path) => readdirSync(path, { withFileTypes: true }),
    readSmallFile: async (path, maxFileSize) => readSmallFileSync(path, maxFileSize, (scratch ??= readScratch())),
  }
}

interface FolderTask {
  readonly path: string // logical path (as reached from the root)
  readonly mode: FolderMode
  /** Its real path when known without asking the file system: the root's, or a real (not
   *  linked) subfolder's, which is its parent's real path and its name. Links are resolved. */
  readonly real?: string
}

export async function scanFolder(root: string, options: ScanOptions = {}): Promise<ScanResult> {
  const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE
  const progressEvery = Math.max(1, options.progressEvery ?? 100)
  const calls = options.blocking === true ? blockingCalls() : threadPoolCalls
  const top = await findRoot(root, calls)
  const runOptions = { ...options, maxFileSize, progressEvery }
  if (options.blocking === true && options.staleTempAgeMs === null) {
    // A tree without linked folders in one blocking walk (null: it has some, scanned below).
    const result = scanTreeSync(top, runOptions)
    if (result !== null) return { ...result, removedTempFiles: [] }
  }
  // Blocking calls run one at a time anyway: a limit of one keeps few of them pending.
  const limit: Limiter = createLimiter(options.blocking === true ? 1 : (options.concurrency ?? 32))
  const run = createScanRun(top, runOptions)
  const lists = run.lists
  const removedTempFiles: string[] = []
  const staleTempAgeMs = options.staleTempAgeMs === undefined ? STALE_TEMP_AGE_MS : options.staleTempAgeMs
  const visitedFolders = new Set<string>()
  let deferredSymlinkFolders: FolderTask[] = []

  const fs = <T>(task: () => Promise<T>): Promise<T> =>
    limit(() => {
      run.checkAborted()
      return task()
    })
  const relPathOf = (path: string): string => (top.isFolder ? forwardSlashes(relative(root, path)) : basename(path))

  /** One file: size check, then its bytes, in one open (a link's target is checked first). */
  async function considerFile(path: string, isLink: boolean): Promise<void> {
    run.startFile()
    try {
      if (isLink && !run.linkStaysInRoot(path, await fs(() => calls.realpath(path)))) return
      // The bytes are used before the read's turn ends: a blocking scan reads into one buffer.
      await fs(async () => run.accept(path, relPathOf(path), await calls.readSmallFile(path, maxFileSize)))
    } catch (error) {
      run.fileFailed(path, error)
    }
  }

  async function visitFolder(task: FolderTask): Promise<void> {
    let entries: Dirent[]
    let real: string
    try {
      real = task.real ?? (await fs(() => calls.realpath(task.path)))
      if (!isWithin(top.real, real)) {
        return skip(lists, task.path, 'outside-root', `${task.path} is a link to ${real}, outside ${root}; it was not scanned`)
      }
      if (visitedFolders.has(real)) {
        return skip(lists, task.path, 'symlink-loop', `${task.path} leads to ${real}, which is already scanned`)
      }
      visitedFolders.add(real)
      entries = await fs(() => calls.readdir(task.path))
      if (entries.length > 0) keepFirstOfClass(entries[0]!)
    } catch (error) {
      return run.folderFailed(task.path, error)
    }
    const work: Promise<void>[] = []
    const folderName = basename(task.path)
    for (const entry of entries) {
      const childPath = join(task.path, entry.name)
      let kind = entryKind(entry)
      if (entry.isSymbolicLink()) {
        let target: Stats | undefined
        try {
          target = await fs(() => calls.stat(childPath))
        } catch {
          // It dangles: target stays undefined.
        }
        kind = run.linkedEntry(childPath, entry.name, task.mode, target)
      }
      if (kind === 'folder' && staleTempAgeMs !== null && entry.isDirectory() && isLockFolderName(entry.name)) {
        work.push(fs(() => removeStaleLockFolder(childPath, entry.name, staleTempAgeMs)).then((removed) => {
          if (removed) removedTempFiles.push(childPath)
        }))
      } else if (kind === 'folder') {
        const mode = childFolderMode(task.mode, folderName, entry.name)
        if (mode === null) continue
        // Real folders first, links after: a folder reached both ways is listed under its real path.
        if (entry.isSymbolicLink()) deferredSymlinkFolders.push({ path: childPath, mode })
        else work.push(visitFolder({ path: childPath, mode, real: join(real, entry.name) }))
      } else if (kind === 'file' && isAgentFileName(entry.name, task.mode)) {
        work.push(considerFile(childPath, entry.isSymbolicLink()))
      } else if (staleTempAgeMs !== null && entry.isFile() && isTempFileName(entry.name)) {
        work.push(fs(() => removeStaleTempFile(childPath, entry.name, staleTempAgeMs)).then((removed) => {
          if (removed) removedTempFiles.push(childPath)
        }))
      }
    }
    await Promise.all(work)
  }

  if (top.isFolder) {
    await visitFolder({ path: root, mode: folderModeOfRoot(basename(top.real)), real: top.real })
    while (deferredSymlinkFolders.length > 0) {
      const batch = deferredSymlinkFolders
      deferredSymlinkFolders = []
      await Promise.all(batch.map(visitFolder))
    }
  } else {
    await considerFile(root, false) // opened by name: wherever it leads
  }
  const { files, skipped } = run.finish()
  return { files, skipped, removedTempFiles }
}

/** The root's real path and kind; a root that cannot be reached fails as its errno says. */
async function findRoot(root: string, calls: ScanCalls): Promise<ScanRoot> {
  try {
    const real = await calls.realpath(root)
    return { path: root, real, isFolder: (await calls.stat(real)).isDirectory() }
  } catch (error) {
    throw asHostFailure(error, root)
  }
}
