// The built main process and preload, started through the Electron double.
import { expect, test } from './fixtures'

test('the app starts on its example folder in one window', async ({ desktop, mainWindow, appPage }) => {
  expect(desktop.runtime.windows).toHaveLength(1)
  expect(mainWindow.webContents.getURL()).toBe('app://agent-merge/index.html')
  await expect(appPage.getByRole('treeitem', { name: /^backend-architect, 5 variants/ })).toBeVisible()
})
