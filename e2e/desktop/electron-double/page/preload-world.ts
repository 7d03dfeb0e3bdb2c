// Runs in every frame's preload world (an isolated world when contextIsolation is on), before the
// page's scripts: sets up the renderer side of Electron and runs the preload as Electron runs a
// sandboxed one (main frame only, a function of require, process, exports, module, Buffer and
// global; require knows only Electron's renderer modules, events, timers and url).
import type { FromPage, ToPage } from '../wire'
import { createRendererElectron } from './renderer-electron'

declare const __DOUBLE_CONFIG__: {
  readonly nonce: string
  readonly bindingName: string
  readonly deliverName: string
  readonly electronName: string
  readonly preloadPath: string | null
  readonly contextIsolation: boolean
  readonly subframes: boolean
  readonly process: { readonly platform: string; readonly arch: string; readonly versions: Record<string, string> }
}
declare const __DOUBLE_PRELOAD__: ((...args: unknown[]) => void) | null

const config = __DOUBLE_CONFIG__
const scope = globalThis as unknown as Record<string, unknown>
const binding = scope[config.bindingName] as (payload: string) => void
delete scope[config.bindingName] // the preload sees no trace of the double's plumbing
const toMain = (message: FromPage): void => binding(JSON.stringify(message))

const { electron, deliver } = createRendererElectron({ nonce: config.nonce, toMain, contextIsolation: config.contextIsolation })
Object.defineProperty(scope, config.deliverName, { value: (text: string) => deliver(JSON.parse(text) as ToPage), enumerable: false })
// For the double's probes (a frame's own IPC); the preload gets the same through require.
Object.defineProperty(scope, config.electronName, { value: electron, enumerable: false })

class EventEmitter {
  private readonly events = new Map<string, ((...args: unknown[]) => void)[]>()
  on(name: string, listener: (...args: unknown[]) => void): this {
    this.events.set(name, [...(this.events.get(name) ?? []), listener])
    return this
  }
  once(name: string, listener: (...args: unknown[]) => void): this {
    const once = (...args: unknown[]): void => {
      this.off(name, once)
      listener(...args)
    }
    return this.on(name, once)
  }
  off(name: string, listener: (...args: unknown[]) => void): this {
    this.events.set(name, (this.events.get(name) ?? []).filter((l) => l !== listener))
    return this
  }
  removeListener(name: string, listener: (...args: unknown[]) => void): this {
    return this.off(name, listener)
  }
  emit(name: string, ...args: unknown[]): boolean {
    const list = this.events.get(name) ?? []
    for (const listener of list) listener(...args)
    return list.length > 0
  }
}

const modules: Record<string, unknown> = {
  electron: electron,
  'electron/renderer': electron,
  'electron/common': electron,
  events: Object.assign(EventEmitter, { EventEmitter }),
  'node:events': Object.assign(EventEmitter, { EventEmitter }),
  timers: { setTimeout, clearTimeout, setInterval, clearInterval },
  'node:timers': { setTimeout, clearTimeout, setInterval, clearInterval },
  url: { URL, URLSearchParams },
  'node:url': { URL, URLSearchParams },
}

function preloadRequire(id: string): unknown {
  if (Object.hasOwn(modules, id)) return modules[id]
  throw new Error(`module not found: ${id}`)
}

const isMainFrame = window === window.top
if (__DOUBLE_PRELOAD__ && (isMainFrame || config.subframes)) {
  const preloadProcess = Object.assign(new EventEmitter(), {
    type: 'renderer',
    sandboxed: true,
    contextIsolated: config.contextIsolation,
    platform: config.process.platform,
    arch: config.process.arch,
    versions: config.process.versions,
    env: {},
    argv: [],
  })
  const exports = {}
  const buffer = new Proxy({}, { get: () => { throw new Error('The Electron double does not emulate Buffer in preloads') } })
  try {
    __DOUBLE_PRELOAD__(preloadRequire, preloadProcess, exports, { exports }, buffer, globalThis)
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error))
    console.error(`Unable to load preload script: ${config.preloadPath}`)
    console.error(e)
    toMain({ kind: 'preload-error', message: e.message, stack: e.stack ?? '' })
  }
}
