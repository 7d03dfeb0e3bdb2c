// The founding example end to end: open the folder, compare the five backend-architect variants,
// pick sections and keys, save, and check the file on disk byte for byte against the engine.
import { readdirSync, readFileSync } from 'node:fs'
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

test('after saving, the variants can be archived, and the archive undone', async ({ app, workspace }) => {
  await openGroup(app)
  // The result gutter says where each line came from.
  const gutter = app.locator('[data-testid="merged-editor"] .am-origin').first()
  await expect(gutter).toBeAttached()
  await expect(gutter).toHaveAttribute('title', /^from variant \d+: /)
  const sources = readdirSync(workspace.agentsDir).sort()
  const target = join(workspace.root, 'merged-agent.md')
  await saveAs(app, target)
  const toast = app.getByText('Saved merged-agent.md')
  await expect(toast).toBeVisible()
  await app.getByRole('button', { name: `Archive the ${sources.length} variants` }).click()
  await expect.poll(() => readdirSync(workspace.agentsDir).filter((f) => f.endsWith('.md'))).toEqual([])
  await snapshot(app, '11-archived')
  await app.getByRole('button', { name: 'Undo' }).click()
  await expect.poll(() => readdirSync(workspace.agentsDir).filter((f) => f.endsWith('.md')).sort()).toEqual(sources)
})

test('the result follows a dark system theme', async ({ app }) => {
  await app.emulateMedia({ colorScheme: 'dark' })
  await openGroup(app)
  await expect(app.locator('[data-testid="merged-editor"] .monaco-editor')).toHaveClass(/vs-dark/)
  await snapshot(app, '12-dark')
})
