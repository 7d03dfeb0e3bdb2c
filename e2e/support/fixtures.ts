// Test fixtures: a temp copy of examples/backend-architect (plus any extra files a test asks
// for), a browser-mode server started in-process on port 0 with a temp config dir, and the app
// opened at the server's tokenised URL.
import { test as base, expect, type Page } from '@playwright/test'
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startServer, type RunningServer } from '../../electron/serve/start-server'
import { RENDERER_DIR } from './global-setup'

export const EXAMPLE_DIR = join(process.cwd(), 'examples', 'backend-architect')
export const ARTIFACTS_DIR = join(process.cwd(), 'e2e-artifacts')

export interface Workspace {
  /** The temp root opened by the server. */
  readonly root: string
  /** The copy of examples/backend-architect inside it. */
  readonly agentsDir: string
  readonly configDir: string
}

interface Fixtures {
  /** Extra files to write under the workspace root before the server starts (relative path -> text). */
  extraFiles: Readonly<Record<string, string>>
  workspace: Workspace
  server: RunningServer
  app: Page
}

export const test = base.extend<Fixtures>({
  extraFiles: [{}, { option: true }],

  workspace: async ({ extraFiles }, use) => {
    const base = mkdtempSync(join(tmpdir(), 'agent-merge-e2e-'))
    const root = join(base, 'workspace')
    const agentsDir = join(root, 'backend-architect')
    const configDir = join(base, 'config')
    mkdirSync(configDir, { recursive: true })
    cpSync(EXAMPLE_DIR, agentsDir, { recursive: true })
    for (const [rel, text] of Object.entries(extraFiles)) {
      const path = join(root, rel)
      mkdirSync(join(path, '..'), { recursive: true })
      writeFileSync(path, text)
    }
    await use({ root, agentsDir, configDir })
    rmSync(base, { recursive: true, force: true })
  },

  server: async ({ workspace }, use) => {
    const server = await startServer({
      staticDir: RENDERER_DIR,
      port: 0,
      configDir: workspace.configDir,
      initialPaths: [workspace.root],
      watch: true,
      watchDebounceMs: 50,
      warn: () => undefined,
    })
    await use(server)
    await server.close()
  },

  app: async ({ page, server }, use) => {
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    await page.goto(server.url)
    await use(page)
    expect(errors, 'uncaught errors in the page').toEqual([])
  },
})

export { expect }

/** A screenshot of the main screens, kept under e2e-artifacts/ for people to look at. */
export async function snapshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true })
  await page.screenshot({ path: join(ARTIFACTS_DIR, `${name}.png`) })
}
