// The state one launched app shares across its Electron modules: the browser its windows open
// pages in, what main registered (IPC handlers, protocol handlers, permission handlers, the
// menu), and what it did (dialogs asked, links opened), which tests read and answer.
import type { Browser } from '@playwright/test'
import { EventEmitter } from 'node:events'
import type { BrowserWindowDouble } from './browser-window'
import type { MenuDouble } from './menu'

export type PermissionRequestHandler = NonNullable<Parameters<Electron.Session['setPermissionRequestHandler']>[0]>
export type PermissionCheckHandler = NonNullable<Parameters<Electron.Session['setPermissionCheckHandler']>[0]>
export type HeadersReceivedListener = NonNullable<Parameters<Electron.WebRequest['onHeadersReceived']>[0]>
export type ProtocolHandler = Parameters<Electron.Protocol['handle']>[1]
export type InvokeHandler = Parameters<Electron.IpcMain['handle']>[1]

export type DialogCall =
  | { readonly kind: 'showOpenDialog'; readonly window: boolean; readonly options: Electron.OpenDialogOptions }
  | { readonly kind: 'showSaveDialog'; readonly window: boolean; readonly options: Electron.SaveDialogOptions }
  | { readonly kind: 'showMessageBox'; readonly window: boolean; readonly options: Electron.MessageBoxOptions }

type DialogAnswer = Electron.OpenDialogReturnValue | Electron.SaveDialogReturnValue | Electron.MessageBoxReturnValue

export class DoubleRuntime {
  readonly windows: BrowserWindowDouble[] = []
  readonly invokeHandlers = new Map<string, InvokeHandler>()
  /** ipcMain itself (its `on` listeners get ipcRenderer.send). */
  readonly ipcMain = new EventEmitter()
  readonly privilegedSchemes = new Map<string, Electron.CustomScheme['privileges']>()
  readonly protocolHandlers = new Map<string, ProtocolHandler>()
  permissionRequestHandler: PermissionRequestHandler | null = null
  permissionCheckHandler: PermissionCheckHandler | null = null
  headersReceived: HeadersReceivedListener | null = null
  applicationMenu: MenuDouble | null = null
  sandboxAll = false
  themeSource: 'system' | 'light' | 'dark' = 'system'
  readonly dialogCalls: DialogCall[] = []
  readonly externalOpens: string[] = []
  readonly recentDocuments: string[] = []
  /** Whatever a page or main logged through the double (preload errors, uncaught page errors). */
  readonly problems: string[] = []
  private readonly answers: { kind: DialogCall['kind']; answer: DialogAnswer }[] = []

  constructor(
    readonly browser: Browser,
    readonly versions: Record<string, string>,
  ) {}

  /** The answer the next dialog of that kind gets (the user's click). */
  answerDialog(kind: 'showOpenDialog', answer: Electron.OpenDialogReturnValue): void
  answerDialog(kind: 'showSaveDialog', answer: Electron.SaveDialogReturnValue): void
  answerDialog(kind: 'showMessageBox', answer: Electron.MessageBoxReturnValue): void
  answerDialog(kind: DialogCall['kind'], answer: DialogAnswer): void {
    this.answers.push({ kind, answer })
  }

  takeAnswer(call: DialogCall): DialogAnswer {
    this.dialogCalls.push(call)
    const at = this.answers.findIndex((a) => a.kind === call.kind)
    if (at >= 0) return this.answers.splice(at, 1)[0]!.answer
    if (call.kind === 'showMessageBox') return { response: call.options.cancelId ?? 0, checkboxChecked: false }
    throw new Error(`The app showed ${call.kind} and the test gave no answer for it`)
  }

  get schemes(): ReadonlySet<string> {
    return new Set(this.privilegedSchemes.keys())
  }
}
