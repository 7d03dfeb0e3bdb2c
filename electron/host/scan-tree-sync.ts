// The CLI's folder scan (blocking calls, no temp file clean-up) of a tree without linked folders:
// one walk that lists the folders, then every agent file read in turn, with no promise per call.
// scanFolder's walk with promises cost more than the calls themselves (docs/performance.md,
// "Seventh session"). Without linked folders the result cannot depend on the order of the walk
// (every real folder has one path, so none is reached twice); a linked folder makes it depend
// on that order (which of two ways in is listed), so such a tree is left to scanFolder's walk.

import { readdirSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs'
import { basename, normalize, sep } from 'node:path'
import { forwardSlashes } from '../../shared/engine/forward-slashes'
import { keepFirstOfClass } from '../../shared/engine/hidden-class'
import { childFolderMode, folderModeOfRoot, isAgentFileName, type FolderMode } from './agent-paths'
import { readScratch, readSmallFileSync } from './read-small-file'
import type { ScanLists } from './scan-accept'
import { createScanRun, entryKind, type ScanRoot, type ScanRun, type ScanRunOptions } from './scan-run'

interface TreeScanOptions extends ScanRunOptions {
  readonly onListed?: (candidates: number) => void
}

/** An agent file found by the walk, to be read after it. */
interface Candidate {
  readonly path: string
  readonly relPath: string
  readonly isLink: boolean
}

/** Files and skips as scanFolder reports them, or null when the tree holds a linked folder (or
 *  the root is not a normalised path, which the paths below are built from). */
export function scanTreeSync(root: ScanRoot, options: TreeScanOptions): ScanLists | null {
  if (normalize(root.path) !== root.path) return null
  const run = createScanRun(root, options)
  let candidates: Candidate[]
  if (root.isFolder) {
    const found = listTree(root.path, folderModeOfRoot(basename(root.real)), run)
    if (found === null) return null
    candidates = found
  } else {
    candidates = [{ path: root.path, relPath: basename(root.path), isLink: false }] // opened by name: wherever it leads
  }
  options.onListed?.(candidates.length)
  const scratch = readScratch()
  for (const { path, relPath, isLink } of candidates) {
    run.startFile()
    try {
      if (isLink && !run.linkStaysInRoot(path, realpathSync.native(path))) continue
      run.accept(path, relPath, readSmallFileSync(path, options.maxFileSize, scratch))
    } catch (error) {
      run.fileFailed(path, error)
    }
  }
  return run.finish()
}

/** The agent files under `root` in walk order (folders that cannot be read are skipped in the
 *  run's lists), or null at the first linked folder the walk would enter. */
function listTree(root: string, rootMode: FolderMode, run: ScanRun): Candidate[] | null {
  const candidates: Candidate[] = []
  // A child's path and its path under the root as path.join and path.relative (split on both
  // separators) give them, without their cost per entry: a normalised root and names from
  // readdir need neither.
  const childPath = (folder: string, name: string): string => (folder.endsWith(sep) ? `${folder}${name}` : `${folder}${sep}${name}`)
  const childRel = (rel: string, name: string): string => {
    const slashed = forwardSlashes(name)
    return rel === '' ? slashed : `${rel}/${slashed}`
  }
  const visit = (folder: string, rel: string, mode: FolderMode): boolean => {
    run.checkAborted()
    let entries: Dirent[]
    try {
      entries = readdirSync(folder, { withFileTypes: true })
      if (entries.length > 0) keepFirstOfClass(entries[0]!)
    } catch (error) {
      run.folderFailed(folder, error)
      return true
    }
    const folderName = basename(folder)
    for (const entry of entries) {
      const path = childPath(folder, entry.name)
      const isLink = entry.isSymbolicLink()
      const kind = isLink ? run.linkedEntry(path, entry.name, mode, statOfLink(path, run)) : entryKind(entry)
      if (kind === 'folder') {
        const childMode = childFolderMode(mode, folderName, entry.name)
        if (childMode === null) continue
        if (isLink || !visit(path, childRel(rel, entry.name), childMode)) return false
      } else if (kind === 'file' && isAgentFileName(entry.name, mode)) {
        candidates.push({ path, relPath: childRel(rel, entry.name), isLink })
      }
    }
    return true
  }
  return visit(root, '', rootMode) ? candidates : null
}

/** What a link leads to, or undefined when it dangles (after a cancel check, as before every call
 *  of scanFolder's walk). */
function statOfLink(path: string, run: ScanRun): Stats | undefined {
  run.checkAborted()
  try {
    return statSync(path)
  } catch {
    return undefined
  }
}
