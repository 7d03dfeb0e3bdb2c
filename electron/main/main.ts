// Electron main process: one window, the app:// renderer, the host service over IPC, native
// menus and dialogs, single instance (a second launch's paths open in the first window).
// Thin on purpose: everything that can run in plain Node lives in electron/host.

import { existsSync } from 'node:fs'
import { app, dialog, Menu, nativeTheme, type BrowserWindow } from 'electron'
import type { MenuCommand, Settings } from '../../shared/host-api'
import { toHostError } from '../host/host-error'
import { createHostService, type HostService } from '../host/host-service'
import { aboutText } from './about'
import { APP_ENTRY_URL } from './app-origin'
import { appLocations } from './app-locations'
import { handleAppProtocol, registerAppScheme } from './app-protocol'
import { pathsFromArgv } from './argv-paths'
import { registerIpc, sendEvent } from './ipc'
import { createMainWindow } from './main-window'
import { menuTemplate } from './menu-template'
import { createOutsideOpens } from './outside-opens'
import { applySecurityPolicies } from './security'

const AGENT_FILE_FILTERS = [
  { name: 'Agent definitions', extensions: ['md', 'mdc'] },
  { name: 'All files', extensions: ['*'] },
]

// Tests (and people who want a second, separate profile) point the app at another config folder.
// Set before the single-instance lock, which is per config folder.
if (process.env.AGENT_MERGE_USER_DATA) app.setPath('userData', process.env.AGENT_MERGE_USER_DATA)

registerAppScheme()
app.enableSandbox() // every renderer sandboxed, not only the windows that ask for it

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  startApp()
}

function startApp(): void {
  let window: BrowserWindow | null = null
  let service: HostService | null = null
  // Second launches and macOS open-file: before the service exists they join its initial paths.
  const outsideOpens = createOutsideOpens()

  const argvPaths = (argv: readonly string[], cwd: string): string[] =>
    pathsFromArgv(argv, { cwd, packaged: app.isPackaged, exists: existsSync })

  const send = (command: MenuCommand): void => sendEvent(window, { kind: 'menu', command })

  // The system's own recent list too (macOS Dock and File menu, Windows jump list); it comes back
  // as open-file / a second launch, like any outside open.
  const noteRecentDocuments = (paths: readonly string[]): void => {
    for (const path of paths) app.addRecentDocument(path)
  }

  const openFromOutside = (paths: readonly string[]): void => {
    if (!service || paths.length === 0) return
    service.openFromOutside(paths).then(
      () => {
        noteRecentDocuments(paths)
        void rebuildMenu()
      },
      (error: unknown) => {
        const detail = toHostError(error).message
        if (window) void dialog.showMessageBox(window, { type: 'warning', message: 'Could not open', detail })
        else console.warn(`agent-merge: could not open ${paths.join(', ')}: ${detail}`)
      },
    )
  }

  const setTheme = (theme: Settings['theme']): void => {
    nativeTheme.themeSource = theme
    void service?.setSettings({ theme }).then(() => rebuildMenu())
    send(`theme-${theme}`)
  }

  const showAbout = (): void => {
    const text = aboutText({ appName: app.getName(), version: app.getVersion(), versions: process.versions, platform: process.platform, arch: process.arch })
    const options = { type: 'info' as const, buttons: ['OK'], ...text }
    void (window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options))
  }

  async function rebuildMenu(): Promise<void> {
    if (!service) return
    const [recent, settings] = await Promise.all([service.getRecent(), service.getSettings()])
    const template = menuTemplate({
      platform: process.platform,
      appName: app.getName(),
      recent,
      theme: settings.theme,
      showDevTools: !app.isPackaged,
      send,
      openRecent: (paths) => outsideOpens.request(paths),
      setTheme,
      showAbout,
    })
    Menu.setApplicationMenu(Menu.buildFromTemplate(template))
  }

  app.on('second-instance', (_event, argv, workingDirectory) => {
    outsideOpens.request(argvPaths(argv, workingDirectory))
    if (window) {
      if (window.isMinimized()) window.restore()
      window.focus()
    }
  })

  app.on('open-file', (event, path) => {
    event.preventDefault()
    outsideOpens.request([path])
  })

  app.on('window-all-closed', () => app.quit())
  app.on('will-quit', () => {
    void service?.dispose()
  })

  void app.whenReady().then(async () => {
    applySecurityPolicies()
    const locations = appLocations({ appPath: app.getAppPath(), resourcesPath: process.resourcesPath, packaged: app.isPackaged })
    if (!existsSync(locations.rendererDir)) console.error(`agent-merge: ${locations.rendererDir} is missing; run \`npm run build\` first.`)
    handleAppProtocol(locations.rendererDir)
    const created = createHostService({
      configDir: app.getPath('userData'),
      exampleFolder: locations.exampleFolder,
      initialPaths: [...new Set([...argvPaths(process.argv, process.cwd()), ...outsideOpens.takePending()])],
      warn: (message) => console.warn(`agent-merge: ${message}`),
      dialogs: {
        async showOpenDialog(kind) {
          const options = kind === 'folder'
            ? { properties: ['openDirectory' as const] }
            : { properties: ['openFile' as const, 'multiSelections' as const], filters: AGENT_FILE_FILTERS }
          const result = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options)
          return result.canceled || result.filePaths.length === 0 ? null : result.filePaths
        },
        async showSaveDialog(defaultPath) {
          const options = { defaultPath, filters: AGENT_FILE_FILTERS }
          const result = window ? await dialog.showSaveDialog(window, options) : await dialog.showSaveDialog(options)
          if (result.canceled || !result.filePath) return null
          created.allowSaveTarget(result.filePath)
          return result.filePath
        },
      },
    })
    service = created
    outsideOpens.start(openFromOutside)
    nativeTheme.themeSource = (await created.getSettings()).theme
    registerIpc(created, () => window, {
      afterCall(method, args, value) {
        if (method === 'openPaths') {
          noteRecentDocuments(args[0] as readonly string[])
          void rebuildMenu()
        }
        if (method === 'setSettings') {
          nativeTheme.themeSource = (value as Settings).theme
          void rebuildMenu()
        }
      },
    })
    await rebuildMenu()
    const mainWindow = await createMainWindow(created.store, locations.preloadPath)
    window = mainWindow
    window.on('closed', () => {
      window = null
    })
    await mainWindow.loadURL(APP_ENTRY_URL)
  })
}
