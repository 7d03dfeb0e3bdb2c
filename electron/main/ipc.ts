// One ipcMain handler per channel of shared/host-channels.ts. Each checks that the sender is our
// own page's main frame, then runs the call through the host service (validated, never throws)
// and answers a HostResponse. Host events are pushed to the window on one channel.

import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent, type WebContents } from 'electron'
import type { HostEvent } from '../../shared/host-api'
import { HOST_EVENT_CHANNEL, HOST_METHODS, ipcChannelFor, type HostMethodName, type HostResponse } from '../../shared/host-channels'
import type { HostService } from '../host/host-service'
import { isAppUrl } from './app-origin'

/** The window's page, or null once the window or its page is destroyed: Electron destroys the
 *  page first and the window after ('closed'), and any use of either then throws. */
function livePage(window: BrowserWindow | null): WebContents | null {
  if (!window || window.isDestroyed()) return null
  const page = window.webContents
  return page.isDestroyed() ? null : page
}

function isTrustedSender(event: IpcMainInvokeEvent, getWindow: () => BrowserWindow | null): boolean {
  const frame = event.senderFrame
  const page = livePage(getWindow())
  if (!frame || !page) return false
  const main = page.mainFrame
  const isMainFrame = frame.processId === main.processId && frame.routingId === main.routingId
  return event.sender.id === page.id && isMainFrame && isAppUrl(frame.url)
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

/** Pushes `event` to the window's page; nothing when the window is closing or closed. */
export function sendEvent(window: BrowserWindow | null, event: HostEvent): void {
  livePage(window)?.send(HOST_EVENT_CHANNEL, event)
}
