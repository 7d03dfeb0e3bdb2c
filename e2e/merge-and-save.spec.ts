// The founding example end to end: open the folder, compare the five backend-architect variants,
// pick sections and keys, save, and check the file on disk byte for byte against the engine.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { isStrictYaml } from '../shared/engine/parse/strict-yaml'
import { expect, snapshot, test } from './support/fixtures'
import { answerUndecided, exportRecipe, expectedMergedText, frontmatterOf, openGroup, pick, saveAs, sectionRowTitles } from './support/app-helpers'

test('pick sections and keys across the five variants, save, and get exactly the engine output', async ({ app, workspace }) => {
  await snapshot(app, '01-workspace')
  await openGroup(app)
  await snapshot(app, '02-compare')

  const titles = (await sectionRowTitles(app)).filter((t) => t !== 'text before the first heading')
  expect(titles.length).toBeGreaterThan(3)
  await pick(app, 2, titles[0]!)
  await pick(app, 4, titles[1]!)
  await pick(app, 5, titles[2]!)
  await pick(app, 3, 'description')

  const recipe = await exportRecipe(app)
  const row0 = recipe.rows.find((r) => r.sectionKeys[1] !== null && r.pick.kind === 'variant' && r.pick.variant === 1)
  expect(row0, 'the recipe holds the pick of variant 2').toBeTruthy()
  expect(recipe.keys.find((k) => k.key === 'description')?.pick).toEqual({ kind: 'variant', variant: 2 })

  const target = join(workspace.agentsDir, 'backend-architect.merged.md')
  await saveAs(app, target)
  await expect(app.getByText('Saved backend-architect.merged.md')).toBeVisible()
  await snapshot(app, '03-saved')

  const written = readFileSync(target, 'utf8')
  expect(written).toBe(expectedMergedText(recipe))
  const frontmatter = frontmatterOf(written)
  expect(frontmatter).not.toBeNull()
  expect(isStrictYaml(frontmatter!)).toBe(true)
})

test('Save writes again to the file saved before, and never to a source without asking', async ({ app, workspace }) => {
  await openGroup(app)
  const target = join(workspace.agentsDir, 'merged.md')
  await saveAs(app, target)
  await expect(app.getByText('Saved merged.md')).toBeVisible()
  const titles = (await sectionRowTitles(app)).filter((t) => t !== 'text before the first heading')
  await pick(app, 3, titles[0]!)
  const expected = expectedMergedText(await exportRecipe(app))
  expect(readFileSync(target, 'utf8')).not.toBe(expected)
  await app.getByRole('toolbar', { name: 'Merged file actions' }).getByRole('button', { name: 'Save', exact: true }).click()
  await answerUndecided(app)
  await expect.poll(() => readFileSync(target, 'utf8')).toBe(expected)
  await expect(app.getByTestId('path-dialog')).toHaveCount(0)
})
