// A group left open in the workspace while one of its variant files is deleted outside the app:
// "Merge as shown" says which file is gone and what can be done, keeps the merge in progress on
// Cancel, and merges without the gone file when asked (the merged text as shown, the other
// variants archived), instead of failing on every attempt.
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { expect, snapshot, test } from './support/fixtures'
import { expectedMergedText, exportRecipe, openFirstQueuedGroup } from './support/app-helpers'
import { seriousViolations } from './support/axe'

test('Merge as shown after a variant was deleted on disk: says which, offers what can be done, merges without it', async ({ app, workspace }) => {
  test.setTimeout(120_000)
  await openFirstQueuedGroup(app)

  // The proposal's merged text, from the files as they were read; then a variant it takes a row
  // from goes (not the base: its path is where the merge is written).
  const recipe = await exportRecipe(app)
  const expected = expectedMergedText(recipe)
  const base = recipe.base ?? 0
  const taken = recipe.rows.flatMap((r) => (r.pick.kind === 'variant' && r.pick.variant !== base ? [r.pick.variant] : []))
  const gone = taken[0] ?? (base === 0 ? 1 : 0)
  const gonePath = recipe.sources[gone]!.path
  const goneName = gonePath.split('/').pop()!
  rmSync(gonePath)
  await expect(app.getByTestId('source-removed-banner')).toContainText(`Variant ${gone + 1} (${goneName}) was deleted or moved`)
  // The banner says what still works: saving, and (in the library) merging without the file.
  await expect(app.getByTestId('source-removed-banner')).toContainText('saving still works, and Merge as shown can merge without it.')

  // Merge as shown: a question naming the file, not an error; Cancel keeps everything.
  await app.keyboard.press('Shift+M')
  const dialog = app.getByTestId('removed-sources-dialog')
  await expect(dialog).toBeVisible()
  await expect(dialog.getByRole('heading')).toContainText(`Variant ${gone + 1} (${goneName}) was deleted or moved since you opened it`)
  await expect(dialog.getByRole('button', { name: 'Save the merge elsewhere…' })).toBeVisible()
  await expect(dialog.getByRole('button', { name: 'Merge without it' })).toBeFocused()
  await snapshot(app, 'library-variant-deleted-dialog')
  expect(await seriousViolations(app)).toEqual([])
  await app.keyboard.press('Escape')
  await expect(dialog).toBeHidden()
  expect((await exportRecipe(app)).rows).toEqual(recipe.rows)
  await expect(app.getByRole('columnheader')).toHaveCount(5)

  // Again, and merge without it: the merged text is the one shown (what was taken from the gone
  // file included), at the base's path; the three other variants are archived.
  await app.keyboard.press('Shift+M')
  await expect(dialog).toBeVisible()
  await dialog.getByRole('button', { name: 'Merge without it' }).click()
  await expect(app.getByText('1 of 1 resolved').first()).toBeVisible({ timeout: 30_000 })
  const left = readdirSync(workspace.agentsDir).filter((f) => f.endsWith('.md'))
  expect(left).toEqual([recipe.sources[base]!.path.split('/').pop()])
  expect(readFileSync(recipe.sources[base]!.path, 'utf8')).toBe(expected)
  expect(existsSync(gonePath)).toBe(false)
  const archived = readdirSync(join(workspace.agentsDir, '.agent-merge-archive'), { recursive: true }).map(String).filter((f) => f.endsWith('.md'))
  expect(archived).toHaveLength(4) // the base and the three others still on disk
})
