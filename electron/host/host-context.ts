// The state every group of host methods shares: the roots gate, the stores, what this session
// read and wrote, the event listeners and the watcher of the roots.

import { join } from 'node:path'
import type { HostApi, HostEvent } from '../../shared/host-api'
import { createAppStore, type AppStore } from './app-store'
import { createArchiver, type Archiver } from './archive'
import { DEFAULT_MAX_FILE_SIZE } from './file-bytes'
import type { Warn } from './json-file'
import { createResolver, type Resolver } from './resolution'
import { createRoots, type Roots } from './roots'
import { createScanTextCache, type ScanTextCache } from './scan-text-cache'
import { watchRoots, type RootsWatcher } from './watch'

export type DialogMethods = Pick<HostApi, 'showOpenDialog' | 'showSaveDialog'>

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

export interface RootsWatch {
  /** Watches the current roots (none when watching is off, disposed or there are no roots). */
  restart(): Promise<void>
  ready(): Promise<void>
  /** Stops for good: later restarts watch nothing. */
  dispose(): Promise<void>
}

export interface HostContext {
  readonly options: HostServiceOptions
  readonly warn: Warn
  readonly now: () => Date
  readonly maxFileSize: number
  readonly roots: Roots
  readonly store: AppStore
  readonly archiver: Archiver
  readonly resolver: Resolver
  readonly scannedTexts: ScanTextCache
  /** Real path -> hash, of the files read this session. */
  readonly readSources: Map<string, string>
  /** Real paths this session created or overwrote. */
  readonly writtenByUs: Set<string>
  /** Paths the user picked in a native save dialog. */
  readonly saveTargets: Set<string>
  readonly listeners: Set<(event: HostEvent) => void>
  emit(event: HostEvent): void
  readonly watch: RootsWatch
}

export function createHostContext(options: HostServiceOptions): HostContext {
  const warn: Warn = options.warn ?? ((message) => console.warn(message))
  const archiver = createArchiver(join(options.configDir, 'archives'), warn)
  const roots = createRoots()
  const listeners = new Set<(event: HostEvent) => void>()
  const emit = (event: HostEvent): void => {
    for (const listener of listeners) {
      try {
        listener(event)
      } catch (error) {
        warn(`A host event listener failed: ${(error as Error).message}`)
      }
    }
  }
  return {
    options,
    warn,
    now: options.now ?? (() => new Date()),
    maxFileSize: options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
    roots,
    store: createAppStore(options.configDir, warn),
    archiver,
    resolver: createResolver(join(options.configDir, 'archives'), archiver, warn),
    scannedTexts: options.scanTextCache ?? createScanTextCache(),
    readSources: new Map(),
    writtenByUs: new Set(),
    saveTargets: new Set(),
    listeners,
    emit,
    watch: createRootsWatch(options, roots, emit, warn),
  }
}

function createRootsWatch(options: HostServiceOptions, roots: Roots, emit: (event: HostEvent) => void, warn: Warn): RootsWatch {
  let watcher: RootsWatcher | null = null
  let disposed = false
  return {
    async restart() {
      const previous = watcher
      watcher = null
      await previous?.close()
      if (options.watch === false || disposed || roots.list().length === 0) return
      watcher = watchRoots(
        roots.list().map((r) => r.path),
        (changes) => emit({ kind: 'files-changed', changes }),
        { ...(options.watchDebounceMs !== undefined ? { debounceMs: options.watchDebounceMs } : {}), onError: warn },
      )
    },
    ready: () => watcher?.ready ?? Promise.resolve(),
    async dispose() {
      disposed = true
      await watcher?.close()
      watcher = null
    },
  }
}
