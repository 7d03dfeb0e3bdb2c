// The opened roots (folders or files) and the one gate every path from the renderer passes:
// `resolveInsideRoots` refuses `..` segments, encoded traversal, paths elsewhere and symlinks
// that lead outside, by comparing real paths. A path that does not exist yet (a save-as target)
// is checked through its parent folder's real path.

import { realpath, stat } from 'node:fs/promises'
import { basename, dirname, isAbsolute, join, resolve } from 'node:path'
import type { OpenedRoot } from '../../shared/host-api'
import { entryRealPath } from './entry-real-path'
import { asHostFailure, hostFailure } from './host-error'
import { isWithin } from './path-within'

export interface RootEntry extends OpenedRoot {
  readonly realPath: string
  /** A file root's own entry (entry-real-path.ts): where a file root opened by a link is. */
  readonly entryRealPath: string
}

export interface ResolvedPath {
  /** The absolute path as the caller named it (normalised): what answers report. */
  readonly path: string
  /** Where it really is: what file operations use. */
  readonly realPath: string
  readonly root: RootEntry
  readonly exists: boolean
}

export interface ResolveOptions {
  /** The target may not exist yet; a new file beside an opened file root is allowed too. */
  readonly forNewFile?: boolean
  /** The entry itself, for moving or replacing it: `realPath` does not follow a link at the end
   *  (its folder's real path and its name), and the entry must be inside the roots too (as
   *  must, still, where a link leads). */
  readonly entry?: boolean
}

export interface Roots {
  list(): readonly RootEntry[]
  /** Adds an existing folder or file; returns its entry (an already opened root is kept once). */
  add(path: string): Promise<RootEntry>
  clear(): void
  resolveInsideRoots(path: string, options?: ResolveOptions): Promise<ResolvedPath>
}

function hasDotDotSegment(path: string): boolean {
  return path.split(/[\\/]+/).some((segment) => segment === '..')
}

/** `%2e%2e%2f` and friends: a path that decodes to one with a `..` segment was meant to escape. */
function hasEncodedTraversal(path: string): boolean {
  if (!/%[0-9a-f]{2}/i.test(path)) return false
  let decoded = path
  for (let round = 0; round < 3; round++) {
    try {
      const next = decodeURIComponent(decoded)
      if (next === decoded) break
      decoded = next
    } catch {
      break
    }
    if (hasDotDotSegment(decoded)) return true
  }
  return false
}

/** Shape checks shared by every path-taking call. Returns the normalised absolute path. */
export function checkPathShape(path: unknown): string {
  if (typeof path !== 'string' || path.length === 0) throw hostFailure('bad-request', 'A path must be a non-empty string')
  if (path.includes('\0')) throw hostFailure('bad-request', 'A path must not contain a NUL character')
  if (!isAbsolute(path)) throw hostFailure('bad-request', `"${path}" is not an absolute path`, path)
  if (hasDotDotSegment(path)) throw hostFailure('outside-roots', `"${path}" contains a ".." segment; name the file directly`, path)
  if (hasEncodedTraversal(path)) throw hostFailure('outside-roots', `"${path}" contains an encoded ".." segment`, path)
  return resolve(path)
}

async function realPathOrParent(path: string): Promise<{ realPath: string; exists: boolean }> {
  try {
    return { realPath: await realpath(path), exists: true }
  } catch (error) {
    if ((error as { code?: string }).code !== 'ENOENT') throw asHostFailure(error, path)
  }
  const parent = dirname(path)
  try {
    return { realPath: join(await realpath(parent), basename(path)), exists: false }
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') throw hostFailure('not-found', `The folder ${parent} does not exist`, path)
    throw asHostFailure(error, path)
  }
}

export function createRoots(): Roots {
  let entries: RootEntry[] = []

  function findRoot(realPath: string, forNewFile: boolean): RootEntry | undefined {
    return entries.find((root) => {
      if (root.kind === 'folder') return isWithin(root.realPath, realPath)
      if (root.realPath === realPath || root.entryRealPath === realPath) return true
      return forNewFile && dirname(root.realPath) === dirname(realPath)
    })
  }

  return {
    list: () => entries,
    clear: () => {
      entries = []
    },
    async add(rawPath) {
      const path = checkPathShape(rawPath)
      let realPath: string
      let kind: OpenedRoot['kind']
      try {
        realPath = await realpath(path)
        const info = await stat(realPath)
        if (info.isDirectory()) kind = 'folder'
        else if (info.isFile()) kind = 'file'
        else throw hostFailure('bad-request', `${path} is neither a folder nor a file`, path)
      } catch (error) {
        throw asHostFailure(error, path)
      }
      const known = entries.find((root) => root.realPath === realPath)
      if (known) return known
      const entry: RootEntry = { path, realPath, kind, entryRealPath: kind === 'file' ? await entryRealPath(path).catch(() => realPath) : realPath }
      entries = [...entries, entry]
      return entry
    },
    async resolveInsideRoots(rawPath, options = {}) {
      const path = checkPathShape(rawPath)
      const { realPath, exists } = await realPathOrParent(path)
      const root = findRoot(realPath, options.forNewFile === true && !exists)
      if (!root) {
        const why = realPath === path ? '' : ` (it leads to ${realPath})`
        throw hostFailure('outside-roots', `${path} is outside the opened folders and files${why}`, path)
      }
      if (!exists && !options.forNewFile) throw hostFailure('not-found', `${path} does not exist`, path)
      if (options.entry !== true) return { path, realPath, root, exists }
      const entry = await entryRealPath(path).catch((error: unknown) => {
        throw asHostFailure(error, path)
      })
      const entryRoot = entry === realPath ? root : findRoot(entry, options.forNewFile === true)
      if (!entryRoot) throw hostFailure('outside-roots', `${path} is outside the opened folders and files (it is in ${dirname(entry)})`, path)
      return { path, realPath: entry, root: entryRoot, exists }
    },
  }
}
