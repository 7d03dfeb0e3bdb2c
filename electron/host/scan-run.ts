// What a folder scan does whichever way it walks (scan-folder.ts with promises, scan-tree-sync.ts
// with blocking calls), once the file system has answered: the lists it fills, the progress it
// reports, when it stops as cancelled, and each agent file's and linked entry's step. The walks
// keep only how they ask (awaited calls or blocking ones) and in what order.

import type { Dirent, Stats } from 'node:fs'
import { isAgentFileName, type FolderMode } from './agent-paths'
import { hostFailure, type HostFailure } from './host-error'
import { isWithin } from './path-within'
import type { SmallFile } from './read-small-file'
import { acceptRead, type OnText, type ScanLists, skipDanglingLink, skipOutsideLink, skipUnreadableFile, skipUnreadableFolder, sortLists } from './scan-accept'

export interface ScanProgress {
  readonly scanned: number // candidate files looked at so far
  readonly found: number // agent files accepted so far
  readonly done: boolean
}

function cancelledError(root: string): HostFailure {
  return hostFailure('cancelled', `Scanning ${root} was cancelled`, root)
}

/** The root as found before the walk: its real path, and whether it is a folder or one file. */
export interface ScanRoot {
  readonly path: string // as given
  readonly real: string
  readonly isFolder: boolean
}

export interface ScanRunOptions {
  readonly maxFileSize: number
  readonly progressEvery: number
  readonly onText?: OnText
  readonly onProgress?: (progress: ScanProgress) => void
  readonly signal?: AbortSignal
}

/** What a walk sees an entry as: a link as what it leads to. */
export type EntryKind = 'folder' | 'file' | 'other'

/** A directory entry, or a link's target, by its own type. */
export function entryKind(entry: Pick<Dirent | Stats, 'isDirectory' | 'isFile'>): EntryKind {
  return entry.isDirectory() ? 'folder' : entry.isFile() ? 'file' : 'other'
}

export interface ScanRun {
  readonly lists: ScanLists
  /** Throws the cancelled error once the signal has aborted. */
  checkAborted(): void
  /** One more agent file to read: counted, with progress every `progressEvery` (throws when cancelled). */
  startFile(): void
  /** Whether to read a linked file that leads to `real`: not when that is outside the root (skipped). */
  linkStaysInRoot(path: string, real: string): boolean
  /** A file read: skipped with the reason, or listed under `relPath` and its text handed to onText. */
  accept(path: string, relPath: string, read: SmallFile): void
  /** A file that could not be read is skipped, unless the scan was cancelled meanwhile (throws). */
  fileFailed(path: string, error: unknown): void
  /** The same for a folder that could not be listed. */
  folderFailed(path: string, error: unknown): void
  /** A linked entry by its target's stat (undefined: the link dangles). A dangling link is not an
   *  agent file: it is said to be skipped only when its name looks like one. */
  linkedEntry(path: string, name: string, mode: FolderMode, target: Stats | undefined): EntryKind
  /** The lists in the scan's result order, after the last progress report. */
  finish(): ScanLists
}

export function createScanRun(root: ScanRoot, options: ScanRunOptions): ScanRun {
  const lists: ScanLists = { files: [], skipped: [] }
  let scanned = 0
  const report = (done: boolean): void => options.onProgress?.({ scanned, found: lists.files.length, done })
  const checkAborted = (): void => {
    if (options.signal?.aborted) throw cancelledError(root.path)
  }
  return {
    lists,
    checkAborted,
    startFile() {
      checkAborted()
      scanned++
      if (scanned % options.progressEvery === 0) report(false)
    },
    linkStaysInRoot(path, real) {
      if (isWithin(root.real, real)) return true
      skipOutsideLink(lists, path, real, root.path)
      return false
    },
    accept(path, relPath, read) {
      acceptRead(lists, root.path, options.maxFileSize, options.onText, path, relPath, read)
    },
    fileFailed(path, error) {
      checkAborted()
      skipUnreadableFile(lists, path, error)
    },
    folderFailed(path, error) {
      checkAborted()
      skipUnreadableFolder(lists, path, error)
    },
    linkedEntry(path, name, mode, target) {
      if (target !== undefined) return entryKind(target)
      if (isAgentFileName(name, mode)) skipDanglingLink(lists, path)
      return 'other'
    },
    finish() {
      sortLists(lists)
      report(true)
      return lists
    },
  }
}
