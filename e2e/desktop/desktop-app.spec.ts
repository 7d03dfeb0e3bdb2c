// The desktop app end to end: the built main process and preload, through the Electron double,
// with Chromium pages. What a user does in the window, the native menu and dialogs, a second
// launch, and a file changing on disk.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { answerUndecided, differingRows, exportRecipe, expectedMergedText, GROUP, openGroup, pickButton, pickRow } from '../support/app-helpers'
import { HOST_METHODS } from '../../shared/host-channels'
import { expect, test } from './fixtures'

declare const window: { agentMerge: object }

const REVIEWER = '---\nname: code-reviewer\ndescription: Reviews a change for bugs and style\n---\n# Code reviewer\n\nRead the diff, then the files it touches.\n'

test('the app starts on its example folder in one window', async ({ desktop, mainWindow, appPage }) => {
  expect(desktop.runtime.windows).toHaveLength(1)
  expect(mainWindow.webContents.getURL()).toBe('app://agent-merge/index.html')
  await expect(appPage.getByRole('treeitem', { name: new RegExp(`^${GROUP}, 5 variants`) })).toBeVisible()
  // The page talks to main through the preload's bridge, never browser mode's HTTP client: one
  // function per host channel, plus the dropped-file lookup and the event subscription.
  const bridgeKeys = await appPage.evaluate(() => Object.keys(window.agentMerge).sort())
  expect(bridgeKeys).toEqual([...HOST_METHODS, 'onEvent', 'pathForDroppedFile'].sort())
})

test("open a group, merge, Save Merged As… from the menu: the native dialog's path gets the engine's bytes, each time", async ({ desktop, install, appPage }) => {
  await openGroup(appPage)
  const [row] = differingRows(await exportRecipe(appPage))
  await pickRow(appPage, row!, row!.others[0]!)
  const recipe = await exportRecipe(appPage)
  expect(recipe.rows.find((r) => r.row === row!.id)?.pick).toEqual({ kind: 'variant', variant: row!.others[0]! - 1 })

  // Save As asks where every time, also after a save (Save would write to the same file).
  for (const name of ['backend-architect.merged.md', 'second-copy.md']) {
    const target = join(install.scratch, name)
    desktop.runtime.answerDialog('showSaveDialog', { canceled: false, filePath: target })
    desktop.clickMenu('File', 'Save Merged As…')
    await answerUndecided(appPage, appPage.getByText(`Saved ${name}`))
    await expect(appPage.getByText(`Saved ${name}`)).toBeVisible()
    expect(readFileSync(target, 'utf8')).toBe(expectedMergedText(recipe))
  }
  const calls = desktop.runtime.dialogCalls.filter((c) => c.kind === 'showSaveDialog')
  expect(calls).toHaveLength(2)
  expect(calls[0]?.window, 'the save dialog is attached to the window').toBe(true)
  expect(calls[0]?.options.filters?.map((f) => f.name)).toEqual(['Agent definitions', 'All files'])
})

test('File > Open Folder… opens the folder the native dialog answers', async ({ desktop, install, appPage }) => {
  const folder = join(install.scratch, 'reviewers')
  mkdirSync(folder)
  writeFileSync(join(folder, 'code-reviewer.md'), REVIEWER)
  await expect(appPage.getByRole('treeitem', { name: new RegExp(`^${GROUP}, 5 variants`) })).toBeVisible()
  desktop.runtime.answerDialog('showOpenDialog', { canceled: false, filePaths: [folder] })
  desktop.clickMenu('File', 'Open Folder…')
  await expect(appPage.getByRole('treeitem', { name: /code-reviewer/ })).toBeVisible()
  await expect(appPage.getByRole('treeitem', { name: new RegExp(`^${GROUP}, 5 variants`) })).toHaveCount(0)
  expect(desktop.runtime.dialogCalls.find((c) => c.kind === 'showOpenDialog')?.options.properties).toEqual(['openDirectory'])
  // Opened from the menu, it joins the system's recent documents.
  await expect.poll(() => desktop.runtime.recentDocuments).toContain(folder)
})

test('Edit > Undo takes back the last pick', async ({ desktop, appPage }) => {
  await openGroup(appPage)
  const [row] = differingRows(await exportRecipe(appPage))
  const variant = row!.others[0]!
  await pickRow(appPage, row!, variant)
  desktop.clickMenu('Edit', 'Undo')
  await expect(pickButton(appPage, variant, row!.title)).toHaveAttribute('aria-pressed', 'false')
})

test("a second launch's paths open in the first window, and the second launch quits", async ({ desktop, install, appPage, launchAgain }) => {
  const folder = join(install.scratch, 'second')
  mkdirSync(folder)
  writeFileSync(join(folder, 'code-reviewer.md'), REVIEWER)
  await expect(appPage.getByRole('treeitem', { name: new RegExp(`^${GROUP}, 5 variants`) })).toBeVisible()
  const second = await launchAgain([folder])
  await second.app.exited
  expect(second.runtime.windows).toHaveLength(0)
  await expect(appPage.getByRole('treeitem', { name: /code-reviewer/ })).toBeVisible()
  expect(desktop.runtime.windows).toHaveLength(1)
})

test('a variant changed on disk shows its banner', async ({ install, appPage }) => {
  await openGroup(appPage)
  const variant = join(install.exampleDir, readdirSync(install.exampleDir).filter((f) => f.endsWith('.md')).sort()[0]!)
  writeFileSync(variant, `${readFileSync(variant, 'utf8')}\n## Added elsewhere\n\nA section written by another program.\n`)
  await expect(appPage.getByText(/changed on disk since you opened it/)).toBeVisible()
})

test('closing the window while events still arrive: none goes to the closed page, nothing fails', async ({ desktop, mainWindow, appPage }) => {
  await expect(appPage.getByRole('treeitem', { name: new RegExp(`^${GROUP}, 5 variants`) })).toBeVisible()
  // Electron destroys the page first and the window after: a menu command or a file change
  // that comes in between must not be sent to the destroyed page ("Object has been destroyed").
  const closed = new Promise((resolve) => mainWindow.once('closed', resolve))
  mainWindow.close()
  expect(mainWindow.webContents.isDestroyed()).toBe(true)
  expect(mainWindow.isDestroyed()).toBe(false)
  expect(() => desktop.clickMenu('File', 'Save Merged As…')).not.toThrow()
  await closed // its page gone before the next test starts
})
