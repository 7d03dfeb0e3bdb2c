// The preload (sandboxed, context-isolated): exposes `window.agentMerge` with exactly one
// function per channel of shared/host-channels.ts, plus the dropped-file path lookup and the
// event subscription. No ipcRenderer, no Node, nothing else reaches the page.

import { contextBridge, ipcRenderer, webUtils, type IpcRendererEvent } from 'electron'
import type { HostEvent } from '../../shared/host-api'
import { HOST_EVENT_CHANNEL, HOST_METHODS, ipcChannelFor, type AgentMergeBridge } from '../../shared/host-channels'

const calls = Object.fromEntries(
  HOST_METHODS.map((method) => [method, (...args: unknown[]) => ipcRenderer.invoke(ipcChannelFor(method), ...args)]),
)

const bridge = {
  ...calls,
  pathForDroppedFile(file: unknown): string | null {
    try {
      const path = webUtils.getPathForFile(file as File)
      return path === '' ? null : path
    } catch {
      return null // not a File from a drop
    }
  },
  onEvent(listener: (event: HostEvent) => void): () => void {
    const handler = (_event: IpcRendererEvent, hostEvent: HostEvent): void => listener(hostEvent)
    ipcRenderer.on(HOST_EVENT_CHANNEL, handler)
    return () => {
      ipcRenderer.removeListener(HOST_EVENT_CHANNEL, handler)
    }
  },
} as AgentMergeBridge

contextBridge.exposeInMainWorld('agentMerge', bridge)
