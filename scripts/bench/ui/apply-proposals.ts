// Proposals applied to 72 groups (propose, preview, write, listed again) within 5 s.
import type { Browser } from '@playwright/test'
import { cpSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import type { Row } from '../measure'
import { syntheticVariants } from '../synthetic'
import { VIEWPORT, wallTiming, withServer, writeFiles } from './support'

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
export async function benchApplyProposals(browser: Browser, work: string): Promise<Row> {
  const source = join(work, 'library-source')
  writeFiles(source, libraryOf72())
  const totals: number[] = []
  const listings: number[] = []
  const parts: string[] = []
  for (let run = 0; run < 4; run++) {
    const folder = join(work, `library-${run}`)
    cpSync(source, folder, { recursive: true })
    const measured = await withServer(folder, join(work, `config-library-${run}`), async (server) => {
      const page = await browser.newPage(VIEWPORT)
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
  const timing = wallTiming(totals)
  const ratio = timing.median / wallTiming(listings).median
  return {
    workload: `72 groups: apply proposals (propose+write ms: ${parts.join(', ')})`,
    timing,
    ratio: `${ratio.toFixed(1)}x listing the folder`,
    target: '<= 5000 ms',
    pass: timing.median <= 5000,
  }
}
