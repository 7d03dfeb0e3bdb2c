// End-to-end tests: the built renderer in browser mode, served in-process by each test's own
// server (see e2e/support/fixtures.ts), driven in Debian's Chromium. Never downloads a browser:
// CHROMIUM_PATH overrides the executable.
import { defineConfig } from '@playwright/test'

export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export default defineConfig({
  testDir: 'e2e',
  testMatch: /.*\.spec\.ts$/,
  // browser: the renderer in browser mode. desktop: the built main process and preload through
  // the Electron double (e2e/desktop), `npm run test:desktop`.
  projects: [
    { name: 'browser', testIgnore: /e2e\/desktop\// },
    // Each desktop test starts the whole app (main, a fresh page, the UI bundle): more time.
    { name: 'desktop', testDir: 'e2e/desktop', timeout: 120_000, expect: { timeout: 20_000 } },
  ],
  globalSetup: './e2e/support/global-setup.ts',
  fullyParallel: false,
  workers: 1,
  // One retry on CI as a safety net on a loaded 2-core machine; a retried pass is reported as
  // flaky by the test script's summary, so it is seen, not hidden.
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  outputDir: 'test-results/e2e',
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    headless: true,
    viewport: { width: 1440, height: 900 },
    // Playwright gives every launch a fresh temporary profile (user-data dir) of its own.
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_FLAGS },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    acceptDownloads: true,
  },
})
