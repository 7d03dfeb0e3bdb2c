// Every pick is undoable; the keyboard alone can pick, omit, undo and redo.
import { expect, test } from './support/fixtures'
import { openGroup, pick, pickButton, sectionRowTitles } from './support/app-helpers'

test('undo and redo picks with the toolbar keys', async ({ app }) => {
  await openGroup(app)
  const title = (await sectionRowTitles(app)).filter((t) => t !== 'text before the first heading')[0]!
  const before = await Promise.all([1, 2, 3, 4, 5].map((v) => pickButton(app, v, title).getAttribute('aria-pressed')))
  await pick(app, 4, title)
  await app.keyboard.press('Control+z')
  for (const [i, pressed] of before.entries()) await expect(pickButton(app, i + 1, title)).toHaveAttribute('aria-pressed', pressed ?? 'false')
  await app.keyboard.press('Control+Shift+z')
  await expect(pickButton(app, 4, title)).toHaveAttribute('aria-pressed', 'true')
  await app.keyboard.press('Control+z')
  await app.keyboard.press('Control+y')
  await expect(pickButton(app, 4, title)).toHaveAttribute('aria-pressed', 'true')
})

test('keyboard: focus a row, pick with a digit, omit with x, move between rows with j/k', async ({ app }) => {
  await openGroup(app)
  const titles = (await sectionRowTitles(app)).filter((t) => t !== 'text before the first heading')
  const title = titles[0]!
  const row = app.locator(`[role="row"][aria-label="${title}"]`)
  await row.getByRole('rowheader').click()
  await app.keyboard.press('3')
  await expect(pickButton(app, 3, title)).toHaveAttribute('aria-pressed', 'true')
  await app.keyboard.press('x')
  await expect(row.getByRole('button', { name: 'Omit' })).toHaveAttribute('aria-pressed', 'true')
  await expect(pickButton(app, 3, title)).toHaveAttribute('aria-pressed', 'false')
  await app.keyboard.press('Control+z')
  await expect(pickButton(app, 3, title)).toHaveAttribute('aria-pressed', 'true')

  // Shortcuts never fire while typing in a field.
  await app.getByRole('searchbox', { name: 'Filter agent files' }).fill('')
  await app.getByRole('searchbox', { name: 'Filter agent files' }).press('5')
  await expect(pickButton(app, 5, title)).toHaveAttribute('aria-pressed', 'false')
  await app.getByRole('searchbox', { name: 'Filter agent files' }).fill('')
})
