// What a folder scan does with one file it has read, and the skips both ways of walking a
// folder report (scan-folder.ts with promises, scan-tree-sync.ts with blocking calls; both
// through scan-run.ts).

import type { AgentFileEntry, SkippedFile, SkipReason } from '../../shared/host-api'
import { classifyBytes, type CheckedText, formatBytes } from './file-bytes'
import { asHostFailure } from './host-error'
import type { SmallFile } from './read-small-file'
import type { FileStamp } from './scan-text-cache'

export type OnText = (path: string, stamp: FileStamp, checked: CheckedText, bytes: Buffer) => void

export interface ScanLists {
  readonly files: AgentFileEntry[]
  readonly skipped: SkippedFile[]
}

function errnoMessage(error: unknown): string {
  return asHostFailure(error).message
}

export function skip(lists: ScanLists, path: string, reason: SkipReason, message: string): void {
  lists.skipped.push({ path, reason, message })
}

export function skipOutsideLink(lists: ScanLists, path: string, real: string, root: string): void {
  skip(lists, path, 'outside-root', `${path} is a link to ${real}, outside ${root}; open that file directly to include it`)
}

export function skipUnreadableFile(lists: ScanLists, path: string, error: unknown): void {
  skip(lists, path, 'unreadable', `${path} could not be read: ${errnoMessage(error)}`)
}

export function skipUnreadableFolder(lists: ScanLists, path: string, error: unknown): void {
  skip(lists, path, 'unreadable', `The folder ${path} could not be read: ${errnoMessage(error)}`)
}

export function skipDanglingLink(lists: ScanLists, path: string): void {
  skip(lists, path, 'unreadable', `${path} is a link to a file that does not exist`)
}

/** A file read: skipped with the reason, or listed under `relPath` and its text handed to onText. */
export function acceptRead(lists: ScanLists, root: string, maxFileSize: number, onText: OnText | undefined, path: string, relPath: string, read: SmallFile): void {
  if (read.kind === 'not-file') return
  if (read.kind === 'too-large') {
    return skip(lists, path, 'too-large', `${path} is ${formatBytes(read.size)}, over the ${formatBytes(maxFileSize)} limit`)
  }
  const verdict = classifyBytes(read.bytes)
  if (verdict.kind === 'binary') return skip(lists, path, 'binary', `${path} is a binary file`)
  if (verdict.kind === 'invalid-utf8') {
    return skip(lists, path, 'invalid-utf8', `${path} is not valid UTF-8 (line ${verdict.line}); save it as UTF-8 to include it`)
  }
  lists.files.push({ path, root, relPath, size: read.stamp.size, mtimeMs: read.stamp.mtimeMs })
  onText?.(path, read.stamp, verdict, read.bytes) // (the verdict is the checked text: no copy of it)
}

/** The scan's result order: files by path under the root, skips by path. */
export function sortLists(lists: ScanLists): void {
  lists.files.sort((a, b) => (a.relPath < b.relPath ? -1 : a.relPath > b.relPath ? 1 : 0))
  lists.skipped.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
}
