// Every pick is undoable; the keyboard alone can pick, omit, undo and redo.
import { expect, test } from './support/fixtures'
import { differingRows, exportRecipe, openGroup, pick, pickButton, revealRow } from './support/app-helpers'

test('undo and redo picks with the toolbar keys', async ({ app }) => {
  await openGroup(app)
  const [row] = differingRows(await exportRecipe(app))
  const title = row!.title
  await revealRow(app, row!.id)
  const variant = row!.others[0]!
  const pressedStates = () =>
    app.locator(`[data-row-id="row:${row!.id}"] button[aria-label^="Pick variant"]`).evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-pressed')))
  const before = await pressedStates()
  await pick(app, variant, title)
  expect(await pressedStates()).not.toEqual(before)
  await app.keyboard.press('Control+z')
  await expect.poll(pressedStates).toEqual(before)
  await app.keyboard.press('Control+Shift+z')
  await expect(pickButton(app, variant, title)).toHaveAttribute('aria-pressed', 'true')
  await app.keyboard.press('Control+z')
  await expect.poll(pressedStates).toEqual(before)
  await app.keyboard.press('Control+y')
  await expect(pickButton(app, variant, title)).toHaveAttribute('aria-pressed', 'true')
})

test('keyboard: focus a row, pick with a digit, omit with x, undo; not while typing', async ({ app }) => {
  await openGroup(app)
  const [choice] = differingRows(await exportRecipe(app))
  const title = choice!.title
  await revealRow(app, choice!.id)
  const row = app.locator(`[data-row-id="row:${choice!.id}"]`)
  // Click the band's title end, away from its buttons (Edit…, Omit, …).
  await row.getByRole('rowheader').click({ position: { x: 6, y: 6 } })
  await expect(row).toHaveClass(/grid-row-focused/)
  const [first, second] = choice!.others
  await app.keyboard.press(String(first))
  await expect(pickButton(app, first!, title)).toHaveAttribute('aria-pressed', 'true')
  await app.keyboard.press('x')
  await expect(row.getByRole('button', { name: 'Omit' })).toHaveAttribute('aria-pressed', 'true')
  await expect(pickButton(app, first!, title)).toHaveAttribute('aria-pressed', 'false')
  await app.keyboard.press('Control+z')
  await expect(pickButton(app, first!, title)).toHaveAttribute('aria-pressed', 'true')

  // Shortcuts never fire while typing in a field.
  const filter = app.getByRole('searchbox', { name: 'Filter agent files' })
  await filter.focus()
  await filter.press(String(second))
  await expect(pickButton(app, second!, title)).toHaveAttribute('aria-pressed', 'false')
  await filter.fill('')
})

test('keys that change little on screen say what they did', async ({ app }) => {
  await openGroup(app)
  const [choice] = differingRows(await exportRecipe(app))
  await revealRow(app, choice!.id)
  const row = app.locator(`[data-row-id="row:${choice!.id}"]`)
  await row.getByRole('rowheader').click({ position: { x: 6, y: 6 } })
  await expect(row).toHaveClass(/grid-row-focused/)
  const [first, second] = choice!.others
  const status = app.getByRole('status').filter({ hasText: /variant/i })
  await app.keyboard.press(String(first))
  await app.keyboard.press(`Shift+Digit${second}`)
  await app.keyboard.press(`Shift+Digit${second}`)
  await expect(status.filter({ hasText: `Variant ${second} taken out of the combination: this row now takes variant ${first} alone.` })).toBeVisible()
  await expect(pickButton(app, first!, choice!.title)).toHaveAttribute('aria-pressed', 'true')
  await app.keyboard.press('9')
  await expect(status.filter({ hasText: 'There is no variant 9: this group has 5.' })).toBeVisible()
})
