// What the UI benchmarks measure inside the page, with performance.now(). These functions run in
// Chromium; the Node type config has no DOM, so the little they touch is declared here, module-local.
import type { Page } from '@playwright/test'

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

/** Waits for the sidebar to list the group, clicks it, and times click -> compare rows and result ready. */
export async function timeGroupOpen(page: Page, url: string, groupName: string): Promise<number> {
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
export async function scrollLongTasks(page: Page): Promise<{ count: number; longest: number }> {
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

/** One pick: clicks the `index`-th pick button in view that is not pressed, resolves to the
 *  milliseconds from the click to the frame after the result pane committed the new result. */
export function timeOnePick(page: Page, index: number): Promise<number> {
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

/** Resolves to performance.now() once the sidebar lists `count` files, idle, with its tree shown. */
export async function timeListed(page: Page, count: number, timeout: number): Promise<number> {
  const listed = (count: number): number | false => {
    const shown = document.querySelector('.sidebar .header-count')?.textContent?.trim()
    const busy = document.querySelector('.sidebar .scan-progress')
    return shown === String(count) && !busy && document.querySelector('[role="tree"] [role="treeitem"]') ? performance.now() : false
  }
  const handle = await page.waitForFunction(listed, count, { polling: 'raf', timeout })
  return (await handle.jsonValue()) as number
}

/** What the sidebar shows, for an error message. */
export function sidebarSummary(page: Page): Promise<string> {
  return page
    .evaluate(() => `${document.querySelector('.sidebar .header-count')?.textContent ?? '-'} files; ${document.querySelector('.sidebar .scan-progress')?.textContent ?? 'idle'}; ${document.querySelector('.sidebar')?.textContent?.slice(0, 200) ?? ''}`)
    .catch(() => '(page gone)')
}
