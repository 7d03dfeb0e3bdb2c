// Takes the README screenshots, reproducibly: builds if stale, copies examples/backend-architect
// and the corpus to a temp folder, starts browser mode there as a child process (temp config dir,
// so no recent folders or drafts leak in), opens the group in the system Chromium, makes a few
// picks and saves docs/screenshots/{workspace,workspace-dark,corpus-sidebar,file-details}.png, and the
// library queue on the corpus: docs/screenshots/{library-queue,library-queue-dark,library-group}.png.
//   node scripts/screenshots.mjs            README images
//   node scripts/screenshots.mjs --review   also 1280x800 and dark/corpus views into e2e-artifacts/
//   node scripts/screenshots.mjs --library  only the library queue's
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
const libraryOnly = process.argv.includes('--library') // only the library queue's pictures
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
async function shoot(dir, temp, { width, height, colorScheme, file, group, picks = true, scene }) {
  const server = await serve(dir, join(temp, `config-${shotCount++}`))
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS })
  const context = await browser.newContext({ viewport: { width, height }, colorScheme, deviceScaleFactor: 1 })
  try {
    const page = await context.newPage()
    await page.goto(server.url)
    if (scene) {
      await page.getByRole('tree').first().waitFor({ timeout: 30_000 })
      await scene(page)
    } else if (group) {
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

/** The queue with a few groups resolved (skipped, merged as proposed, one kept) and the cursor on
 *  a group with a collision inside one project's .claude/agents. */
async function queueScene(page) {
  await page.keyboard.press('l')
  const queue = page.getByRole('listbox', { name: /Duplicate groups/ })
  await queue.waitFor({ timeout: 30_000 })
  const resolved = async (n) => page.getByText(`${n} of `).first().waitFor({ timeout: 60_000 })
  // The queue opens biggest problems first: each resolution names its group.
  const on = async (name, key) => {
    await page.getByRole('option', { name: new RegExp(`^${name},`) }).click()
    await page.keyboard.press(key)
  }
  await on('api-security-audit', 's') // skipped
  await resolved(1)
  await on('architect-review', 'm') // merged as proposed
  await resolved(2)
  await on('backend-architect', 'o') // keep the first
  await page.getByTestId('keep-one-dialog').waitFor()
  await page.keyboard.press('Enter')
  await resolved(3)
  await page.getByRole('option', { name: /^code-reviewer,/ }).click()
  // The three resolutions' toasts would cover the queue's right-hand column.
  // (One at a time: closing one moves the others.)
  const dismiss = page.getByRole('button', { name: 'Dismiss' })
  for (let left = 10; left > 0 && (await dismiss.count()) > 0; left--) await dismiss.first().click({ timeout: 2000 }).catch(() => undefined)
  await page.mouse.move(0, 0)
  await page.waitForTimeout(600)
}

/** A file with broken frontmatter clicked: its details in the middle of the window. */
async function detailsScene(page) {
  const file = page.getByRole('treeitem', { name: /^ai-agent-specialist\.mdc,/ })
  await file.waitFor({ timeout: 30_000 })
  await file.click()
  await page.getByRole('main').getByRole('region', { name: 'File details' }).waitFor({ timeout: 30_000 })
  await page.mouse.move(0, 0)
  await page.waitForTimeout(400)
}

/** A group opened from the queue: the proposal pre-filled, one pick changed (marked "yours"). */
async function groupScene(page) {
  await page.keyboard.press('l')
  await page.getByRole('listbox', { name: /Duplicate groups/ }).waitFor({ timeout: 30_000 })
  await page.getByRole('option', { name: /^debugger,/ }).click()
  await page.keyboard.press('Enter')
  await page.locator('.result-pane[data-ready="true"]').waitFor({ timeout: 30_000 })
  const pick = page.getByRole('button', { name: 'Pick variant 1 for description', exact: true })
  if (await pick.count()) await pick.first().click()
  await page.mouse.move(0, 0)
  await page.waitForTimeout(800)
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
    if (!libraryOnly) {
      await shoot(example, temp, { width: 1600, height: 1000, colorScheme: 'light', file: join(outDir, 'workspace.png'), group: backend })
      await shoot(example, temp, { width: 1600, height: 1000, colorScheme: 'dark', file: join(outDir, 'workspace-dark.png'), group: backend })
      await shoot(corpus, temp, { width: 1600, height: 1000, colorScheme: 'light', file: join(outDir, 'corpus-sidebar.png'), group: { name: 'code-reviewer', variants: 11 }, picks: false })
      await shoot(corpus, temp, { width: 1600, height: 1000, colorScheme: 'light', file: join(outDir, 'file-details.png'), scene: detailsScene })
    }
    // The library: the corpus plus two code-reviewers inside one project's agents folder (a collision).
    const library = join(temp, 'library')
    const libraryShot = async (name, colorScheme, scene) => {
      rmSync(library, { recursive: true, force: true })
      cpSync(join(root, 'test-fixtures', 'corpus'), join(library, 'collections'), { recursive: true })
      const reviewers = join(library, 'collections', 'wshobson__agents')
      mkdirSync(join(library, 'project', '.claude', 'agents', 'team'), { recursive: true })
      cpSync(join(reviewers, 'plugins', 'comprehensive-review', 'agents', 'code-reviewer.md'), join(library, 'project', '.claude', 'agents', 'code-reviewer.md'))
      cpSync(join(reviewers, 'plugins', 'code-documentation', 'agents', 'code-reviewer.md'), join(library, 'project', '.claude', 'agents', 'team', 'code-reviewer.md'))
      await shoot(library, temp, { width: 1600, height: 1000, colorScheme, file: join(outDir, name), scene })
    }
    await libraryShot('library-queue.png', 'light', queueScene)
    await libraryShot('library-queue-dark.png', 'dark', queueScene)
    await libraryShot('library-group.png', 'light', groupScene)
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
