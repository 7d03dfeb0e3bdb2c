// Watch the opened roots and report agent-file changes in debounced batches. Ignores .git,
// node_modules, the archive folder and our own temp files.

import { watch, type FSWatcher } from 'chokidar'
import type { HostEvent } from '../../shared/host-api'
import { ARCHIVE_FOLDER } from './archive'
import { TEMP_FILE_PREFIX } from './write-file'

export type FileChange = Extract<HostEvent, { kind: 'files-changed' }>['changes'][number]

export interface RootsWatcher {
  /** Resolves when the initial walk is done: changes after this are reported. */
  readonly ready: Promise<void>
  close(): Promise<void>
}

export interface WatchOptions {
  readonly debounceMs?: number
  /** Called when the watcher fails (e.g. too many watched folders); it keeps running. */
  readonly onError?: (message: string) => void
}

const IGNORED_SEGMENTS: ReadonlySet<string> = new Set(['.git', 'node_modules', ARCHIVE_FOLDER])

export function isIgnoredWatchPath(path: string): boolean {
  const segments = path.split(/[\\/]/)
  if (segments.some((segment) => IGNORED_SEGMENTS.has(segment))) return true
  return (segments[segments.length - 1] ?? '').startsWith(TEMP_FILE_PREFIX)
}

function isAgentLike(path: string): boolean {
  return /\.mdc?$/i.test(path)
}

/** Merge a new change into the pending one for the same path. */
function mergeChange(previous: FileChange['change'] | undefined, next: FileChange['change']): FileChange['change'] | null {
  if (previous === 'added' && next === 'changed') return 'added'
  if (previous === 'added' && next === 'removed') return null // came and went within one batch
  if (previous === 'removed' && next === 'added') return 'changed'
  return next
}

export function watchRoots(
  paths: readonly string[],
  onChanges: (changes: readonly FileChange[]) => void,
  options: WatchOptions = {},
): RootsWatcher {
  const debounceMs = options.debounceMs ?? 150
  const pending = new Map<string, FileChange['change']>()
  let timer: ReturnType<typeof setTimeout> | null = null
  let closed = false

  const flush = (): void => {
    timer = null
    if (closed || pending.size === 0) return
    const changes = [...pending].map(([path, change]) => ({ path, change }))
    pending.clear()
    onChanges(changes)
  }
  const record = (path: string, change: FileChange['change']): void => {
    if (!isAgentLike(path)) return
    const merged = mergeChange(pending.get(path), change)
    if (merged === null) pending.delete(path)
    else pending.set(path, merged)
    if (timer !== null) clearTimeout(timer)
    timer = setTimeout(flush, debounceMs)
  }

  const watcher: FSWatcher = watch([...paths], {
    ignoreInitial: true,
    followSymlinks: true,
    ignored: (path: string) => isIgnoredWatchPath(path),
  })
  watcher.on('add', (path) => record(path, 'added'))
  watcher.on('change', (path) => record(path, 'changed'))
  watcher.on('unlink', (path) => record(path, 'removed'))
  watcher.on('error', (error) => options.onError?.(`Watching for changes failed: ${error instanceof Error ? error.message : String(error)}`))

  const ready = new Promise<void>((resolve) => watcher.once('ready', () => resolve()))
  return {
    ready,
    async close() {
      closed = true
      if (timer !== null) clearTimeout(timer)
      await watcher.close()
    },
  }
}
