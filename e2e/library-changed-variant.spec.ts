// A group left open in the workspace while one of its variant files is edited outside the app:
// "Merge as shown" would archive that file and leave its new text out of the merge, so it asks
// first, naming the file: Reload (picks kept where their sections still exist) or Cancel (the
// merge in progress kept). No "Merge anyway": it would archive text the user has not seen.
import { appendFileSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, snapshot, test } from './support/fixtures'
import { expectedMergedText, exportRecipe, openFirstQueuedGroup } from './support/app-helpers'
import { seriousViolations } from './support/axe'

const ADDED = 'A line added on disk after the group was opened.'

test('Merge as shown after a variant changed on disk: says which, offers Reload or Cancel, never merges unseen text', async ({ app, workspace }) => {
  test.setTimeout(120_000)
  await openFirstQueuedGroup(app)

  const recipe = await exportRecipe(app)
  const base = recipe.base ?? 0
  const changed = base === 0 ? 1 : 0
  const changedPath = recipe.sources[changed]!.path
  const changedName = changedPath.split('/').pop()!
  appendFileSync(changedPath, `\n${ADDED}\n`)

  // Merge as shown: a question naming the file, not a failure; only Reload and Cancel.
  await app.keyboard.press('Shift+M')
  const dialog = app.getByTestId('changed-sources-dialog')
  await expect(dialog).toBeVisible()
  await expect(dialog.getByRole('heading')).toContainText(`Variant ${changed + 1} (${changedName}) changed on disk since you opened it`)
  await expect(dialog.getByRole('button')).toHaveCount(2)
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeVisible()
  await expect(dialog.getByRole('button', { name: 'Reload' })).toBeFocused()
  await snapshot(app, 'library-variant-changed-dialog')
  for (const colorScheme of ['dark', 'light'] as const) {
    await app.emulateMedia({ colorScheme })
    expect(await seriousViolations(app)).toEqual([])
  }

  // Cancel (Escape) keeps the merge in progress and writes nothing.
  await app.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  expect((await exportRecipe(app)).rows).toEqual(recipe.rows)
  expect(readdirSync(workspace.agentsDir).filter((f) => f.endsWith('.md'))).toHaveLength(5)

  // Again, and Reload (Enter: the default): the text on disk now is in the workspace, nothing merged.
  await app.keyboard.press('Shift+M')
  await expect(dialog).toBeVisible()
  await app.keyboard.press('Enter')
  await expect(dialog).toBeHidden()
  await expect(app.getByText(/Reloaded; .*Nothing was merged yet/).first()).toBeVisible({ timeout: 30_000 })
  expect(readdirSync(workspace.agentsDir).filter((f) => f.endsWith('.md'))).toHaveLength(5)
  const expected = expectedMergedText(await exportRecipe(app))

  // Now Merge as shown merges the text on disk; the edited file is archived with its edit.
  await app.keyboard.press('Shift+M')
  const undecided = app.getByTestId('library-undecided-dialog')
  if (await undecided.isVisible().catch(() => false)) await undecided.getByRole('button', { name: 'Merge anyway' }).click()
  await expect(app.getByText('1 of 1 resolved').first()).toBeVisible({ timeout: 30_000 })
  expect(readFileSync(recipe.sources[base]!.path, 'utf8')).toBe(expected)
  const archiveDir = join(workspace.agentsDir, '.agent-merge-archive')
  const archived = readdirSync(archiveDir, { recursive: true }).map(String).filter((f) => f.endsWith(changedName))
  expect(archived).toHaveLength(1)
  expect(readFileSync(join(archiveDir, archived[0]!), 'utf8')).toContain(ADDED)
})
