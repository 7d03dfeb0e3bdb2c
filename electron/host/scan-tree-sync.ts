// The CLI's folder scan (blocking calls, no temp file clean-up) of a tree without linked folders:
// one walk that lists the folders, then every agent file read in turn, with no promise per call.
// scanFolder's walk with promises cost more than the calls themselves (docs/performance.md,
// "Seventh session"). Without linked folders the result cannot depend on the order of the walk
// (every real folder has one path, so none is reached twice); a linked folder makes it depend
// on that order (which of two ways in is listed), so such a tree is left to scanFolder's walk.

import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs'
import { basename, normalize, sep } from 'node:path'
import { keepFirstOfClass } from '../../shared/engine/hidden-class'
import type { AgentFileEntry, SkippedFile } from '../../shared/host-api'
import { childFolderMode, folderModeOfRoot, isAgentFileName, type FolderMode } from './agent-paths'
import { asHostFailure, hostFailure } from './host-error'
import { readScratch, readSmallFileSync } from './read-small-file'
import { acceptRead, isWithin, type OnText, type ScanLists, skipDanglingLink, skipOutsideLink, skipUnreadableFile, skipUnreadableFolder, sortLists } from './scan-accept'
import type { ScanProgress } from './scan-folder'

interface TreeScanOptions {
  readonly maxFileSize: number
  readonly progressEvery: number
  readonly onText?: OnText
  readonly onProgress?: (progress: ScanProgress) => void
  readonly signal?: AbortSignal
  readonly onListed?: (candidates: number) => void
}

/** An agent file found by the walk, to be read after it. */
interface Candidate {
  readonly path: string
  readonly relPath: string
  readonly isLink: boolean
}

/** Files and skips as scanFolder reports them, or null when the tree holds a linked folder (or
 *  `root` is not a normalised path, which the paths below are built from). */
export function scanTreeSync(root: string, options: TreeScanOptions): { files: AgentFileEntry[]; skipped: SkippedFile[] } | null {
  if (normalize(root) !== root) return null
  const lists: ScanLists = { files: [], skipped: [] }
  const checkAborted = (): void => {
    if (options.signal?.aborted) throw hostFailure('cancelled', `Scanning ${root} was cancelled`, root)
  }
  let rootReal: string
  let rootIsFolder: boolean
  try {
    rootReal = realpathSync.native(root)
    rootIsFolder = statSync(rootReal).isDirectory()
  } catch (error) {
    throw asHostFailure(error, root)
  }
  let candidates: Candidate[]
  if (rootIsFolder) {
    const found = listTree(root, folderModeOfRoot(basename(rootReal)), lists, checkAborted)
    if (found === null) return null
    candidates = found
  } else {
    candidates = [{ path: root, relPath: basename(root), isLink: false }] // opened by name: wherever it leads
  }
  options.onListed?.(candidates.length)
  const scratch = readScratch()
  let scanned = 0
  const report = (done: boolean): void => options.onProgress?.({ scanned, found: lists.files.length, done })
  for (const { path, relPath, isLink } of candidates) {
    checkAborted()
    scanned++
    if (scanned % options.progressEvery === 0) report(false)
    try {
      if (isLink) {
        const real = realpathSync.native(path)
        if (!isWithin(rootReal, real)) {
          skipOutsideLink(lists, path, real, root)
          continue
        }
      }
      acceptRead(lists, root, options.maxFileSize, options.onText, path, relPath, readSmallFileSync(path, options.maxFileSize, scratch))
    } catch (error) {
      checkAborted()
      skipUnreadableFile(lists, path, error)
    }
  }
  sortLists(lists)
  report(true)
  return lists
}

/** The agent files under `root` in walk order (folders that cannot be read are skipped in
 *  `lists`), or null at the first linked folder the walk would enter. */
function listTree(root: string, rootMode: FolderMode, lists: ScanLists, checkAborted: () => void): Candidate[] | null {
  const candidates: Candidate[] = []
  // A child's path and its path under the root as path.join and path.relative (split on both
  // separators) give them, without their cost per entry: a normalised root and names from
  // readdir need neither.
  const childPath = (folder: string, name: string): string => (folder.endsWith(sep) ? `${folder}${name}` : `${folder}${sep}${name}`)
  const childRel = (rel: string, name: string): string => {
    const slashed = name.includes('\\') ? name.replace(/\\/g, '/') : name
    return rel === '' ? slashed : `${rel}/${slashed}`
  }
  const visit = (folder: string, rel: string, mode: FolderMode): boolean => {
    checkAborted()
    let entries: Dirent[]
    try {
      entries = readdirSync(folder, { withFileTypes: true })
      if (entries.length > 0) keepFirstOfClass(entries[0]!)
    } catch (error) {
      checkAborted()
      skipUnreadableFolder(lists, folder, error)
      return true
    }
    const folderName = basename(folder)
    for (const entry of entries) {
      const path = childPath(folder, entry.name)
      const isLink = entry.isSymbolicLink()
      let isFolder = entry.isDirectory()
      let isFile = entry.isFile()
      if (isLink) {
        checkAborted()
        try {
          const target = statSync(path)
          isFolder = target.isDirectory()
          isFile = target.isFile()
        } catch {
          // A dangling link is not an agent file; say so only when it looks like one.
          if (isAgentFileName(entry.name, mode)) skipDanglingLink(lists, path)
          continue
        }
      }
      if (isFolder) {
        const childMode = childFolderMode(mode, folderName, entry.name)
        if (childMode === null) continue
        if (isLink || !visit(path, childRel(rel, entry.name), childMode)) return false
      } else if (isFile && isAgentFileName(entry.name, mode)) {
        candidates.push({ path, relPath: childRel(rel, entry.name), isLink })
      }
    }
    return true
  }
  return visit(root, '', rootMode) ? candidates : null
}
