// Starts the app as Electron would: reads package.json's `main` (dist/electron/main.cjs, as built)
// and runs it as a CommonJS module whose `require('electron')` is the double and whose `process`
// is this launch's own (argv as `electron <appPath> <paths...>`, env, cwd, Electron's versions),
// then emits ready. Several launches can share one test process (a second instance).
import type { Browser } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { compileFunction } from 'node:vm'
import type { AppDouble } from './app'
import type { BrowserWindowDouble } from './browser-window'
import { createMainElectron, type MainElectron } from './main-modules'
import { DoubleRuntime } from './runtime'

export interface LaunchOptions {
  readonly browser: Browser
  /** The folder Electron is started on (package.json with `main`). */
  readonly appPath: string
  readonly userData: string
  /** Paths after the app path on the command line. */
  readonly args?: readonly string[]
  readonly cwd?: string
  readonly env?: Readonly<Record<string, string>>
}

export interface LaunchedApp {
  readonly runtime: DoubleRuntime
  readonly electron: MainElectron
  readonly app: AppDouble
  /** The first window, once its page has loaded. */
  firstWindow(): Promise<BrowserWindowDouble>
  /** Clicks an item of the application menu by its labels, as the user would. */
  clickMenu(...labels: string[]): void
  quit(): Promise<void>
}

const ELECTRON_EXE = '/opt/electron-double/electron'

function processFor(argv: readonly string[], cwd: string, env: Record<string, string | undefined>, versions: Record<string, string>, appPath: string): NodeJS.Process {
  const overrides: Record<PropertyKey, unknown> = {
    argv: [...argv],
    env,
    cwd: () => cwd,
    versions,
    type: 'browser',
    defaultApp: true,
    execPath: ELECTRON_EXE,
    resourcesPath: join(appPath, 'node_modules', 'electron', 'dist', 'resources'),
  }
  return new Proxy(process, {
    get(target, key) {
      if (Object.hasOwn(overrides, key)) return overrides[key]
      const value: unknown = Reflect.get(target, key, target)
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value
    },
  })
}

/** The module as main sees it: asking for a member the double does not have fails by name. */
function withoutGaps<T extends object>(module: T): T {
  return new Proxy(module, {
    get(target, key) {
      if (typeof key === 'symbol' || key in target || key === '__esModule' || key === 'default') return Reflect.get(target, key) as unknown
      throw new Error(`The Electron double has no electron.${key}: main uses it, add it to e2e/desktop/electron-double`)
    },
  })
}

export async function launchApp(options: LaunchOptions): Promise<LaunchedApp> {
  const pkg = JSON.parse(readFileSync(join(options.appPath, 'package.json'), 'utf8')) as { name: string; productName?: string; version: string; main: string }
  const electronPkg = JSON.parse(readFileSync(join(options.appPath, 'node_modules', 'electron', 'package.json'), 'utf8')) as { version: string }
  const versions = { ...process.versions, electron: electronPkg.version, chrome: options.browser.version() } as Record<string, string>
  const runtime = new DoubleRuntime(options.browser, versions)
  const cwd = options.cwd ?? options.appPath
  const argv = [ELECTRON_EXE, options.appPath, ...(options.args ?? [])]
  const electron = createMainElectron(runtime, {
    name: pkg.productName ?? pkg.name,
    version: pkg.version,
    appPath: options.appPath,
    argv,
    cwd,
    paths: { userData: options.userData, temp: join(options.userData, 'tmp'), home: join(options.userData, 'home') },
  })
  const mainPath = join(options.appPath, pkg.main)
  const source = readFileSync(mainPath, 'utf8')
  const run = compileFunction(source, ['exports', 'require', 'module', '__filename', '__dirname', 'process'], { filename: mainPath })
  const nodeRequire = createRequire(mainPath)
  const electronModule = withoutGaps(electron)
  const requireForMain = (id: string): unknown => (id === 'electron' ? electronModule : nodeRequire(id))
  const module = { exports: {} }
  const env = { ...process.env, ...options.env }
  run(module.exports, requireForMain, module, mainPath, dirname(mainPath), processFor(argv, cwd, env, versions, options.appPath))
  // Electron emits ready after the main script's first turn.
  setImmediate(() => electron.app.markReady())

  return {
    runtime,
    electron,
    app: electron.app,
    async firstWindow() {
      const deadline = Date.now() + 30_000
      while (runtime.windows.length === 0) {
        if (Date.now() > deadline) throw new Error(`no window opened (${runtime.problems.join('; ') || 'no problem reported'})`)
        await new Promise((resolve) => setTimeout(resolve, 20))
      }
      const window = runtime.windows[0]!
      await window.loaded
      return window
    },
    clickMenu(...labels) {
      if (!runtime.applicationMenu) throw new Error('the app set no application menu')
      runtime.applicationMenu.find(labels).click(runtime.windows[0] as unknown as Electron.BaseWindow | undefined)
    },
    quit: () => electron.app.quitAndWait(),
  }
}
