// The `electron` module the main process gets from the double: each member implements Electron's
// own declaration (a Pick of electron.d.ts), so it takes what Electron takes and answers what
// Electron answers; main's own calls are checked against electron.d.ts by tsconfig.node.json.
// A module member main asks for that the double lacks fails by name (see launch-app.ts).
import type { IpcMainInvokeEvent as ElectronIpcMainInvokeEvent } from 'electron'
import type { FrameDouble } from './browser-window'
import { AppDouble, type AppIdentity } from './app'
import { BrowserWindowDouble, type WebContentsDouble } from './browser-window'
import { createMenuModule, type MenuDouble } from './menu'
import type { DoubleRuntime, HeadersReceivedListener } from './runtime'

type DialogMembers = 'showOpenDialog' | 'showSaveDialog' | 'showMessageBox'

function createDialog(runtime: DoubleRuntime): Pick<Electron.Dialog, DialogMembers> {
  const split = <O>(a: unknown, b: O | undefined): { window: boolean; options: O } => (b === undefined ? { window: false, options: a as O } : { window: true, options: b })
  return {
    async showOpenDialog(a: Electron.BaseWindow | Electron.OpenDialogOptions, b?: Electron.OpenDialogOptions) {
      return runtime.takeAnswer({ kind: 'showOpenDialog', ...split(a, b) }) as Electron.OpenDialogReturnValue
    },
    async showSaveDialog(a: Electron.BaseWindow | Electron.SaveDialogOptions, b?: Electron.SaveDialogOptions) {
      return runtime.takeAnswer({ kind: 'showSaveDialog', ...split(a, b) }) as Electron.SaveDialogReturnValue
    },
    async showMessageBox(a: Electron.BaseWindow | Electron.MessageBoxOptions, b?: Electron.MessageBoxOptions) {
      return runtime.takeAnswer({ kind: 'showMessageBox', ...split(a, b) }) as Electron.MessageBoxReturnValue
    },
  }
}

function createIpcMain(runtime: DoubleRuntime): Pick<Electron.IpcMain, 'handle' | 'handleOnce' | 'removeHandler' | 'on' | 'once' | 'removeListener'> {
  const ipcMain = {
    handle(channel: string, listener: Parameters<Electron.IpcMain['handle']>[1]): void {
      if (runtime.invokeHandlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`)
      runtime.invokeHandlers.set(channel, listener)
    },
    handleOnce(channel: string, listener: Parameters<Electron.IpcMain['handle']>[1]): void {
      ipcMain.handle(channel, (event, ...args) => {
        runtime.invokeHandlers.delete(channel)
        return listener(event, ...args)
      })
    },
    removeHandler(channel: string): void {
      runtime.invokeHandlers.delete(channel)
    },
    on(channel: string, listener: Parameters<Electron.IpcMain['on']>[1]) {
      runtime.ipcMain.on(channel, listener)
      return ipcMain as unknown as Electron.IpcMain
    },
    once(channel: string, listener: Parameters<Electron.IpcMain['on']>[1]) {
      runtime.ipcMain.once(channel, listener)
      return ipcMain as unknown as Electron.IpcMain
    },
    removeListener(channel: string, listener: Parameters<Electron.IpcMain['on']>[1]) {
      runtime.ipcMain.removeListener(channel, listener)
      return ipcMain as unknown as Electron.IpcMain
    },
  }
  return ipcMain
}

function createProtocol(runtime: DoubleRuntime, app: AppDouble): Pick<Electron.Protocol, 'registerSchemesAsPrivileged' | 'handle' | 'unhandle' | 'isProtocolHandled'> {
  return {
    registerSchemesAsPrivileged(customSchemes: Electron.CustomScheme[]): void {
      if (app.isReady()) throw new Error('protocol.registerSchemesAsPrivileged should be called before app is ready')
      for (const { scheme, privileges } of customSchemes) runtime.privilegedSchemes.set(scheme, privileges)
    },
    handle(scheme: string, handler: Parameters<Electron.Protocol['handle']>[1]): void {
      if (!app.isReady()) throw new Error('protocol.handle must be called after app is ready')
      if (runtime.protocolHandlers.has(scheme)) throw new Error(`Failed to register protocol: ${scheme}`)
      if (!runtime.privilegedSchemes.get(scheme)?.standard) throw new Error(`the double serves standard schemes only; ${scheme} was not registered as one`)
      runtime.protocolHandlers.set(scheme, handler)
    },
    unhandle(scheme: string): void {
      runtime.protocolHandlers.delete(scheme)
    },
    isProtocolHandled(scheme: string): boolean {
      return runtime.protocolHandlers.has(scheme)
    },
  }
}

type SessionMembers = 'setPermissionRequestHandler' | 'setPermissionCheckHandler'

function createSession(runtime: DoubleRuntime): Pick<Electron.Session, SessionMembers> & { readonly webRequest: Pick<Electron.WebRequest, 'onHeadersReceived'> } {
  type Listener = HeadersReceivedListener | null
  function onHeadersReceived(listener: Listener): void
  function onHeadersReceived(filter: Electron.WebRequestFilter, listener: Listener): void
  function onHeadersReceived(a: Electron.WebRequestFilter | Listener, b?: Listener): void {
    runtime.headersReceived = (b === undefined ? a : b) as Listener
  }
  return {
    setPermissionRequestHandler(handler) {
      runtime.permissionRequestHandler = handler
    },
    setPermissionCheckHandler(handler) {
      runtime.permissionCheckHandler = handler
    },
    webRequest: { onHeadersReceived },
  }
}

function createShell(runtime: DoubleRuntime): Pick<Electron.Shell, 'openExternal'> {
  return {
    async openExternal(url: string): Promise<void> {
      runtime.externalOpens.push(url)
    },
  }
}

function createNativeTheme(runtime: DoubleRuntime): Pick<Electron.NativeTheme, 'themeSource' | 'shouldUseDarkColors'> {
  return {
    get themeSource() {
      return runtime.themeSource
    },
    set themeSource(value) {
      runtime.themeSource = value
    },
    get shouldUseDarkColors() {
      return runtime.themeSource === 'dark'
    },
  }
}

/** One display the size of the window area the tests use. */
function createScreen(): { getAllDisplays(): readonly Pick<Electron.Display, 'id' | 'bounds' | 'workArea' | 'scaleFactor'>[] } {
  const area = { x: 0, y: 0, width: 1440, height: 900 }
  return { getAllDisplays: () => [{ id: 1, bounds: area, workArea: area, scaleFactor: 1 }] }
}

export interface MainElectron {
  readonly app: AppDouble
  readonly BrowserWindow: new (options?: Electron.BrowserWindowConstructorOptions) => BrowserWindowDouble
  readonly ipcMain: ReturnType<typeof createIpcMain>
  readonly protocol: ReturnType<typeof createProtocol>
  readonly session: { readonly defaultSession: ReturnType<typeof createSession> }
  readonly dialog: ReturnType<typeof createDialog>
  readonly Menu: ReturnType<typeof createMenuModule>
  readonly shell: ReturnType<typeof createShell>
  readonly nativeTheme: ReturnType<typeof createNativeTheme>
  readonly screen: ReturnType<typeof createScreen>
}

export function createMainElectron(runtime: DoubleRuntime, identity: AppIdentity): MainElectron {
  const app = new AppDouble(runtime, identity)
  class BrowserWindow extends BrowserWindowDouble {
    constructor(options?: Electron.BrowserWindowConstructorOptions) {
      if (!app.isReady()) throw new Error('Cannot create BrowserWindow before app is ready')
      super(runtime, app, options)
    }
  }
  return {
    app,
    BrowserWindow,
    ipcMain: createIpcMain(runtime),
    protocol: createProtocol(runtime, app),
    session: { defaultSession: createSession(runtime) },
    dialog: createDialog(runtime),
    Menu: createMenuModule(runtime),
    shell: createShell(runtime),
    nativeTheme: createNativeTheme(runtime),
    screen: createScreen(),
  }
}

export type { MenuDouble, WebContentsDouble }
export type IpcMainInvokeEvent = Omit<ElectronIpcMainInvokeEvent, 'sender' | 'senderFrame'> & { readonly sender: WebContentsDouble; readonly senderFrame: FrameDouble | null }
