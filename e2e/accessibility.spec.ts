// axe-core finds no serious or critical violation in either theme, at a large and a small window:
// the sidebar with the example folder, a group open (compare grid and result), the shortcut sheet,
// the library queue and its history dialog.
import { expect, snapshot, test } from './support/fixtures'
import { openGroup } from './support/app-helpers'
import { seriousViolations } from './support/axe'

const SIZES = [
  { width: 1440, height: 900 },
  { width: 1280, height: 800 },
] as const

for (const theme of ['light', 'dark'] as const) {
  for (const size of SIZES) {
    test(`axe: no serious violation, ${theme} theme, ${size.width}x${size.height}`, async ({ app }) => {
      test.setTimeout(180_000) // four axe runs on a loaded machine
      await app.setViewportSize(size)
      await app.emulateMedia({ colorScheme: theme })
      const tag = `a11y-${theme}-${size.width}`

      await expect(app.getByRole('treeitem', { name: /^backend-architect, 5 variants/ })).toBeVisible({ timeout: 30_000 })
      expect.soft(await seriousViolations(app), 'sidebar').toEqual([])

      // A file's details, in the middle of the window while no group is open.
      await app.locator('.tree-file').first().click()
      await expect(app.getByRole('main').getByRole('region', { name: 'File details' })).toBeVisible()
      expect.soft(await seriousViolations(app), 'file details').toEqual([])
      await app.getByRole('button', { name: 'Close details' }).click()
      await app.getByRole('button', { name: 'Clear' }).click()

      await openGroup(app)
      await expect(app.locator('.monaco-editor .line-numbers').first()).toBeVisible()
      await snapshot(app, `${tag}-group`)
      expect.soft(await seriousViolations(app), 'group open').toEqual([])

      await app.getByRole('button', { name: /Shortcuts/ }).click()
      const sheet = app.getByTestId('shortcut-sheet')
      await expect(sheet).toBeVisible()
      await snapshot(app, `${tag}-shortcuts`)
      expect.soft(await seriousViolations(app), 'shortcut sheet').toEqual([])
      // The whole sheet fits the window: its Close button is reachable without scrolling the page.
      const close = sheet.getByRole('button', { name: 'Close' })
      await expect(close).toBeInViewport()
      await app.keyboard.press('Escape')
      await expect(sheet).toBeHidden()

      // The library queue (sort control, filters, rows) and its history dialog.
      await app.keyboard.press('l')
      const queue = app.getByRole('listbox', { name: /Duplicate groups/ })
      await expect(queue).toBeFocused({ timeout: 30_000 })
      await snapshot(app, `${tag}-library`)
      expect.soft(await seriousViolations(app), 'library queue').toEqual([])
      await app.keyboard.press('h')
      await expect(app.getByTestId('history-dialog').getByText('nothing to undo')).toBeVisible({ timeout: 30_000 })
      expect.soft(await seriousViolations(app), 'history dialog').toEqual([])
    })
  }
}
