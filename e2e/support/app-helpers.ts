// Steps the end-to-end tests share, written against what a user sees: roles and accessible names.
import { expect, type Page } from '@playwright/test'
import { readFileSync } from 'node:fs'
import { alignVariants } from '../../shared/engine/align/align-variants'
import { parseDocument } from '../../shared/engine/parse/parse-document'
import { applyRecipe } from '../../shared/engine/recipe/apply-recipe'
import type { Recipe } from '../../shared/engine/recipe/recipe-model'
import { parseRecipeJson } from '../../shared/engine/recipe/validate-recipe'

export const GROUP = 'backend-architect'

/** Opens the duplicate group from the sidebar and waits until its columns and result are shown. */
export async function openGroup(page: Page, name = GROUP, variants = 5): Promise<void> {
  const group = page.getByRole('treeitem', { name: new RegExp(`^${name}, ${variants} variants`) })
  await expect(group).toBeVisible()
  await group.locator('.tree-group-row').click()
  await expect(page.getByRole('columnheader')).toHaveCount(variants)
  await expect(page.locator('.result-pane[data-ready="true"]')).toBeVisible()
}

/** Titles of the section rows shown in the grid, in order (frontmatter key rows excluded). */
export async function sectionRowTitles(page: Page): Promise<string[]> {
  return page.locator('[role="row"][data-row-id]').evaluateAll((rows) =>
    rows.map((row) => row.getAttribute('aria-label') ?? ''),
  )
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

/** Save as… through the browser-mode path dialog; answers "Save anyway" for undecided rows. */
export async function saveAs(page: Page, path: string): Promise<void> {
  await page.getByRole('toolbar', { name: 'Merged file actions' }).getByRole('button', { name: 'Save as…' }).click()
  await answerUndecided(page)
  const dialog = page.getByTestId('path-dialog')
  await expect(dialog).toBeVisible()
  await dialog.getByRole('textbox').fill(path)
  await dialog.getByRole('button', { name: 'Save' }).click()
}

export async function answerUndecided(page: Page): Promise<void> {
  const undecided = page.getByTestId('undecided-dialog')
  // The dialog only appears when something is undecided; a short look is enough.
  if (await undecided.isVisible({ timeout: 500 }).catch(() => false)) await undecided.getByRole('button', { name: 'Save anyway' }).click()
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
