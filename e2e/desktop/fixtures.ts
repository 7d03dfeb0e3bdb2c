// Fixtures for the desktop app's end-to-end tests: the app "installed" in a temp folder (its
// package.json, the built dist/, its own copy of the example folder), started through the
// Electron double with a temp userData folder, and its first window's page.
import { test as base, expect, type Page } from '@playwright/test'
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { BrowserWindowDouble } from './electron-double/browser-window'
import { launchApp, type LaunchedApp } from './electron-double/launch-app'

const REPO = process.cwd()

export interface Install {
  /** The folder Electron starts on: package.json, dist/ (the build), examples/. */
  readonly appPath: string
  /** Its copy of the example folder (what the app opens when given no path). */
  readonly exampleDir: string
  readonly userData: string
  /** A scratch folder for the test's own files. */
  readonly scratch: string
}

interface Fixtures {
  /** Paths on the first launch's command line (none: the example folder opens). */
  launchArgs: readonly string[]
  install: Install
  desktop: LaunchedApp
  mainWindow: BrowserWindowDouble
  appPage: Page
  /** Starts another instance of the app on the same userData folder (a second launch). */
  launchAgain: (args: readonly string[]) => Promise<LaunchedApp>
}

export const test = base.extend<Fixtures>({
  launchArgs: [[], { option: true }],

  // eslint-disable-next-line no-empty-pattern -- Playwright's fixture signature: no fixtures used
  install: async ({}, use) => {
    const base = mkdtempSync(join(tmpdir(), 'agent-merge-desktop-'))
    const appPath = join(base, 'app')
    mkdirSync(appPath)
    cpSync(join(REPO, 'package.json'), join(appPath, 'package.json'))
    symlinkSync(join(REPO, 'dist'), join(appPath, 'dist'))
    symlinkSync(join(REPO, 'node_modules'), join(appPath, 'node_modules'))
    cpSync(join(REPO, 'examples'), join(appPath, 'examples'), { recursive: true })
    const scratch = join(base, 'scratch')
    mkdirSync(scratch)
    await use({ appPath, exampleDir: join(appPath, 'examples', 'backend-architect'), userData: join(base, 'user-data'), scratch })
    rmSync(base, { recursive: true, force: true })
  },

  desktop: async ({ browser, install, launchArgs }, use) => {
    const app = await launchApp({ browser, appPath: install.appPath, userData: install.userData, args: launchArgs })
    await use(app)
    await app.quit()
    expect(app.runtime.problems, 'preload errors and uncaught page errors').toEqual([])
  },

  mainWindow: async ({ desktop }, use) => {
    await use(await desktop.firstWindow())
  },

  appPage: async ({ mainWindow }, use) => {
    await use(mainWindow.webContents.page!)
  },

  launchAgain: async ({ browser, install }, use) => {
    const launched: LaunchedApp[] = []
    await use(async (args) => {
      const app = await launchApp({ browser, appPath: install.appPath, userData: install.userData, args })
      launched.push(app)
      return app
    })
    for (const app of launched) await app.quit()
  },
})

export { expect }
