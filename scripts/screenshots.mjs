// Takes the README screenshots, reproducibly: builds if stale, copies examples/backend-architect
// and the corpus to a temp folder, starts browser mode there as a child process (temp config dir,
// so no recent folders or drafts leak in), opens the group in the system Chromium, makes a few
// picks and saves docs/screenshots/{workspace,workspace-dark,corpus-sidebar}.png.
//   node scripts/screenshots.mjs            README images
//   node scripts/screenshots.mjs --review   also 1280x800 and dark/corpus views into e2e-artifacts/
import { spawn, spawnSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { clearTimeout, setTimeout } from 'node:timers'
import { fileURLToPath } from 'node:url'
import { chromium } from '@playwright/test'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const outDir = join(root, 'docs', 'screenshots')
const reviewDir = join(root, 'e2e-artifacts')
const review = process.argv.includes('--review')
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync']

function buildIfStale() {
  const run = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs'), '--if-stale'], { stdio: 'inherit' })
  if (run.status !== 0) throw new Error('screenshots: the build failed')
}

/** Starts `agent-merge serve <dir> --port 0` and resolves with its tokenised URL. */
function serve(dir, configHome) {
  const child = spawn(process.execPath, [join(root, 'bin', 'agent-merge.cjs'), 'serve', dir, '--port', '0'], {
    env: { ...process.env, XDG_CONFIG_HOME: configHome },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  return new Promise((resolve, reject) => {
    let out = ''
    const timer = setTimeout(() => reject(new Error(`screenshots: no URL from serve: ${out}`)), 20_000)
    const take = (chunk) => {
      out += chunk
      const match = /http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+/.exec(out)
      if (match) { clearTimeout(timer); resolve({ url: match[0], stop: () => child.kill() }) }
    }
    child.stdout.on('data', take)
    child.stderr.on('data', take)
    child.on('exit', (code) => { clearTimeout(timer); reject(new Error(`screenshots: serve exited (${code}): ${out}`)) })
  })
}

async function openGroup(page, name, variants) {
  const group = page.getByRole('treeitem', { name: new RegExp(`^${name}, ${variants} variants`) })
  await group.waitFor({ timeout: 30_000 })
  await group.click()
  await page.locator('.result-pane[data-ready="true"]').waitFor({ timeout: 30_000 })
  // Monaco and the worker diffs settle after the first paint.
  await page.waitForTimeout(800)
}

/** A few picks, by their accessible names, so the result gutter shows several variants' colours. */
async function makePicks(page) {
  for (const [variant, row] of [[1, 'description'], [5, 'model'], [4, 'color']]) {
    const button = page.getByRole('button', { name: `Pick variant ${variant} for ${row}`, exact: true })
    if (await button.count()) await button.first().click()
  }
  await page.mouse.move(0, 0)
  await page.waitForTimeout(600)
}

let shotCount = 0

/** One screenshot from a fresh server, config dir and browser, so no draft, recent folder or
 *  pooled connection (a new server may get the old one's port) carries over. */
async function shoot(dir, temp, { width, height, colorScheme, file, group, picks = true }) {
  const server = await serve(dir, join(temp, `config-${shotCount++}`))
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS })
  const context = await browser.newContext({ viewport: { width, height }, colorScheme, deviceScaleFactor: 1 })
  try {
    const page = await context.newPage()
    await page.goto(server.url)
    if (group) {
      await openGroup(page, group.name, group.variants)
      if (picks) await makePicks(page)
    } else {
      await page.getByRole('tree').first().waitFor({ timeout: 30_000 })
      await page.waitForTimeout(800)
    }
    await page.screenshot({ path: file })
    console.log(`screenshots: ${file}`)
  } finally {
    await context.close()
    await browser.close()
    server.stop()
  }
}

async function main() {
  buildIfStale()
  const temp = mkdtempSync(join(tmpdir(), 'agent-merge-shots-'))
  // Under examples/ as in the repository, so the column headers read like a real folder.
  const example = join(temp, 'examples', 'backend-architect')
  const corpus = join(temp, 'corpus')
  cpSync(join(root, 'examples', 'backend-architect'), example, { recursive: true })
  cpSync(join(root, 'test-fixtures', 'corpus'), corpus, { recursive: true })
  mkdirSync(outDir, { recursive: true })
  try {
    const backend = { name: 'backend-architect', variants: 5 }
    await shoot(example, temp, { width: 1600, height: 1000, colorScheme: 'light', file: join(outDir, 'workspace.png'), group: backend })
    await shoot(example, temp, { width: 1600, height: 1000, colorScheme: 'dark', file: join(outDir, 'workspace-dark.png'), group: backend })
    await shoot(corpus, temp, { width: 1600, height: 1000, colorScheme: 'light', file: join(outDir, 'corpus-sidebar.png'), group: { name: 'code-reviewer', variants: 11 }, picks: false })
    if (review) {
      mkdirSync(reviewDir, { recursive: true })
      await shoot(example, temp, { width: 1280, height: 800, colorScheme: 'light', file: join(reviewDir, 'review-1280-light.png'), group: backend, picks: false })
      await shoot(example, temp, { width: 1280, height: 800, colorScheme: 'dark', file: join(reviewDir, 'review-1280-dark.png'), group: backend })
      await shoot(corpus, temp, { width: 1280, height: 800, colorScheme: 'dark', file: join(reviewDir, 'review-corpus-dark.png'), group: { name: 'code-reviewer', variants: 11 }, picks: false })
    }
  } finally {
    rmSync(temp, { recursive: true, force: true })
  }
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : String(error))
  process.exit(1)
})
