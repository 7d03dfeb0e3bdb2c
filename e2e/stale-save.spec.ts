// A save built on sources that changed on disk says so first (Reload first / Save anyway /
// Cancel), whether or not the "changed on disk" banner is showing yet.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, snapshot, test } from './support/fixtures'
import { answerUndecided, exportRecipe, expectedMergedText, openGroup, textIfExists } from './support/app-helpers'

const ADDED = '\n## Added Elsewhere\n\nNew text from another editor.\n'

test('Save as while a variant changed on disk asks first; Reload first merges the text on disk now', async ({ app, workspace }) => {
  await openGroup(app)
  const before = await exportRecipe(app)
  const source = join(workspace.agentsDir, readdirSync(workspace.agentsDir).sort()[1]!)
  writeFileSync(source, `${readFileSync(source, 'utf8')}${ADDED}`)
  await expect(app.getByTestId('source-changed-banner')).toContainText(/^Variant 2 \(.+\) changed on disk/)
  // Its column says so too (the variants share one file name).
  await expect(app.getByRole('columnheader', { name: /^Variant 2: .*, changed on disk since you opened it$/ })).toContainText('changed on disk')

  const saveAsButton = app.getByRole('toolbar', { name: 'Merged file actions' }).getByRole('button', { name: 'Save as…' })
  await saveAsButton.click()
  const stale = app.getByTestId('stale-save-dialog')
  await expect(stale).toContainText(/Variant 2 \(.+\) changed on disk since you opened it/)
  await expect(stale.getByRole('button', { name: 'Reload first' })).toBeFocused()
  await snapshot(app, '12-stale-save')
  // Cancel: nothing asked further, nothing written.
  await stale.getByRole('button', { name: 'Cancel' }).click()
  await expect(stale).toHaveCount(0)
  await expect(app.getByTestId('path-dialog')).toHaveCount(0)

  // Reload first: the sources are read again, nothing is saved yet.
  await saveAsButton.click()
  await stale.getByRole('button', { name: 'Reload first' }).click()
  await expect(app.getByRole('status').filter({ hasText: 'Nothing was saved yet' })).toBeVisible()
  await expect(app.getByTestId('source-changed-banner')).toHaveCount(0)
  const after = await exportRecipe(app)
  expect(after.sources[1]!.hash).not.toBe(before.sources[1]!.hash)

  // Saved now: no question about stale sources, and the bytes are the merge of the text on disk.
  const target = join(workspace.agentsDir, 'merged-now.md')
  await saveAsButton.click()
  await answerUndecided(app)
  await expect(stale).toHaveCount(0)
  const dialog = app.getByTestId('path-dialog')
  await dialog.getByRole('textbox').fill(target)
  await dialog.getByRole('button', { name: 'Save' }).click()
  await expect.poll(() => textIfExists(target)).toBe(expectedMergedText(after))
})

test('Save anyway writes the merged text as shown, from the text read before', async ({ app, workspace }) => {
  await openGroup(app)
  const shown = await exportRecipe(app)
  const expected = expectedMergedText(shown) // the files as they are before the change below
  const source = join(workspace.agentsDir, readdirSync(workspace.agentsDir).sort()[0]!)
  writeFileSync(source, `${readFileSync(source, 'utf8')}${ADDED}`)
  // No wait for the banner: the save asks the host itself.
  const target = join(workspace.agentsDir, 'merged-anyway.md')
  await app.getByRole('toolbar', { name: 'Merged file actions' }).getByRole('button', { name: 'Save as…' }).click()
  const stale = app.getByTestId('stale-save-dialog')
  await expect(stale).toContainText(/Variant 1 \(.+\) changed on disk/)
  await stale.getByRole('button', { name: 'Save anyway' }).click()
  await answerUndecided(app)
  const dialog = app.getByTestId('path-dialog')
  await dialog.getByRole('textbox').fill(target)
  await dialog.getByRole('button', { name: 'Save' }).click()
  await expect.poll(() => textIfExists(target)).toBe(expected)
})
