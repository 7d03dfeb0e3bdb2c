// Steps the end-to-end tests share, written against what a user sees: roles and accessible names.
import { expect, test, type Page } from '@playwright/test'
import { existsSync, readFileSync } from 'node:fs'
import { alignVariants } from '../../shared/engine/align/align-variants'
import { parseDocument } from '../../shared/engine/parse/parse-document'
import { applyRecipe } from '../../shared/engine/recipe/apply-recipe'
import type { Recipe } from '../../shared/engine/recipe/recipe-model'
import { parseRecipeJson } from '../../shared/engine/recipe/validate-recipe'

// Page-side code below runs in Chromium; the Node type config has no DOM, so the little it
// touches is declared here, module-local.
interface PageElement {
  scrollTop: number
  readonly scrollHeight: number
  readonly clientHeight: number
  readonly parentElement: PageElement | null
  scrollIntoView(options: { block: 'start' | 'center' }): void
  getBoundingClientRect(): { readonly top: number }
}
declare const document: { querySelector(selector: string): PageElement | null }
declare const requestAnimationFrame: (callback: () => void) => number

export const GROUP = 'backend-architect'

/** Opens the duplicate group from the sidebar and waits until its columns and result are shown. */
export async function openGroup(page: Page, name = GROUP, variants = 5): Promise<void> {
  const group = page.getByRole('treeitem', { name: new RegExp(`^${name}, ${variants} variants`) })
  await expect(group).toBeVisible()
  await group.click()
  await expect(page.getByRole('columnheader')).toHaveCount(variants)
  await expect(page.locator('.result-pane[data-ready="true"]')).toBeVisible()
}

/** Shows the library queue (l) once the folder is listed; returns it, focused. */
export async function openQueue(page: Page) {
  await expect(page.getByRole('treeitem').first()).toBeVisible({ timeout: 30_000 })
  const queue = page.getByRole('listbox', { name: /Duplicate groups/ })
  // The tree can paint before the app's key listeners are registered (effects run after paint,
  // late on a loaded machine): press again until the queue shows.
  await expect(async () => {
    if (!(await queue.isVisible())) await page.keyboard.press('l')
    await expect(queue).toBeVisible({ timeout: 2_000 })
  }).toPass({ timeout: 30_000 })
  await expect(queue).toBeFocused()
  return queue
}

/** Opens the queue's first group in the workspace (Enter) and waits for its resolution bar. */
export async function openFirstQueuedGroup(page: Page, name = GROUP): Promise<void> {
  await openQueue(page)
  await page.keyboard.press('Enter')
  await expect(page.locator('.result-pane[data-ready="true"]')).toBeVisible({ timeout: 30_000 })
  await expect(page.getByRole('region', { name: `Resolve ${name}` })).toBeVisible()
}

export interface RowChoice {
  readonly id: string
  readonly title: string
  /** 1-based variants whose text differs from the row's current pick. */
  readonly others: readonly number[]
}

/** Section rows (not the preamble) where some variants' texts differ, worked out with the engine
 *  from the recipe the app exported: the rows a pick visibly changes. */
export function differingRows(recipe: Recipe): RowChoice[] {
  const docs = recipe.sources.map((s) => parseDocument(readFileSync(s.path, 'utf8'), s.path))
  const alignment = alignVariants(docs)
  const picks = new Map(recipe.rows.map((r) => [r.row, r.pick]))
  const out: RowChoice[] = []
  for (const row of alignment.rows) {
    if (!row.title) continue
    const texts = row.cells.map((c, v) => (c == null ? null : docs[v]!.text.slice(docs[v]!.sections[c]!.start, docs[v]!.sections[c]!.end).trim()))
    const pick = picks.get(row.id)
    const current = pick?.kind === 'variant' ? texts[pick.variant] : null
    const others = texts.flatMap((t, v) => (t !== null && t !== current ? [v + 1] : []))
    if (others.length >= 2 && new Set(texts.filter((t) => t !== null)).size >= 2) out.push({ id: row.id, title: row.title, others })
  }
  return out
}

/** Scrolls the virtualised grid until the section row is rendered, then brings it into view. */
export function revealRow(page: Page, rowId: string): Promise<void> {
  return revealGridItem(page, `row:${rowId}`)
}

export function revealKey(page: Page, key: string): Promise<void> {
  return revealGridItem(page, `key:${key}`)
}

async function revealGridItem(page: Page, itemId: string): Promise<void> {
  const row = page.locator(`[data-row-id="${itemId}"]`)
  const selector = `[data-row-id="${itemId.replace(/"/g, '\\"')}"]`
  // No time limit of its own: a pass takes as long as the frames come (seconds on a loaded
  // machine), and the test's timeout, naming this step, ends one that never finds the row.
  await test.step(`scroll the grid to ${itemId}`, async () => {
    // The grid may be scrolled by the app while we scan (it brings its focused row back into
    // view after a re-render), which could carry the scan past the row: a scan that reaches the
    // end without the row starts again from the top, a few times, before giving up.
    for (let attempt = 0; attempt < 3; attempt++) {
      if (await scanGridFor(page, selector)) {
        await expect(row).toBeVisible()
        return
      }
    }
    throw new Error(`${itemId} never appeared in the grid`)
  })
}

/** One pass down the virtualised grid, top to bottom, until `selector` is rendered (then centred
 *  and settled), the end is reached or the grid is replaced. The scan keeps its own position and
 *  puts it back when something else scrolled meanwhile, so rows cannot be skipped. */
function scanGridFor(page: Page, selector: string): Promise<boolean> {
  return page.evaluate(async (selector) => {
    const frame = (): Promise<void> => new Promise((r) => requestAnimationFrame(() => r()))
    const grid = document.querySelector('[role="grid"]')
    let scroller = grid
    while (scroller && scroller.scrollHeight <= scroller.clientHeight + 1) scroller = scroller.parentElement
    if (!scroller) return document.querySelector(selector) !== null
    let position = 0
    scroller.scrollTop = 0
    await frame()
    for (;;) {
      if (document.querySelector('[role="grid"]') !== grid) return false // replaced: scan again
      if (Math.abs(scroller.scrollTop - position) > 1) {
        scroller.scrollTop = position // moved by the app: resume where the scan was
        await frame()
        await frame()
        continue
      }
      const el = document.querySelector(selector)
      if (el) {
        // Rows above are measured as they render and move this one: settle before clicking.
        let last = Number.NaN
        for (let i = 0; i < 20; i++) {
          const current = document.querySelector(selector)
          if (!current) break
          current.scrollIntoView({ block: 'center' })
          await frame()
          await frame()
          const top = document.querySelector(selector)?.getBoundingClientRect().top ?? Number.NaN
          if (top === last) break
          last = top
        }
        return document.querySelector(selector) !== null
      }
      if (scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 2) return false
      position = Math.min(scroller.scrollTop + Math.max(200, scroller.clientHeight * 0.7), scroller.scrollHeight - scroller.clientHeight)
      scroller.scrollTop = position
      position = scroller.scrollTop // the browser may round
      await frame()
      await frame()
    }
  }, selector)
}

/** Picks a variant for a section row chosen with differingRows. */
export async function pickRow(page: Page, row: RowChoice, variant: number): Promise<void> {
  await revealRow(page, row.id)
  await pick(page, variant, row.title)
}

export function pickButton(page: Page, variant: number, title: string) {
  return page.getByRole('button', { name: `Pick variant ${variant} for ${title}`, exact: true })
}

/** Clicks "Pick variant N for <title>" and checks it is pressed. */
export async function pick(page: Page, variant: number, title: string): Promise<void> {
  const button = pickButton(page, variant, title)
  await button.scrollIntoViewIfNeeded()
  await button.click()
  await expect(button).toHaveAttribute('aria-pressed', 'true')
}

/** Save as… through the browser-mode path dialog; answers "Save anyway" for undecided rows, and
 *  for sources changed on disk when `staleSources` says so. */
export async function saveAs(page: Page, path: string, options: { readonly staleSources?: 'save-anyway' } = {}): Promise<void> {
  await page.getByRole('toolbar', { name: 'Merged file actions' }).getByRole('button', { name: 'Save as…' }).click()
  if (options.staleSources === 'save-anyway') {
    const stale = page.getByTestId('stale-save-dialog')
    await expect(stale).toBeVisible()
    await stale.getByRole('button', { name: 'Save anyway' }).click()
  }
  await answerUndecided(page)
  const dialog = page.getByTestId('path-dialog')
  await expect(dialog).toBeVisible()
  const input = dialog.getByRole('textbox')
  await input.fill(path)
  await expect(input).toHaveValue(path)
  await dialog.getByRole('button', { name: 'Save' }).click()
}

/** After Save / Save as…: answers "Save anyway" when the undecided question comes first, and
 *  waits until the next step (`then`) shows. */
export async function answerUndecided(page: Page, then = page.getByTestId('path-dialog')): Promise<void> {
  const undecided = page.getByTestId('undecided-dialog')
  await expect(undecided.or(then)).toBeVisible()
  if (await undecided.isVisible()) await undecided.getByRole('button', { name: 'Save anyway' }).click()
}

/** Export recipe -> the downloaded JSON, validated. */
export async function exportRecipe(page: Page): Promise<Recipe> {
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export recipe' }).click()
  const file = await (await download).path()
  const parsed = parseRecipeJson(readFileSync(file, 'utf8'))
  if (!parsed.ok) throw new Error(`exported recipe is invalid: ${JSON.stringify(parsed.errors)}`)
  return parsed.recipe
}

/** What the engine writes for a recipe over the files on disk now: the bytes a save must produce. */
export function expectedMergedText(recipe: Recipe): string {
  const docs = recipe.sources.map((s) => parseDocument(readFileSync(s.path, 'utf8'), s.path))
  return applyRecipe(recipe, docs, alignVariants(docs)).text
}

/** The frontmatter block of a text (between the first two `---` lines), or null. */
export function frontmatterOf(text: string): string | null {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text)
  return match ? match[1]! : null
}

/** The file's text, or null while it does not exist (for expect.poll: a throw would end the poll). */
export function textIfExists(path: string): string | null {
  return existsSync(path) ? readFileSync(path, 'utf8') : null
}
