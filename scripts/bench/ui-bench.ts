// UI benchmark: the built renderer in browser mode (an in-process server per workload) driven by
// Playwright in the system Chromium. Medians over several runs, measured inside the page with
// performance.now(); a missed target is reported, never fatal.
//   - a 9-variant group painted after the click (compare rows + result ready) within 300 ms;
//   - a 20-variant group opened with no main-thread task over 150 ms of CPU (ui/open.ts);
//   - a 20-variant group opened with no main-thread task over 150 ms of CPU (Chromium trace);
//   - 20 variants x 75 rows scrolled without long tasks over 50 ms;
//   - a pick -> the result updated, at 9 and 20 variants (ui/pick.ts);
//   - a 2,500-file folder listed within 2 s of navigation;
//   - proposals applied to 72 groups (ui/apply-proposals.ts).
// UI_BENCH_ONLY=<part of a name> (group, open, scroll, pick, listing, apply) runs one workload.
import { chromium, type Browser } from '@playwright/test'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { readCorpus } from './corpus-files'
import { printTable, type Row } from './measure'
import { syntheticFolder, syntheticVariants } from './synthetic'
import { benchApplyProposals } from './ui/apply-proposals'
import { benchOpen20 } from './ui/open'
import { scrollLongTasks, sidebarSummary, timeGroupOpen, timeListed } from './ui/page'
import { benchPick20, benchPick9 } from './ui/pick'
import { CHROMIUM_FLAGS, RENDERER, ROOT, VIEWPORT, wallTiming, withServer, writeFiles, writeVariants } from './ui/support'

async function benchGroupPaint(browser: Browser, work: string): Promise<Row> {
  const folder = join(work, 'nine')
  writeVariants(folder, syntheticVariants(9, 40, 11))
  const times = await withServer(folder, join(work, 'config-nine'), async (server) => {
    const page = await browser.newPage(VIEWPORT)
    const out: number[] = []
    await timeGroupOpen(page, server.url, 'long-agent') // warm-up
    for (let i = 0; i < 5; i++) out.push(await timeGroupOpen(page, server.url, 'long-agent'))
    await page.close()
    return out
  })
  const timing = wallTiming(times)
  return { workload: '9-variant group: click -> painted', timing, target: '<= 300 ms', pass: timing.median <= 300 }
}

async function benchScroll(browser: Browser, work: string): Promise<Row> {
  const folder = join(work, 'twenty')
  writeVariants(folder, syntheticVariants(20, 75, 23))
  const results = await withServer(folder, join(work, 'config-twenty'), async (server) => {
    const page = await browser.newPage(VIEWPORT)
    const out: { count: number; longest: number }[] = []
    for (let i = 0; i < 3; i++) {
      await timeGroupOpen(page, server.url, 'long-agent')
      out.push(await scrollLongTasks(page))
    }
    await page.close()
    return out
  })
  const timing = wallTiming(results.map((r) => r.longest))
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
    const page = await browser.newPage(VIEWPORT)
    const out: number[] = []
    for (let i = 0; i < 4; i++) {
      await page.goto(server.url)
      const listedAt = await timeListed(page, 2500, 120_000).catch(async (error: unknown) => {
        throw new Error(`run ${i + 1}: not listed after 120 s, the sidebar shows ${await sidebarSummary(page)} (${error instanceof Error ? error.message.split('\n')[0] : String(error)})`)
      })
      out.push(listedAt)
    }
    await page.close()
    return out.slice(1) // the first run warms the server's and the browser's caches
  })
  const timing = wallTiming(times)
  return { workload: '2,500-file folder: navigation -> listed', timing, target: '<= 2000 ms', pass: timing.median <= 2000 }
}

async function main(): Promise<void> {
  // Measure what the sources say: build when dist is missing or older than any source.
  const built = spawnSync(process.execPath, ['scripts/build.mjs', '--if-stale'], { cwd: ROOT, stdio: 'inherit' })
  if (built.status !== 0 || !existsSync(join(RENDERER, 'index.html'))) throw new Error('the build failed; see above')
  const work = mkdtempSync(join(tmpdir(), 'agent-merge-ui-bench-'))
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_FLAGS })
  const rows: Row[] = []
  try {
    const only = process.env.UI_BENCH_ONLY
    for (const bench of [benchGroupPaint, benchOpen20, benchPick9, benchPick20, benchScroll, benchListing, benchApplyProposals].filter((b) => !only || b.name.toLowerCase().includes(only.toLowerCase()))) {
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
