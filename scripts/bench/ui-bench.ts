// UI benchmark: the built renderer in browser mode (an in-process server per workload) driven by
// Playwright in the system Chromium. Medians over several runs, measured inside the page with
// performance.now(); a missed target is reported, never fatal.
//   - a 9-variant group painted after the click (compare rows + result ready) within 300 ms;
//   - 20 variants x 75 rows scrolled without long tasks over 50 ms;
//   - a pick (click on a cell's pick button) -> the result updated, at 9 and 20 variants, within
//     100 ms of the page's main-thread CPU (wall time is printed too);
//   - a 2,500-file folder listed within 2 s of navigation;
//   - proposals applied to 72 groups (propose, preview, write, listed again) within 5 s.
// UI_BENCH_ONLY=<part of a name> (group, scroll, pick, listing, apply) runs one workload.
import { chromium, type Browser, type Page } from '@playwright/test'
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { startServer, type RunningServer } from '../../electron/serve/start-server'
import { readCorpus } from './corpus-files'
import { printTable, type Row, type Timing } from './measure'
import { syntheticFolder, syntheticVariants } from './synthetic'

// The page-side functions below run in Chromium; the Node type config has no DOM, so the little
// they touch is declared here, module-local.
interface PageElement {
  scrollTop: number
  readonly scrollHeight: number
  readonly clientHeight: number
  readonly parentElement: PageElement | null
  readonly textContent: string | null
  click(): void
  getAttribute(name: string): string | null
}
declare const document: { querySelector(selector: string): PageElement | null; querySelectorAll(selector: string): ArrayLike<PageElement> }
declare const requestAnimationFrame: (callback: () => void) => number
declare const PerformanceObserver: new (callback: (list: { getEntries(): { duration: number }[] }) => void) => {
  observe(options: { type: string; buffered: boolean }): void
  disconnect(): void
}

const ROOT = process.cwd()
const RENDERER = join(ROOT, 'dist', 'renderer')
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync']

function timingOf(values: number[]): Timing {
  const sorted = [...values].sort((a, b) => a - b)
  return { median: sorted[Math.floor(sorted.length / 2)]!, min: sorted[0]!, runs: sorted.length }
}

function writeFiles(dir: string, files: readonly { relPath: string; text: string }[]): void {
  for (const f of files) {
    const path = join(dir, f.relPath)
    mkdirSync(dirname(path), { recursive: true })
    writeFileSync(path, f.text)
  }
}

async function withServer<T>(folder: string, configDir: string, work: (server: RunningServer) => Promise<T>): Promise<T> {
  const server = await startServer({ staticDir: RENDERER, port: 0, configDir, initialPaths: [folder], watch: false, warn: () => undefined })
  try {
    return await work(server)
  } finally {
    await server.close()
  }
}

/** Waits for the sidebar to list the group, clicks it, and times click -> compare rows and result ready. */
async function timeGroupOpen(page: Page, url: string, groupName: string): Promise<number> {
  await page.goto(url)
  await page.locator(`[role="treeitem"][aria-label^="${groupName},"]`).first().waitFor({ timeout: 60_000 })
  return page.evaluate(
    (name) =>
      new Promise<number>((resolve, reject) => {
        const row = document.querySelector(`[role="treeitem"][aria-label^="${name},"]`)
        if (!row) return reject(new Error(`group ${name} not in the sidebar`))
        const start = performance.now()
        row.click()
        const check = (): void => {
          const ready = document.querySelector('.result-pane[data-ready="true"]') && document.querySelector('[role="grid"] [role="gridcell"]')
          if (ready) resolve(performance.now() - start)
          else if (performance.now() - start > 30_000) reject(new Error('the group never became ready'))
          else requestAnimationFrame(check)
        }
        requestAnimationFrame(check)
      }),
    groupName,
  )
}

/** Scrolls the compare grid top to bottom in steps; returns the long tasks seen meanwhile. */
async function scrollLongTasks(page: Page): Promise<{ count: number; longest: number }> {
  return page.evaluate(async () => {
    const grid = document.querySelector('[role="grid"]')
    let scroller: PageElement | null = grid
    while (scroller && scroller.scrollHeight <= scroller.clientHeight + 1) scroller = scroller.parentElement
    if (!scroller) throw new Error('no scrollable compare grid')
    const frame = (): Promise<void> => new Promise((r) => requestAnimationFrame(() => r()))
    const tasks: number[] = []
    const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => tasks.push(e.duration)))
    observer.observe({ type: 'longtask', buffered: false })
    scroller.scrollTop = 0
    await frame()
    const step = Math.max(120, Math.floor(scroller.clientHeight * 0.6))
    while (scroller.scrollTop + scroller.clientHeight < scroller.scrollHeight - 2) {
      scroller.scrollTop += step
      await frame()
      await frame()
    }
    await new Promise((r) => setTimeout(r, 100))
    observer.disconnect()
    return { count: tasks.length, longest: tasks.length ? Math.max(...tasks) : 0 }
  })
}

async function benchGroupPaint(browser: Browser, work: string): Promise<Row> {
  const folder = join(work, 'nine')
  writeFiles(folder, syntheticVariants(9, 40, 11).map((text, i) => ({ relPath: `collection-${i}/.claude/agents/long-agent.md`, text })))
  const times = await withServer(folder, join(work, 'config-nine'), async (server) => {
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } })
    const out: number[] = []
    await timeGroupOpen(page, server.url, 'long-agent') // warm-up
    for (let i = 0; i < 5; i++) out.push(await timeGroupOpen(page, server.url, 'long-agent'))
    await page.close()
    return out
  })
  const timing = timingOf(times)
  return { workload: '9-variant group: click -> painted', timing, target: '<= 300 ms', pass: timing.median <= 300 }
}

/** One pick: clicks the `index`-th pick button in view that is not pressed, resolves to the
 *  milliseconds from the click to the frame after the result pane committed the new result. */
function timeOnePick(page: Page, index: number): Promise<number> {
  return page.evaluate(async (index) => {
    const frame = (): Promise<void> => new Promise((r) => requestAnimationFrame(() => r()))
    const buttons = Array.from(document.querySelectorAll('[role="grid"] button[aria-label^="Pick variant "]')).filter((b) => b.getAttribute('aria-pressed') !== 'true')
    const button = buttons[(index * 7) % buttons.length]
    if (!button) throw new Error('no pick button in view')
    await frame()
    const start = performance.now()
    button.click()
    const painted = (): number | null => performance.getEntriesByName('agent-merge:result-painted').find((m) => m.startTime > start)?.startTime ?? null
    while (painted() === null) {
      if (performance.now() - start > 10_000) throw new Error('the result never updated after a pick')
      await frame()
    }
    return painted()! - start
  }, index)
}

/** Picks one after another (a different cell each time): wall time click -> result updated, and
 *  the page main thread's CPU time for it (CDP ThreadTime: steady on a loaded machine, where wall
 *  time swings several-fold). */
async function timePicks(page: Page, count: number): Promise<Sample[]> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' })
  const threadMs = async (): Promise<number> => {
    const { metrics } = await cdp.send('Performance.getMetrics')
    return (metrics.find((m) => m.name === 'ThreadTime')?.value ?? Number.NaN) * 1000
  }
  const out: Sample[] = []
  for (let i = 0; i < count; i++) {
    await page.waitForTimeout(150) // the draft save and other idle work of the previous pick
    const before = await threadMs()
    const wall = await timeOnePick(page, i)
    out.push({ wall, cpu: (await threadMs()) - before })
  }
  await cdp.detach()
  return out
}

interface Sample {
  readonly wall: number
  readonly cpu: number
}

async function benchPick(browser: Browser, work: string, variants: number): Promise<Row> {
  const folder = join(work, `pick-${variants}`)
  writeFiles(folder, syntheticVariants(variants, 40, 31 + variants).map((text, i) => ({ relPath: `collection-${i}/.claude/agents/long-agent.md`, text })))
  const samples = await withServer(folder, join(work, `config-pick-${variants}`), async (server) => {
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } })
    await timeGroupOpen(page, server.url, 'long-agent')
    await timePicks(page, 2) // warm-up
    const out = await timePicks(page, 11)
    await page.close()
    return out
  })
  const wall = timingOf(samples.map((s) => s.wall))
  const cpu = timingOf(samples.map((s) => s.cpu))
  return {
    workload: `${variants}-variant group: pick -> result updated`,
    timing: { ...wall, cpuMedian: cpu.median, cpuMin: cpu.min },
    target: '<= 100 ms',
    pass: cpu.median <= 100,
  }
}

const benchPick9 = (browser: Browser, work: string): Promise<Row> => benchPick(browser, work, 9)
const benchPick20 = (browser: Browser, work: string): Promise<Row> => benchPick(browser, work, 20)

async function benchScroll(browser: Browser, work: string): Promise<Row> {
  const folder = join(work, 'twenty')
  writeFiles(folder, syntheticVariants(20, 75, 23).map((text, i) => ({ relPath: `collection-${i}/.claude/agents/long-agent.md`, text })))
  const results = await withServer(folder, join(work, 'config-twenty'), async (server) => {
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } })
    const out: { count: number; longest: number }[] = []
    for (let i = 0; i < 3; i++) {
      await timeGroupOpen(page, server.url, 'long-agent')
      out.push(await scrollLongTasks(page))
    }
    await page.close()
    return out
  })
  const timing = timingOf(results.map((r) => r.longest))
  const counts = results.map((r) => r.count).join('/')
  return {
    workload: `20 variants x 75 rows: scroll, longest long task (${counts} long tasks)`,
    timing,
    target: 'no task > 50 ms',
    pass: timing.median <= 50,
  }
}

async function benchListing(browser: Browser, work: string): Promise<Row> {
  const folder = join(work, 'big')
  writeFiles(folder, syntheticFolder(readCorpus(ROOT), 2500, 5))
  const times = await withServer(folder, join(work, 'config-big'), async (server) => {
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } })
    const out: number[] = []
    for (let i = 0; i < 4; i++) {
      await page.goto(server.url)
      const listed = (): number | false => {
        const count = document.querySelector('.sidebar .header-count')?.textContent?.trim()
        const busy = document.querySelector('.sidebar .scan-progress')
        return count === '2500' && !busy && document.querySelector('[role="tree"] [role="treeitem"]') ? performance.now() : false
      }
      const handle = await page.waitForFunction(listed, undefined, { polling: 'raf', timeout: 120_000 }).catch(async (error: unknown) => {
        const shows = await page
          .evaluate(() => `${document.querySelector('.sidebar .header-count')?.textContent ?? '-'} files; ${document.querySelector('.sidebar .scan-progress')?.textContent ?? 'idle'}; ${document.querySelector('.sidebar')?.textContent?.slice(0, 200) ?? ''}`)
          .catch(() => '(page gone)')
        throw new Error(`run ${i + 1}: not listed after 120 s, the sidebar shows ${shows} (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`)
      })
      out.push((await handle.jsonValue()) as number)
    }
    await page.close()
    return out.slice(1) // the first run warms the server's and the browser's caches
  })
  const timing = timingOf(times)
  return { workload: '2,500-file folder: navigation -> listed', timing, target: '<= 2000 ms', pass: timing.median <= 2000 }
}

/** 72 agents defined 2-4 times each, as in the 662-file folder: a library to resolve. */
function libraryOf72(): { relPath: string; text: string }[] {
  const files: { relPath: string; text: string }[] = []
  for (let g = 0; g < 72; g++) {
    const variants = syntheticVariants(2 + (g % 3), 12, 100 + g)
    variants.forEach((text, v) => files.push({ relPath: `collection-${v}/agents/agent-${g}.md`, text: text.replace('name: long-agent', `name: agent-${g}`) }))
  }
  return files
}

/** Times "Apply proposals to the remaining 72 groups": a pressed -> preview shown (every group
 *  proposed), and Enter -> every group written, the folder read again and the queue at 72 of 72. */
async function benchApplyProposals(browser: Browser, work: string): Promise<Row> {
  const source = join(work, 'library-source')
  writeFiles(source, libraryOf72())
  const totals: number[] = []
  const listings: number[] = []
  const parts: string[] = []
  for (let run = 0; run < 4; run++) {
    const folder = join(work, `library-${run}`)
    cpSync(source, folder, { recursive: true })
    const measured = await withServer(folder, join(work, `config-library-${run}`), async (server) => {
      const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } })
      await page.goto(server.url)
      await page.locator('[role="treeitem"]').first().waitFor({ timeout: 60_000 })
      await page.keyboard.press('l')
      await page.getByText('0 of 72 resolved').first().waitFor({ timeout: 30_000 })
      const t0 = await page.evaluate(() => performance.now())
      await page.keyboard.press('a')
      await page.getByTestId('apply-preview-dialog').waitFor({ timeout: 60_000 })
      const t1 = await page.evaluate(() => performance.now())
      const t2 = await page.evaluate(() => performance.now())
      await page.keyboard.press('Enter')
      await page.getByText('72 of 72 resolved').first().waitFor({ timeout: 60_000 })
      const t3 = await page.evaluate(() => performance.now())
      // The same page's first listing of this folder (read + parse + group): a baseline measured
      // in the same run, so the ratio says something on a loaded machine too.
      const listing = await page.evaluate(() =>
        performance
          .getEntriesByType('measure')
          .filter((m) => m.name === 'agent-merge:read+parse' || m.name === 'agent-merge:group')
          .slice(0, 2)
          .reduce((sum, m) => sum + m.duration, 0),
      )
      const phases = await page.evaluate(() =>
        performance
          .getEntriesByType('measure')
          .filter((m) => m.name.startsWith('agent-merge:resolution') || m.name.startsWith('agent-merge:read') || m.name.startsWith('agent-merge:group'))
          .map((m) => `${m.name.replace('agent-merge:', '')} ${Math.round(m.duration)}`)
          .join(', '),
      )
      if (process.env.UI_BENCH_VERBOSE) console.log(`apply run ${run}: ${phases}`)
      await page.close()
      return { propose: t1 - t0, write: t3 - t2, listing }
    })
    rmSync(folder, { recursive: true, force: true })
    if (run === 0) continue // warm-up
    totals.push(measured.propose + measured.write)
    listings.push(measured.listing)
    parts.push(`${Math.round(measured.propose)}+${Math.round(measured.write)}`)
  }
  const timing = timingOf(totals)
  const ratio = timing.median / timingOf(listings).median
  return {
    workload: `72 groups: apply proposals (propose+write ms: ${parts.join(', ')})`,
    timing,
    ratio: `${ratio.toFixed(1)}x listing the folder`,
    target: '<= 5000 ms',
    pass: timing.median <= 5000,
  }
}

async function main(): Promise<void> {
  // Measure what the sources say: build when dist is missing or older than any source.
  const built = spawnSync(process.execPath, ['scripts/build.mjs', '--if-stale'], { cwd: ROOT, stdio: 'inherit' })
  if (built.status !== 0 || !existsSync(join(RENDERER, 'index.html'))) throw new Error('the build failed; see above')
  const work = mkdtempSync(join(tmpdir(), 'agent-merge-ui-bench-'))
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: FLAGS })
  const rows: Row[] = []
  try {
    const only = process.env.UI_BENCH_ONLY
    for (const bench of [benchGroupPaint, benchPick9, benchPick20, benchScroll, benchListing, benchApplyProposals].filter((b) => !only || b.name.toLowerCase().includes(only.toLowerCase()))) {
      try {
        rows.push(await bench(browser, work))
      } catch (error) {
        console.log(`ui-bench: ${bench.name} could not run: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`)
        rows.push({ workload: `${bench.name} (did not run)`, timing: { median: NaN, min: NaN, runs: 0 }, target: 'runs', pass: false })
      }
    }
  } finally {
    await browser.close()
    rmSync(work, { recursive: true, force: true })
  }
  printTable(rows)
}

main().catch((error: unknown) => {
  console.error(`ui-bench: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
})
