// Recipes round-trip (export, change the picks, apply, save: same bytes); the merge in progress
// survives a page reload; a source changed on disk shows a banner and reloads.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from '@playwright/test'
import { sha256Hex } from '../shared/engine/hash'
import { expect, snapshot, test } from './support/fixtures'
import { differingRows, exportRecipe, expectedMergedText, openGroup, pickButton, pickRow, revealRow, saveAs, type RowChoice, textIfExists } from './support/app-helpers'

async function rowsOf(app: Page): Promise<RowChoice[]> {
  return differingRows(await exportRecipe(app))
}

test('a recipe exported and applied again gives the same file', async ({ app, workspace }, testInfo) => {
  await openGroup(app)
  const [a, b] = await rowsOf(app)
  await pickRow(app, a!, a!.others[0]!)
  await pickRow(app, b!, b!.others[1]!)
  const recipe = await exportRecipe(app)
  const recipeFile = testInfo.outputPath('picked.recipe.json')
  writeFileSync(recipeFile, JSON.stringify(recipe, null, 2))

  const first = join(workspace.agentsDir, 'first.md')
  await saveAs(app, first)
  await expect.poll(() => textIfExists(first)).not.toBeNull()

  // Change the picks, then apply the recipe file again.
  await pickRow(app, a!, a!.others[1]!)
  await pickRow(app, b!, b!.others[0]!)
  await app.getByTestId('recipe-file-input').setInputFiles(recipeFile)
  // The file is read and fitted asynchronously: the picks below are checked once it is applied.
  await expect(app.getByRole('status').filter({ hasText: 'Applied picked.recipe.json' })).toBeVisible()
  await revealRow(app, a!.id)
  await expect(pickButton(app, a!.others[0]!, a!.title)).toHaveAttribute('aria-pressed', 'true')
  await revealRow(app, b!.id)
  await expect(pickButton(app, b!.others[1]!, b!.title)).toHaveAttribute('aria-pressed', 'true')

  const second = join(workspace.agentsDir, 'second.md')
  await saveAs(app, second)
  await expect.poll(() => textIfExists(second)).toBe(readFileSync(first, 'utf8'))
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
  const [row] = await rowsOf(app)
  const variant = row!.others[0]!
  const saved = app.waitForResponse((r) => r.url().includes('saveDraft') && r.ok())
  await pickRow(app, row!, variant)
  await saved
  await app.reload()
  await openGroup(app)
  await expect(app.getByTestId('draft-restored-banner')).toContainText('Restored your merge in progress from')
  await revealRow(app, row!.id)
  await expect(pickButton(app, variant, row!.title)).toHaveAttribute('aria-pressed', 'true')
  await snapshot(app, '07-draft-restored')

  // Discard goes back to the default picks.
  await app.getByTestId('draft-restored-banner').getByRole('button', { name: 'Discard' }).click()
  await expect(app.getByTestId('draft-restored-banner')).toHaveCount(0)
})

test('a source changed on disk mid-merge shows a banner and reloads with the picks kept', async ({ app, workspace }) => {
  await openGroup(app)
  const [row] = await rowsOf(app)
  const variant = row!.others[0]!
  await pickRow(app, row!, variant)
  const source = join(workspace.agentsDir, readdirSync(workspace.agentsDir).sort()[0]!)
  writeFileSync(source, `${readFileSync(source, 'utf8')}\n## Added Elsewhere\n\nNew text.\n`)
  const banner = app.getByTestId('source-changed-banner')
  await expect(banner).toBeVisible()
  await snapshot(app, '08-source-changed')
  await banner.getByRole('button', { name: 'Reload' }).click()
  await expect(banner).toHaveCount(0)
  await revealRow(app, row!.id)
  await expect(pickButton(app, variant, row!.title)).toHaveAttribute('aria-pressed', 'true')
  // The reloaded merge stands on the new text of the changed source.
  const after = await exportRecipe(app)
  expect(after.sources.find((s) => s.path === source)?.hash).toBe(sha256Hex(readFileSync(source, 'utf8')))
})
