// The one window: secure web preferences, remembered size and position, shown when ready.
// Not yet loaded: the caller keeps the window before loading the page, because the page calls
// the host while it loads and main answers only calls from the window it knows.

import { BrowserWindow, screen } from 'electron'
import type { AppStore } from '../host/app-store'
import { createCrashReload } from './crash-reload'
import { visibleBounds } from './window-bounds'

export async function createMainWindow(store: AppStore, preloadPath: string): Promise<BrowserWindow> {
  const saved = await store.getWindowState().catch(() => null)
  const bounds = visibleBounds(saved, screen.getAllDisplays().map((d) => d.workArea))
  const window = new BrowserWindow({
    ...(bounds.x !== undefined && bounds.y !== undefined ? { x: bounds.x, y: bounds.y } : {}),
    width: bounds.width,
    height: bounds.height,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Agent Merge',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
    },
  })
  if (bounds.maximized) window.maximize()
  window.once('ready-to-show', () => window.show())
  // A crashed page comes back (the merge in progress is in its draft), a few times at most.
  const crashReload = createCrashReload()
  window.webContents.on('render-process-gone', (_event, details) => {
    if (crashReload.shouldReload(details.reason) && !window.isDestroyed()) window.webContents.reload()
  })
  window.on('close', () => {
    const normal = window.getNormalBounds()
    void store.setWindowState({ ...normal, maximized: window.isMaximized() }).catch(() => undefined)
  })
  return window
}
