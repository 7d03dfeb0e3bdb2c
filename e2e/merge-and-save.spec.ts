// The founding example end to end: open the folder, compare the five backend-architect variants,
// pick sections and keys, save, and check the file on disk byte for byte against the engine.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { isStrictYaml } from '../shared/engine/parse/strict-yaml'
import { expect, snapshot, test } from './support/fixtures'
import { answerUndecided, differingRows, exportRecipe, expectedMergedText, frontmatterOf, openGroup, pick, pickRow, revealKey, saveAs , textIfExists } from './support/app-helpers'

test('pick sections and keys across the five variants, save, and get exactly the engine output', async ({ app, workspace }) => {
  await snapshot(app, '01-workspace')
  await openGroup(app)
  await snapshot(app, '02-compare')

  const rows = differingRows(await exportRecipe(app))
  expect(rows.length).toBeGreaterThan(2)
  const picks = rows.slice(0, 3).map((row, i) => ({ row, variant: row.others[i % row.others.length]! }))
  for (const { row, variant } of picks) await pickRow(app, row, variant)
  await revealKey(app, 'description')
  await pick(app, 3, 'description')
  await snapshot(app, '03-picked')

  const recipe = await exportRecipe(app)
  for (const { row, variant } of picks) {
    expect(recipe.rows.find((r) => r.row === row.id)?.pick, row.title).toEqual({ kind: 'variant', variant: variant - 1 })
  }
  expect(recipe.keys.find((k) => k.key === 'description')?.pick).toEqual({ kind: 'variant', variant: 2 })

  const target = join(workspace.agentsDir, 'backend-architect.merged.md')
  await saveAs(app, target)
  await expect(app.getByText('Saved backend-architect.merged.md')).toBeVisible()
  await snapshot(app, '04-saved')

  const written = readFileSync(target, 'utf8')
  expect(written).toBe(expectedMergedText(recipe))
  const frontmatter = frontmatterOf(written)
  expect(frontmatter).not.toBeNull()
  expect(isStrictYaml(frontmatter!)).toBe(true)
})

test('Save writes again to the file saved before', async ({ app, workspace }) => {
  await openGroup(app)
  const target = join(workspace.agentsDir, 'merged.md')
  await saveAs(app, target)
  await expect(app.getByText('Saved merged.md')).toBeVisible()
  const [row] = differingRows(await exportRecipe(app))
  await pickRow(app, row!, row!.others[0]!)
  const recipe = await exportRecipe(app)
  const expected = expectedMergedText(recipe)
  expect(readFileSync(target, 'utf8')).not.toBe(expected)
  expect(recipe.rows.some((r) => r.pick.kind === 'undecided'), 'the default picks leave rows undecided').toBe(true)
  await app.getByRole('toolbar', { name: 'Merged file actions' }).getByRole('button', { name: 'Save', exact: true }).click()
  await answerUndecided(app, app.getByTestId('undecided-dialog'))
  await expect.poll(() => textIfExists(target)).toBe(expected)
  await expect(app.getByTestId('path-dialog')).toHaveCount(0)
})
