// Variants past 9 by keyboard on a 20-variant group: `0` then the number takes one, Shift+0
// then the number adds one to a combination; the column headers and the sheet say so.
import type { Page } from '@playwright/test'
import { expect, test } from './support/fixtures'
import { differingRows, exportRecipe, openGroup, pickButton, revealRow } from './support/app-helpers'
import { syntheticVariants } from '../scripts/bench/synthetic'

const TWENTY = Object.fromEntries(syntheticVariants(20, 12, 5).map((text, i) => [`collection-${String(i + 1).padStart(2, '0')}/.claude/agents/long-agent.md`, text]))

test.use({ extraFiles: TWENTY })

/** Only the columns in view sideways have their cells rendered: bring variant `n`'s into view. */
async function showColumn(app: Page, n: number): Promise<void> {
  await app.locator(`[role="columnheader"][data-variant="${n - 1}"]`).scrollIntoViewIfNeeded()
}

test('0 then a number picks variants 10-20; Shift+0 combines; the headers and the sheet show the keys', async ({ app }) => {
  await openGroup(app, 'long-agent', 20)
  await expect(app.locator('[role="columnheader"][data-variant="11"] .column-key')).toHaveText('0 1 2')
  await expect(app.locator('[role="columnheader"][data-variant="11"]')).toHaveAccessibleDescription(/0 1 2 takes this variant, Shift\+0 1 2 adds it/)
  // Variants 1-9: the badge's number is the key (said in its tooltip and the description).
  await expect(app.locator('[role="columnheader"][data-variant="2"] .column-key')).toHaveCount(0)
  await expect(app.locator('[role="columnheader"][data-variant="2"] .variant-badge')).toHaveAttribute('title', /3 takes variant 3/)

  const choice = differingRows(await exportRecipe(app)).find((r) => r.others.includes(12) && r.others.includes(20))
  expect(choice, 'a row where variants 12 and 20 differ from the pick').toBeDefined()
  await revealRow(app, choice!.id)
  const row = app.locator(`[data-row-id="row:${choice!.id}"]`)
  await row.getByRole('rowheader').click({ position: { x: 6, y: 6 } })
  await expect(row).toHaveClass(/grid-row-focused/)

  const prompt = app.getByTestId('variant-chord')
  await app.keyboard.press('0')
  await expect(prompt).toContainText('Take variant')
  await expect(prompt).toContainText('type its number (1–20)')
  await app.keyboard.press('1')
  await expect(prompt).toContainText('Enter: take variant 1 · or a second digit (10–19)')
  await app.keyboard.press('2')
  await expect(prompt).toBeHidden()
  await expect(pickButton(app, 12, choice!.title)).toHaveAttribute('aria-pressed', 'true')

  await app.keyboard.press('Shift+Digit0')
  await expect(prompt).toContainText('Combine variant')
  await app.keyboard.press('2')
  await app.keyboard.press('0')
  await expect(prompt).toBeHidden()
  await expect(pickButton(app, 20, choice!.title)).toHaveAttribute('aria-pressed', 'true')
  await showColumn(app, 12)
  await expect(pickButton(app, 12, choice!.title)).toHaveAttribute('aria-pressed', 'true')

  // A number past the group says so; Esc closes the prompt without a pick.
  await app.keyboard.press('0')
  await app.keyboard.press('2')
  await app.keyboard.press('7')
  await expect(app.getByText('There is no variant 27: this group has 20.')).toBeVisible()
  await app.keyboard.press('0')
  await app.keyboard.press('1')
  await app.keyboard.press('Escape')
  await expect(prompt).toBeHidden()
  await showColumn(app, 1)
  await expect(pickButton(app, 1, choice!.title)).not.toHaveAttribute('aria-pressed', 'true')

  // `0 1 Enter` is variant 1 itself.
  await app.keyboard.press('0')
  await app.keyboard.press('1')
  await app.keyboard.press('Enter')
  await expect(pickButton(app, 1, choice!.title)).toHaveAttribute('aria-pressed', 'true')
  await showColumn(app, 12)
  await expect(pickButton(app, 12, choice!.title)).toHaveAttribute('aria-pressed', 'false')

  await app.keyboard.press('?')
  const sheet = app.getByTestId('shortcut-sheet')
  await expect(sheet).toContainText('0 then 10 … 20')
  await expect(sheet).toContainText('Shift+0 then 10 … 20')
})
