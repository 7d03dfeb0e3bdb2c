// Electron's `app` for one launched main process: paths, the single-instance lock (per userData
// folder, across the launches of one test process, as Electron's is per folder across
// processes), ready, recent documents, quit with its events in Electron's order.
import { EventEmitter } from 'node:events'
import type { DoubleRuntime } from './runtime'

type PathName = Parameters<Electron.App['getPath']>[0]

/** Holders of the single-instance lock, by userData folder. */
const lockHolders = new Map<string, AppDouble>()

export interface AppIdentity {
  readonly name: string
  readonly version: string
  readonly appPath: string
  readonly argv: readonly string[]
  readonly cwd: string
  readonly paths: Partial<Record<PathName, string>>
}

type AppMembers = 'setPath' | 'getPath' | 'enableSandbox' | 'requestSingleInstanceLock' | 'quit' | 'whenReady' | 'isReady' | 'getAppPath' | 'getName' | 'getVersion' | 'addRecentDocument' | 'isPackaged'

export class AppDouble extends EventEmitter implements Pick<Electron.App, AppMembers> {
  readonly isPackaged = false
  private readonly paths = new Map<string, string>()
  private ready = false
  private readonly readyPromise: Promise<void>
  private resolveReady!: () => void
  private quitting: Promise<void> | null = null
  /** Resolves when the app has quit ('quit' emitted). */
  readonly exited: Promise<void>
  private resolveExited!: () => void

  constructor(
    private readonly runtime: DoubleRuntime,
    private readonly identity: AppIdentity,
  ) {
    super()
    for (const [name, path] of Object.entries(identity.paths)) this.paths.set(name, path)
    this.readyPromise = new Promise((resolve) => (this.resolveReady = resolve))
    this.exited = new Promise((resolve) => (this.resolveExited = resolve))
  }

  setPath(name: string, path: string): void {
    if (this.ready && name === 'userData') throw new Error('the double, like Electron, wants userData set before ready')
    this.paths.set(name, path)
  }

  getPath(name: PathName): string {
    const path = this.paths.get(name)
    if (!path) throw new Error(`Failed to get '${name}' path (the double was not given one)`)
    return path
  }

  enableSandbox(): void {
    if (this.ready) throw new Error('app.enableSandbox() can only be called before app is ready')
    this.runtime.sandboxAll = true
  }

  requestSingleInstanceLock(additionalData?: Parameters<Electron.App['requestSingleInstanceLock']>[0]): boolean {
    const folder = this.getPath('userData')
    const holder = lockHolders.get(folder)
    if (holder && holder !== this) {
      const argv = [...this.identity.argv]
      setImmediate(() => holder.emit('second-instance', { preventDefault: () => undefined }, argv, this.identity.cwd, additionalData ?? {}))
      return false
    }
    lockHolders.set(folder, this)
    return true
  }

  /** Called by the launcher once main's first turn has run, as Electron emits ready. */
  markReady(): void {
    this.ready = true
    this.emit('ready', { preventDefault: () => undefined }, {})
    this.resolveReady()
  }

  isReady(): boolean {
    return this.ready
  }

  whenReady(): Promise<void> {
    return this.readyPromise
  }

  getAppPath(): string {
    return this.identity.appPath
  }

  getName(): string {
    return this.identity.name
  }

  getVersion(): string {
    return this.identity.version
  }

  addRecentDocument(path: string): void {
    this.runtime.recentDocuments.push(path)
  }

  quit(): void {
    void this.quitAndWait()
  }

  /** before-quit, every window closed, will-quit, quit; the lock is released. */
  quitAndWait(): Promise<void> {
    this.quitting ??= (async () => {
      let prevented = false
      const event = { preventDefault: () => void (prevented = true) }
      this.emit('before-quit', event)
      if (prevented) {
        this.quitting = null
        return
      }
      for (const window of [...this.runtime.windows]) await window.closeForQuit()
      this.emit('will-quit', { preventDefault: () => undefined })
      this.emit('quit', { preventDefault: () => undefined }, 0)
      for (const [folder, holder] of lockHolders) if (holder === this) lockHolders.delete(folder)
      this.resolveExited()
    })()
    return this.quitting
  }

  get isQuitting(): boolean {
    return this.quitting !== null
  }
}
