// Recipes round-trip (export, change the picks, apply, save: same bytes); the merge in progress
// survives a page reload; a source changed on disk shows a banner and reloads.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, snapshot, test } from './support/fixtures'
import { exportRecipe, expectedMergedText, openGroup, pick, pickButton, saveAs, sectionRowTitles } from './support/app-helpers'

async function titlesOf(app: Page): Promise<string[]> {
  return (await sectionRowTitles(app)).filter((t) => t !== 'text before the first heading')
}

test('a recipe exported and applied again gives the same file', async ({ app, workspace }, testInfo) => {
  await openGroup(app)
  const titles = await titlesOf(app)
  await pick(app, 2, titles[0]!)
  await pick(app, 5, titles[1]!)
  const recipe = await exportRecipe(app)
  const recipeFile = testInfo.outputPath('picked.recipe.json')
  writeFileSync(recipeFile, JSON.stringify(recipe, null, 2))

  const first = join(workspace.agentsDir, 'first.md')
  await saveAs(app, first)
  await expect.poll(() => readFileSync(first, 'utf8').length).toBeGreaterThan(0)

  // Change the picks, then apply the recipe file again.
  await pick(app, 1, titles[0]!)
  await pick(app, 1, titles[1]!)
  await app.getByTestId('recipe-file-input').setInputFiles(recipeFile)
  await expect(pickButton(app, 2, titles[0]!)).toHaveAttribute('aria-pressed', 'true')
  await expect(pickButton(app, 5, titles[1]!)).toHaveAttribute('aria-pressed', 'true')

  const second = join(workspace.agentsDir, 'second.md')
  await saveAs(app, second)
  await expect.poll(() => readFileSync(second, 'utf8')).toBe(readFileSync(first, 'utf8'))
  expect(readFileSync(second, 'utf8')).toBe(expectedMergedText(recipe))
})

test('an invalid recipe file is refused with its JSON paths', async ({ app }, testInfo) => {
  await openGroup(app)
  const bad = testInfo.outputPath('bad.recipe.json')
  writeFileSync(bad, JSON.stringify({ version: 1, sources: [{ path: 'x' }], keys: [], rows: 'no' }))
  await app.getByTestId('recipe-file-input').setInputFiles(bad)
  const dialog = app.getByTestId('recipe-errors-dialog')
  await expect(dialog).toContainText('/sources/0')
  await expect(dialog).toContainText('/rows')
  await dialog.getByRole('button', { name: 'OK' }).click()
})

test('the merge in progress is restored after the page reloads', async ({ app }) => {
  await openGroup(app)
  const title = (await titlesOf(app))[0]!
  const saved = app.waitForResponse((r) => r.url().includes('saveDraft') && r.ok())
  await pick(app, 4, title)
  await saved
  await app.reload()
  await openGroup(app)
  await expect(app.getByTestId('draft-restored-banner')).toContainText('Restored your merge in progress from')
  await expect(pickButton(app, 4, title)).toHaveAttribute('aria-pressed', 'true')
  await snapshot(app, '07-draft-restored')

  // Discard goes back to the default picks.
  await app.getByTestId('draft-restored-banner').getByRole('button', { name: 'Discard' }).click()
  await expect(app.getByTestId('draft-restored-banner')).toHaveCount(0)
})

test('a source changed on disk mid-merge shows a banner and reloads with the picks kept', async ({ app, workspace }) => {
  await openGroup(app)
  const title = (await titlesOf(app))[0]!
  await pick(app, 3, title)
  const source = join(workspace.agentsDir, readdirSync(workspace.agentsDir).sort()[0]!)
  writeFileSync(source, `${readFileSync(source, 'utf8')}\n## Added Elsewhere\n\nNew text.\n`)
  const banner = app.getByTestId('source-changed-banner')
  await expect(banner).toBeVisible()
  await snapshot(app, '08-source-changed')
  await banner.getByRole('button', { name: 'Reload' }).click()
  await expect(banner).toHaveCount(0)
  await expect(pickButton(app, 3, title)).toHaveAttribute('aria-pressed', 'true')
  await expect(app.locator('[role="row"][aria-label="Added Elsewhere"]')).toHaveCount(1)
})
