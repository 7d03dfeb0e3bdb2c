// A saved merge does not join its own group: the host remembers the files the app wrote, and the
// sidebar shows such a file as the group's merged result, in agreement with the comparison.
import { join } from 'node:path'
import { expect, snapshot, test } from './support/fixtures'
import { GROUP, openGroup, saveAs, textIfExists } from './support/app-helpers'

test('a merge saved in the opened folder is shown as the group result, not as one more variant', async ({ app, workspace }) => {
  await openGroup(app)
  const target = join(workspace.agentsDir, `${GROUP}.md`)
  await saveAs(app, target)
  await expect.poll(() => textIfExists(target)).not.toBeNull()

  const tree = app.getByRole('tree', { name: 'Agent files' })
  const merged = tree.locator(`[data-path="${target}"]`)
  await expect(merged).toHaveAccessibleName(/, merged result/)
  await expect(merged).toContainText('merged')
  // Still five variants, as the comparison shows; the group says its result was saved.
  await expect(tree.getByRole('treeitem', { name: new RegExp(`^${GROUP}, 5 variants, .*merged result saved`) })).toBeVisible()
  await expect(app.getByRole('columnheader')).toHaveCount(5)
  await expect(tree.getByRole('treeitem', { name: /^Single files/ })).toHaveCount(0)
  await snapshot(app, '14-merged-result')

  // Known after a restart of the page too: the group opens with its five variants, and the result
  // pane says where its merge was saved.
  await app.reload()
  await openGroup(app)
  await expect(tree.locator(`[data-path="${target}"]`)).toHaveAccessibleName(/, merged result/)
  await expect(app.locator('.am-result-meta')).toContainText(`saved as`)
  await expect(app.locator('.am-result-meta')).toHaveAttribute('title', target)
})
