// One ipcMain handler per channel of shared/host-channels.ts. Each checks that the sender is our
// own page's main frame, then runs the call through the host service (validated, never throws)
// and answers a HostResponse. Host events are pushed to the window on one channel.

import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron'
import type { HostEvent } from '../../shared/host-api'
import { HOST_EVENT_CHANNEL, HOST_METHODS, ipcChannelFor, type HostMethodName, type HostResponse } from '../../shared/host-channels'
import type { HostService } from '../host/host-service'
import { isAppUrl } from './app-origin'

function isTrustedSender(event: IpcMainInvokeEvent, getWindow: () => BrowserWindow | null): boolean {
  const frame = event.senderFrame
  const window = getWindow()
  if (!frame || !window || window.isDestroyed()) return false
  const main = window.webContents.mainFrame
  const isMainFrame = frame.processId === main.processId && frame.routingId === main.routingId
  return event.sender.id === window.webContents.id && isMainFrame && isAppUrl(frame.url)
}

export interface IpcHooks {
  /** Runs after a successful call (e.g. rebuild Open Recent after openPaths, apply the theme). */
  readonly afterCall?: (method: HostMethodName, args: readonly unknown[], value: unknown) => void
}

export function registerIpc(service: HostService, getWindow: () => BrowserWindow | null, hooks: IpcHooks = {}): () => void {
  for (const method of HOST_METHODS) {
    ipcMain.handle(ipcChannelFor(method), async (event, ...args: unknown[]): Promise<HostResponse<unknown>> => {
      if (!isTrustedSender(event, getWindow)) {
        return { ok: false, error: { code: 'unauthorized', message: 'This call did not come from the Agent Merge window' } }
      }
      const response = await service.call(method, args)
      if (response.ok) hooks.afterCall?.(method, args, response.value)
      return response
    })
  }
  const unsubscribe = service.onEvent((event: HostEvent) => sendEvent(getWindow(), event))
  return () => {
    unsubscribe()
    for (const method of HOST_METHODS) ipcMain.removeHandler(ipcChannelFor(method))
  }
}

export function sendEvent(window: BrowserWindow | null, event: HostEvent): void {
  if (window && !window.isDestroyed()) window.webContents.send(HOST_EVENT_CHANNEL, event)
}
