// BrowserWindow and its webContents: each window is a Chromium page of its own (Playwright), its
// privileged scheme served by main's protocol handler, the real preload run in the page's
// preload world, IPC carried by a CDP binding to main's ipcMain handlers, navigation, new
// windows and permissions decided by main's handlers as Electron would ask them.
import type { BrowserContext, CDPSession, Page, Request, Route } from '@playwright/test'
import { EventEmitter } from 'node:events'
import type { AppDouble } from './app'
import { pageScripts, type PageScripts } from './page-scripts'
import type { DoubleRuntime, PermissionRequestHandler } from './runtime'
import { toAppUrl, toPageUrl } from './scheme-urls'
import { decodeWire, encodeWire, type FromPage, type ToPage } from './wire'

const PRELOAD_WORLD = 'Electron Isolated Context'
const PROCESS_ID = 4 // one renderer process per window; frames in it differ by routing id

type FrameMembers = 'url' | 'processId' | 'routingId' | 'frameTreeNodeId' | 'name' | 'isDestroyed'

/** A frame of the window's page as main sees it (WebFrameMain): live url, stable ids. */
export class FrameDouble implements Pick<Electron.WebFrameMain, FrameMembers> {
  readonly processId = PROCESS_ID
  name = ''
  url = ''
  destroyed = false
  constructor(
    readonly routingId: number,
    readonly frameTreeNodeId: number,
    readonly parentId: string | null,
  ) {}
  isDestroyed(): boolean {
    return this.destroyed
  }
}

/** Electron's permission names and the Chromium permissions each stands for in the page. */
const PERMISSIONS: readonly { readonly electron: Parameters<PermissionRequestHandler>[1]; readonly chromium: readonly string[] }[] = [
  { electron: 'geolocation', chromium: ['geolocation'] },
  { electron: 'notifications', chromium: ['notifications'] },
  { electron: 'media', chromium: ['camera', 'microphone'] },
  { electron: 'midi', chromium: ['midi'] },
  { electron: 'midiSysex', chromium: ['midi-sysex'] },
  { electron: 'clipboard-read', chromium: ['clipboard-read'] },
  { electron: 'clipboard-sanitized-write', chromium: ['clipboard-write'] },
  { electron: 'storage-access', chromium: ['storage-access'] },
]

type WebContentsMembers = 'id' | 'send' | 'reload' | 'getURL' | 'setWindowOpenHandler' | 'isDestroyed' | 'getTitle'

export class WebContentsDouble extends EventEmitter implements Pick<Electron.WebContents, WebContentsMembers> {
  private static nextId = 1
  readonly id = WebContentsDouble.nextId++
  windowOpenHandler: Parameters<Electron.WebContents['setWindowOpenHandler']>[0] | null = null
  /** What the window-open handler answered, in order. */
  readonly windowOpens: { readonly url: string; readonly action: 'allow' | 'deny' }[] = []
  /** Permission requests main's handler answered: Electron asks when the page asks; the double
   *  asks once per permission when the page is created and applies the answers to Chromium. */
  readonly permissionAnswers: { readonly permission: string; readonly requested: boolean; readonly checked: boolean }[] = []
  /** Responses main's protocol handler gave, with the headers the page got. */
  readonly responses: { readonly url: string; readonly status: number; readonly headers: Readonly<Record<string, string>> }[] = []
  /** Navigations main's will-navigate / will-frame-navigate handlers stopped. */
  readonly blockedNavigations: string[] = []
  readonly frames = new Map<string, FrameDouble>()
  page: Page | null = null
  private cdp: CDPSession | null = null
  private scripts: PageScripts | null = null
  private readonly preloadContexts = new Map<number, string>() // execution context id -> frame id
  private nextRoutingId = 1
  private loading: string | null = null
  private destroyed = false

  constructor(
    private readonly runtime: DoubleRuntime,
    readonly webPreferences: Electron.WebPreferences,
  ) {
    super()
  }

  get mainFrame(): FrameDouble {
    const main = [...this.frames.values()].find((f) => f.parentId === null && !f.destroyed)
    if (!main) throw new Error('the window has no page yet')
    return main
  }

  /** Opens the page: a browser context of its own, the page scripts, routing, IPC. */
  async open(size: { width: number; height: number }): Promise<void> {
    const prefs = this.webPreferences
    const sandboxed = prefs.sandbox ?? (this.runtime.sandboxAll || prefs.nodeIntegration !== true)
    if (!sandboxed || prefs.nodeIntegration) throw new Error('The Electron double emulates sandboxed renderers without Node only (sandbox: true, nodeIntegration: false)')
    const contextIsolation = prefs.contextIsolation ?? true
    const context = await this.runtime.browser.newContext({ viewport: size, acceptDownloads: true })
    const page = await context.newPage()
    const cdp = await context.newCDPSession(page)
    this.scripts = await pageScripts({
      preloadPath: prefs.preload ?? null,
      contextIsolation,
      subframes: prefs.nodeIntegrationInSubFrames === true,
      process: { platform: process.platform, arch: process.arch, versions: this.runtime.versions },
    })
    cdp.on('Page.frameAttached', (e) => this.frameFor(e.frameId, e.parentFrameId ?? null))
    cdp.on('Page.frameNavigated', (e) => {
      const frame = this.frameFor(e.frame.id, e.frame.parentId ?? null)
      frame.url = toAppUrl(e.frame.url + (e.frame.urlFragment ?? ''))
      frame.name = e.frame.name ?? ''
    })
    cdp.on('Page.frameDetached', (e) => {
      const frame = this.frames.get(e.frameId)
      if (frame) frame.destroyed = true
      this.frames.delete(e.frameId)
    })
    cdp.on('Runtime.executionContextCreated', (e) => {
      const frameId = (e.context.auxData as { frameId?: string } | undefined)?.frameId
      if (frameId && e.context.name === (contextIsolation ? PRELOAD_WORLD : '')) this.preloadContexts.set(e.context.id, frameId)
    })
    cdp.on('Runtime.executionContextDestroyed', (e) => this.preloadContexts.delete(e.executionContextId))
    cdp.on('Runtime.executionContextsCleared', () => this.preloadContexts.clear())
    cdp.on('Runtime.bindingCalled', (e) => {
      if (e.name !== this.scripts?.bindingName) return
      void this.fromPage(JSON.parse(e.payload) as FromPage, e.executionContextId).then((reply) => reply && this.toContext(e.executionContextId, reply))
    })
    await cdp.send('Page.enable')
    const tree = await cdp.send('Page.getFrameTree')
    this.frameFor(tree.frameTree.frame.id, null)
    await cdp.send('Runtime.enable')
    await cdp.send('Runtime.addBinding', { name: this.scripts.bindingName, ...(contextIsolation ? { executionContextName: PRELOAD_WORLD } : {}) })
    await cdp.send('Page.addScriptToEvaluateOnNewDocument', { source: this.scripts.mainWorld })
    await cdp.send('Page.addScriptToEvaluateOnNewDocument', { source: this.scripts.preloadWorld, ...(contextIsolation ? { worldName: PRELOAD_WORLD } : {}) })
    await context.route('**/*', (route) => this.route(route))
    context.on('page', (popup) => void this.popup(popup))
    page.on('pageerror', (error) => this.runtime.problems.push(`page error: ${error.message}`))
    page.on('crash', () => this.emit('render-process-gone', { preventDefault: () => undefined }, { reason: 'crashed', exitCode: 1 }))
    this.page = page
    this.cdp = cdp
  }

  private frameFor(frameId: string, parentId: string | null): FrameDouble {
    let frame = this.frames.get(frameId)
    if (!frame) {
      frame = new FrameDouble(this.nextRoutingId++, this.frames.size + 1, parentId)
      this.frames.set(frameId, frame)
    }
    return frame
  }

  /** Main's permission handlers asked about each permission for the loaded page, as Electron asks
   *  them: the request handler when the page requests (with none, Electron grants), the check
   *  handler when it queries (with none, Electron says yes). Chromium is then told the request
   *  handler's answers, so the page's own requests get them. */
  private async applyPermissions(context: BrowserContext): Promise<void> {
    const origin = 'app://agent-merge'
    const details = { requestingUrl: `${origin}/index.html`, isMainFrame: true }
    const granted: string[] = []
    for (const { electron, chromium } of PERMISSIONS) {
      const request = this.runtime.permissionRequestHandler
      const requested = request
        ? await new Promise<boolean>((resolve) => request(this as unknown as Electron.WebContents, electron, resolve, details as Electron.PermissionRequest))
        : true
      const check = this.runtime.permissionCheckHandler
      const checked = check ? check(this as unknown as Electron.WebContents, electron, origin, details as Electron.PermissionCheckHandlerHandlerDetails) : true
      this.permissionAnswers.push({ permission: electron, requested, checked })
      if (requested) granted.push(...chromium)
    }
    const pageOrigin = new URL(toPageUrl(`${origin}/`, this.runtime.schemes)).origin
    if (granted.length > 0) await context.grantPermissions(granted, { origin: pageOrigin })
  }

  private event<T extends object>(fields: T): T & { preventDefault(): void; readonly defaultPrevented: boolean } {
    let prevented = false
    const event = Object.assign(Object.create(null) as object, fields, { preventDefault: () => void (prevented = true) })
    Object.defineProperty(event, 'defaultPrevented', { get: () => prevented, enumerable: true })
    return event as T & { preventDefault(): void; readonly defaultPrevented: boolean }
  }

  private async route(route: Route): Promise<void> {
    const request = route.request()
    const appUrl = toAppUrl(request.url())
    let fromThisPage = false
    try {
      fromThisPage = request.frame().page() === this.page
    } catch {
      // a new window's first request comes before its frame: not this page's
    }
    if (request.isNavigationRequest() && fromThisPage) {
      const frameDouble = this.frameOf(request)
      const isMainFrame = request.frame() === this.page?.mainFrame()
      const byLoadUrl = isMainFrame && this.loading === request.url()
      if (byLoadUrl) this.loading = null
      else {
        const details = { url: appUrl, isSameDocument: false, isMainFrame, frame: frameDouble, initiator: null }
        const willNavigate = this.event(details)
        if (isMainFrame) this.emit('will-navigate', willNavigate, appUrl, false, isMainFrame, PROCESS_ID, frameDouble?.routingId ?? 0)
        const willFrameNavigate = this.event(details)
        this.emit('will-frame-navigate', willFrameNavigate)
        if (willNavigate.defaultPrevented || willFrameNavigate.defaultPrevented) {
          this.blockedNavigations.push(appUrl)
          return route.abort('aborted')
        }
      }
    }
    if (appUrl !== request.url()) return this.serveScheme(route, request, appUrl)
    if (request.isNavigationRequest()) {
      // No network in tests: an allowed navigation away gets a stand-in page, so it is seen.
      return route.fulfill({ status: 200, contentType: 'text/html', body: `<!doctype html><title>outside</title><p>stand-in for ${request.url()}</p>` })
    }
    return route.abort('blockedbyclient')
  }

  /** The main frame's WebFrameMain; a subframe's is given as null (Electron allows it: "may be
   *  null if accessed after the frame navigated"), the double cannot tell which one it is. */
  private frameOf(request: Request): FrameDouble | null {
    return request.frame() === this.page?.mainFrame() ? this.mainFrame : null
  }

  /** A privileged scheme's request, answered by main's protocol.handle handler, with the headers
   *  main's webRequest.onHeadersReceived listener gives it. */
  private async serveScheme(route: Route, request: Request, appUrl: string): Promise<void> {
    const scheme = new URL(appUrl).protocol.slice(0, -1)
    const handler = this.runtime.protocolHandlers.get(scheme)
    if (!handler) return route.abort('failed')
    const body = request.postDataBuffer()
    const response = await handler(new Request(appUrl, { method: request.method(), headers: await request.allHeaders(), ...(body ? { body } : {}) }))
    let headers: Record<string, string[]> = {}
    response.headers.forEach((value, name) => (headers[name] = [...(headers[name] ?? []), value]))
    const listener = this.runtime.headersReceived
    if (listener) {
      headers = await new Promise<Record<string, string[]>>((resolve) =>
        listener(
          { url: appUrl, method: request.method(), responseHeaders: headers, statusCode: response.status, statusLine: '', resourceType: request.resourceType() } as unknown as Electron.OnHeadersReceivedListenerDetails,
          (answer) => resolve((answer.responseHeaders as Record<string, string[]> | undefined) ?? headers),
        ),
      )
    }
    const flat = Object.fromEntries(Object.entries(headers).map(([name, values]) => [name.toLowerCase(), [values].flat().join(', ')]))
    this.responses.push({ url: appUrl, status: response.status, headers: flat })
    await route.fulfill({ status: response.status, headers: flat, body: Buffer.from(await response.arrayBuffer()) })
  }

  /** A new window the page opened: main's window-open handler decides (Electron allows when
   *  there is none). Denied, the popup is closed before it loads anything. */
  private async popup(popup: Page): Promise<void> {
    if (popup === this.page) return
    await popup.waitForURL((u) => u.href !== 'about:blank', { timeout: 2_000 }).catch(() => undefined)
    const target = popup.url()
    const handler = this.windowOpenHandler
    const answer = handler
      ? handler({ url: toAppUrl(target), frameName: '', features: '', disposition: 'new-window', referrer: { url: '', policy: 'default' } } as Electron.HandlerDetails)
      : { action: 'allow' as const }
    this.windowOpens.push({ url: toAppUrl(target), action: answer.action })
    if (answer.action === 'deny') await popup.close()
  }

  /** One message from a frame's preload world; an invoke's reply. */
  private async fromPage(message: FromPage, contextId: number): Promise<ToPage | null> {
    const frameId = this.preloadContexts.get(contextId)
    const senderFrame = frameId ? (this.frames.get(frameId) ?? null) : null
    if (message.kind === 'preload-error') {
      this.runtime.problems.push(`preload error: ${message.message}`)
      this.emit('preload-error', this.event({}), this.webPreferences.preload, Object.assign(new Error(message.message), { stack: message.stack }))
      return null
    }
    const event = {
      sender: this,
      senderFrame,
      frameId: senderFrame?.routingId ?? 0,
      processId: PROCESS_ID,
      type: 'frame' as const,
      preventDefault: () => undefined,
      defaultPrevented: false,
    }
    const args = decodeWire(message.args) as unknown[]
    if (message.kind === 'send') {
      this.runtime.ipcMain.emit(message.channel, event, ...args)
      return null
    }
    const handler = this.runtime.invokeHandlers.get(message.channel)
    try {
      if (!handler) throw new Error(`No handler registered for '${message.channel}'`)
      const value: unknown = await handler(event as unknown as Electron.IpcMainInvokeEvent, ...args)
      return { kind: 'reply', id: message.id, ok: true, value: encodeWire(structuredClone(value)) }
    } catch (error) {
      return { kind: 'reply', id: message.id, ok: false, message: error instanceof Error ? `${error.name}: ${error.message}` : String(error) }
    }
  }

  private async toContext(contextId: number, message: ToPage): Promise<void> {
    if (!this.cdp || !this.scripts) return
    const expression = `globalThis[${JSON.stringify(this.scripts.deliverName)}](${JSON.stringify(JSON.stringify(message))})`
    await this.cdp.send('Runtime.evaluate', { expression, contextId }).catch(() => undefined) // the frame went away
  }

  /** Main -> the main frame's preload world (ipcRenderer.on listeners). */
  send(channel: string, ...args: unknown[]): void {
    if (this.destroyed) throw new Error('Object has been destroyed')
    const payload = encodeWire(structuredClone(args))
    const main = [...this.frames.entries()].find(([, f]) => f.parentId === null)?.[0]
    const contextId = [...this.preloadContexts].find(([, frameId]) => frameId === main)?.[0]
    if (contextId !== undefined) void this.toContext(contextId, { kind: 'event', channel, args: payload })
  }

  /** Tests: `ipcRenderer.invoke` run in a subframe's preload world, as by a frame that got IPC
   *  access (Electron runs the preload in the main frame only, so none should). */
  async invokeFromSubframe(channel: string, ...args: unknown[]): Promise<unknown> {
    const sub = [...this.frames.entries()].find(([, f]) => f.parentId !== null)?.[0]
    const contextId = [...this.preloadContexts].find(([, frameId]) => frameId === sub)?.[0]
    if (contextId === undefined || !this.cdp || !this.scripts) throw new Error('the page has no subframe with a preload world')
    const call = `globalThis[${JSON.stringify(this.scripts.electronName)}].ipcRenderer.invoke(${[JSON.stringify(channel), ...args.map((a) => JSON.stringify(a))].join(', ')})`
    const result = await this.cdp.send('Runtime.evaluate', { expression: call, contextId, awaitPromise: true, returnByValue: true })
    if (result.exceptionDetails) throw new Error(result.exceptionDetails.exception?.description ?? result.exceptionDetails.text)
    return result.result.value as unknown
  }

  async loadURL(url: string): Promise<void> {
    if (!this.page) throw new Error('the window has no page')
    const pageUrl = toPageUrl(url, this.runtime.schemes)
    this.loading = pageUrl
    const response = await this.page.goto(pageUrl, { waitUntil: 'load' })
    if (!response || !response.ok()) throw new Error(`ERR_FAILED (-2) loading '${url}'`)
    if (this.permissionAnswers.length === 0) await this.applyPermissions(this.page.context())
  }

  getURL(): string {
    return this.page ? toAppUrl(this.page.url()) : ''
  }

  getTitle(): string {
    return ''
  }

  reload(): void {
    void this.page?.reload()
  }

  setWindowOpenHandler(handler: Parameters<Electron.WebContents['setWindowOpenHandler']>[0]): void {
    this.windowOpenHandler = handler
  }

  isDestroyed(): boolean {
    return this.destroyed
  }

  async destroy(): Promise<void> {
    if (this.destroyed) return
    this.destroyed = true
    await this.page?.context().close()
    this.emit('destroyed')
  }
}

type WindowMembers = 'show' | 'focus' | 'maximize' | 'isMaximized' | 'isMinimized' | 'restore' | 'isDestroyed' | 'getNormalBounds' | 'close' | 'isVisible'

export class BrowserWindowDouble extends EventEmitter implements Pick<Electron.BrowserWindow, WindowMembers> {
  private static nextId = 1
  readonly id = BrowserWindowDouble.nextId++
  readonly webContents: WebContentsDouble
  readonly options: Electron.BrowserWindowConstructorOptions
  private readonly opened: Promise<void>
  /** Resolves when a loadURL has loaded. */
  readonly loaded: Promise<void>
  private markLoaded!: () => void
  private maximized = false
  private visible: boolean
  private destroyed = false

  constructor(runtime: DoubleRuntime, app: AppDouble, options: Electron.BrowserWindowConstructorOptions = {}) {
    super()
    this.options = options
    this.loaded = new Promise((resolve) => (this.markLoaded = resolve))
    this.visible = options.show ?? true
    this.webContents = new WebContentsDouble(runtime, options.webPreferences ?? {})
    runtime.windows.push(this)
    app.emit('web-contents-created', { preventDefault: () => undefined }, this.webContents)
    app.emit('browser-window-created', { preventDefault: () => undefined }, this)
    this.opened = this.webContents.open({ width: options.width ?? 800, height: options.height ?? 600 })
    this.opened.catch(() => undefined) // surfaced by loadURL
    this.webContents.once('destroyed', () => {
      this.destroyed = true
      runtime.windows.splice(runtime.windows.indexOf(this), 1)
      this.emit('closed')
      if (runtime.windows.length === 0 && !app.isQuitting) app.emit('window-all-closed')
    })
    // Electron shows 'ready-to-show' once the page first painted.
    void this.opened.then(() => this.webContents.page?.once('domcontentloaded', () => this.emit('ready-to-show')))
  }

  async loadURL(url: string, _options?: Electron.LoadURLOptions): Promise<void> {
    await this.opened
    await this.webContents.loadURL(url)
    this.markLoaded()
  }

  show(): void {
    this.visible = true
  }
  isVisible(): boolean {
    return this.visible
  }
  focus(): void {}
  maximize(): void {
    this.maximized = true
  }
  isMaximized(): boolean {
    return this.maximized
  }
  isMinimized(): boolean {
    return false
  }
  restore(): void {}
  isDestroyed(): boolean {
    return this.destroyed
  }
  getNormalBounds(): Electron.Rectangle {
    return { x: this.options.x ?? 0, y: this.options.y ?? 0, width: this.options.width ?? 800, height: this.options.height ?? 600 }
  }

  close(): void {
    let prevented = false
    this.emit('close', { preventDefault: () => void (prevented = true) })
    if (!prevented) void this.webContents.destroy()
  }

  /** app.quit(): close (its 'close' can still be prevented by Electron; the double closes). */
  async closeForQuit(): Promise<void> {
    this.emit('close', { preventDefault: () => undefined })
    await this.webContents.destroy()
  }
}
