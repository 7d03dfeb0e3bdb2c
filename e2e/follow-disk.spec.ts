// The sidebar follows the disk: files deleted or added outside the app change the listing and
// the groups by themselves (no Rescan), and the open group hears when one of its variants goes.
import { cpSync, readdirSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { expect, snapshot, test } from './support/fixtures'
import { exportRecipe, openGroup } from './support/app-helpers'

test('a variant deleted outside the app leaves its group; one added joins it; the open merge is kept', async ({ app, workspace }) => {
  await openGroup(app)
  const recipe = await exportRecipe(app)
  const names = readdirSync(workspace.agentsDir).sort()
  const gone = join(workspace.agentsDir, names[2]!)
  rmSync(gone)

  // The sidebar: four variants now, the deleted file no longer listed.
  const tree = app.getByRole('tree', { name: 'Agent files' })
  await expect(tree.getByRole('treeitem', { name: /^backend-architect, 4 variants/ })).toBeVisible()
  await expect(tree.locator(`[data-path="${gone}"]`)).toHaveCount(0)
  await expect(app.getByText(/^4 agent files/)).toBeVisible()
  // The open group: told which variant went, its merge in progress kept (five columns, same picks).
  const banner = app.getByTestId('source-removed-banner')
  await expect(banner).toContainText(`Variant 3 (${names[2]}) was deleted or moved since you opened it`)
  // Not a library group: no Merge as shown to offer.
  await expect(banner).toContainText('saving still works.')
  await expect(banner).not.toContainText('Merge as shown')
  await expect(app.getByRole('columnheader')).toHaveCount(5)
  await expect(app.getByRole('columnheader', { name: /^Variant 3: .*, deleted or moved since you opened it$/ })).toContainText('deleted')
  expect((await exportRecipe(app)).rows).toEqual(recipe.rows)
  await snapshot(app, '13-variant-deleted-outside')

  // A copy added in another folder joins the group.
  const added = join(workspace.root, 'another-collection', 'backend-architect.md')
  cpSync(join(workspace.agentsDir, names[0]!), added)
  await expect(tree.getByRole('treeitem', { name: /^backend-architect, 5 variants/ })).toBeVisible()
  await expect(tree.locator(`[data-path="${added}"]`)).toBeVisible()
})
