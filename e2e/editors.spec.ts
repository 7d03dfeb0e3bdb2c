// Monaco where it belongs: a row edited as custom text (Apply makes an undoable custom pick), and
// two whole variants in the side-by-side diff overlay (Esc closes, focus returns).
import { join } from 'node:path'
import { expect, snapshot, test } from './support/fixtures'
import { differingRows, exportRecipe, openGroup, revealRow, saveAs , textIfExists } from './support/app-helpers'

test('edit a row as custom text in Monaco; Apply makes it a custom pick that undo reverts', async ({ app, workspace }) => {
  await openGroup(app)
  const [row] = differingRows(await exportRecipe(app))
  await revealRow(app, row!.id)
  const band = app.locator(`[data-row-id="row:${row!.id}"]`)
  await band.getByRole('button', { name: 'Edit…' }).click()

  const dialog = app.getByTestId('custom-edit-dialog')
  await expect(dialog).toBeVisible()
  await expect(dialog.getByTestId('code-editor').locator('.monaco-editor')).toBeVisible()
  await dialog.locator('.monaco-editor .view-lines').click()
  await app.keyboard.press('ControlOrMeta+a')
  await app.keyboard.type(`## ${row!.title}\n\nWritten by hand in the merge.\n`)
  await snapshot(app, '09-custom-edit')
  await dialog.getByRole('button', { name: /^Apply/ }).click()
  await expect(dialog).toHaveCount(0)
  // The grid shows what was written, not only "Custom text".
  await expect(band.locator('.pick-summary')).toContainText(`Custom text${`## ${row!.title} Written by hand in the merge.`}`)

  const recipe = await exportRecipe(app)
  expect(recipe.rows.find((r) => r.row === row!.id)?.pick).toEqual({ kind: 'custom', text: `## ${row!.title}\n\nWritten by hand in the merge.\n` })
  const target = join(workspace.agentsDir, 'custom.md')
  await saveAs(app, target)
  await expect.poll(() => textIfExists(target)).toContain('Written by hand in the merge.')

  await app.keyboard.press('Control+z')
  const undone = await exportRecipe(app)
  expect(undone.rows.find((r) => r.row === row!.id)?.pick.kind).not.toBe('custom')
})

test('two whole variants in the diff overlay; Esc closes it and focus returns', async ({ app }) => {
  await openGroup(app)
  const select = app.getByRole('combobox', { name: 'Compare variant 1 as a whole with' })
  await select.focus()
  await select.selectOption({ label: 'Variant 2' })
  const overlay = app.getByTestId('diff-overlay')
  await expect(overlay).toBeVisible()
  await expect(overlay).toHaveAttribute('role', 'dialog')
  await expect(overlay.locator('.monaco-diff-editor')).toBeVisible()
  await expect(overlay.locator('.monaco-diff-editor .editor.original')).toBeVisible()
  // The differences are computed in Monaco's bundled worker, then highlighted.
  await expect(overlay.locator('.char-insert, .char-delete, .line-insert, .line-delete').first()).toBeAttached()
  await snapshot(app, '10-diff-overlay')
  await app.keyboard.press('Escape')
  await expect(overlay).toHaveCount(0)
  await expect(select).toBeFocused()
})
