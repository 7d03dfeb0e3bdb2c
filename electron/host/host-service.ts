// Every non-dialog HostApi method in plain Node, shared by Electron main (over IPC) and browser
// mode (over HTTP). All paths pass through the roots gate; writes are atomic and refuse to
// clobber changed files or sources; events go to the subscribed listeners.

import type { FolderListing, HostApi, HostEvent } from '../../shared/host-api'
import type { HostResponse } from '../../shared/host-channels'
import { useNativeSha256 } from '../../shared/engine/hash'
import type { AppStore } from './app-store'
import { sha256HexOfText } from './file-bytes'
import { createFileMethods } from './host-files'
import { createFolderMethods } from './host-folders'
import { createHostContext, type HostServiceOptions } from './host-context'
import { toHostError } from './host-error'
import { createLibraryMethods } from './host-library'
import { checkPathShape } from './roots'
import { validateRequest } from './validate-request'

export type { HostServiceOptions } from './host-context'

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
  // The engine hashes section texts when it applies recipes: natively here, as in the CLI.
  useNativeSha256(sha256HexOfText)
  const ctx = createHostContext(options)
  const { store } = ctx
  const folders = createFolderMethods(ctx)
  const service: HostService = {
    store,
    ...folders,
    ...createFileMethods(ctx),
    ...createLibraryMethods(ctx),
    showOpenDialog: (kind) => options.dialogs?.showOpenDialog(kind) ?? Promise.resolve({ supported: false } as const),
    showSaveDialog: (path) => options.dialogs?.showSaveDialog(path) ?? Promise.resolve({ supported: false } as const),
    getRecent: () => store.getRecent(),
    getSettings: () => store.getSettings(),
    setSettings: (changes) => store.setSettings(changes),
    saveDraft: (draft) => store.saveDraft(draft),
    loadDraft: (id) => store.loadDraft(id),
    deleteDraft: (id) => store.deleteDraft(id),
    onEvent(listener) {
      ctx.listeners.add(listener)
      return () => ctx.listeners.delete(listener)
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
      ctx.saveTargets.add(checkPathShape(path))
    },
    async openFromOutside(paths) {
      const result = await folders.openPaths(paths)
      ctx.emit({ kind: 'opened', listing: result })
      return result
    },
    watcherReady: () => ctx.watch.ready(),
    async dispose() {
      ctx.listeners.clear()
      ctx.scannedTexts.clear()
      await ctx.watch.dispose()
    },
  }
  return service
}
