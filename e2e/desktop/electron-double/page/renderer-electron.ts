// The renderer side of the double: what `require('electron')` gives a sandboxed preload
// (contextBridge, ipcRenderer, webUtils), typed as Electron's own. ipcRenderer talks to the main
// process through a CDP binding that exists only in this isolated world.
import { decodeWire, encodeWire, type FromPage, type ToPage } from '../wire'
import { createWorldLink } from './world-link'

type Listener = (event: Electron.IpcRendererEvent, ...args: unknown[]) => void

export interface RendererElectron {
  readonly contextBridge: Pick<Electron.ContextBridge, 'exposeInMainWorld'>
  readonly ipcRenderer: Pick<Electron.IpcRenderer, 'invoke' | 'send' | 'on' | 'once' | 'off' | 'removeListener' | 'removeAllListeners'>
  readonly webUtils: Pick<Electron.WebUtils, 'getPathForFile'>
}

export function createRendererElectron(options: {
  readonly nonce: string
  readonly toMain: (message: FromPage) => void
  readonly contextIsolation: boolean
}): { electron: RendererElectron; deliver: (message: ToPage) => void } {
  const link = options.contextIsolation ? createWorldLink('isolated', options.nonce) : null
  const listeners = new Map<string, Listener[]>()
  const pending = new Map<number, { channel: string; resolve: (v: unknown) => void; reject: (e: Error) => void }>()
  let nextId = 1

  const ipcRenderer: RendererElectron['ipcRenderer'] & { emitFromMain(channel: string, args: unknown[]): void } = {
    invoke(channel: string, ...args: unknown[]): Promise<unknown> {
      // Electron clones the arguments before sending: what cannot be cloned throws here.
      const payload = encodeWire(structuredClone(args))
      const id = nextId++
      return new Promise((resolve, reject) => {
        pending.set(id, { channel, resolve, reject })
        options.toMain({ kind: 'invoke', id, channel, args: payload })
      })
    },
    send(channel: string, ...args: unknown[]): void {
      options.toMain({ kind: 'send', channel, args: encodeWire(structuredClone(args)) })
    },
    on(channel: string, listener: Listener) {
      listeners.set(channel, [...(listeners.get(channel) ?? []), listener])
      return ipcRenderer as unknown as Electron.IpcRenderer
    },
    once(channel: string, listener: Listener) {
      const once: Listener = (event, ...args) => {
        ipcRenderer.removeListener(channel, once)
        listener(event, ...args)
      }
      return ipcRenderer.on(channel, once)
    },
    off(channel: string, listener: Listener) {
      return ipcRenderer.removeListener(channel, listener)
    },
    removeListener(channel: string, listener: Listener) {
      const list = listeners.get(channel) ?? []
      const at = list.lastIndexOf(listener)
      if (at >= 0) listeners.set(channel, [...list.slice(0, at), ...list.slice(at + 1)])
      return ipcRenderer as unknown as Electron.IpcRenderer
    },
    removeAllListeners(channel?: string) {
      if (channel === undefined) listeners.clear()
      else listeners.delete(channel)
      return ipcRenderer as unknown as Electron.IpcRenderer
    },
    emitFromMain(channel, args) {
      const event = { sender: ipcRenderer, ports: [] } as unknown as Electron.IpcRendererEvent
      for (const listener of listeners.get(channel) ?? []) listener(event, ...args)
    },
  }

  const contextBridge: RendererElectron['contextBridge'] = {
    exposeInMainWorld(apiKey: string, api: unknown): void {
      if (!link) throw new Error('contextBridge API can only be used when contextIsolation is enabled')
      link.expose(apiKey, api)
    },
  }

  const webUtils: RendererElectron['webUtils'] = {
    getPathForFile(file: File): string {
      if (!(file instanceof File)) throw new TypeError('getPathForFile: the argument is not a File')
      return '' // Chromium outside Electron never knows a File's path on disk
    },
  }

  const deliver = (message: ToPage): void => {
    if (message.kind === 'event') {
      ipcRenderer.emitFromMain(message.channel, decodeWire(message.args) as unknown[])
      return
    }
    const call = pending.get(message.id)
    pending.delete(message.id)
    if (!call) return
    if (message.ok) call.resolve(decodeWire(message.value))
    else call.reject(new Error(`Error invoking remote method '${call.channel}': ${message.message}`))
  }

  return { electron: { contextBridge, ipcRenderer, webUtils }, deliver }
}
