// Never overwrite silently: a source needs its own confirmation (one question, which also says
// when it changed on disk), a target that changed on disk between opening and saving is refused
// with a clear dialog, and Cancel leaves its bytes alone.
import { readFileSync, writeFileSync, readdirSync } from 'node:fs'
import { basename, join } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, snapshot, test } from './support/fixtures'
import { openGroup, saveAs, textIfExists } from './support/app-helpers'

/** Opens the group, edits its second variant on disk behind the app's back, saves over it (the
 *  merge is then built on a stale source: "Save anyway" to that question first). */
async function saveOverAVariantEditedElsewhere(app: Page, agentsDir: string): Promise<{ source: string; changed: string }> {
  await openGroup(app)
  const source = join(agentsDir, readdirSync(agentsDir).sort()[1]!)
  const changed = `${readFileSync(source, 'utf8')}\n<!-- edited elsewhere -->\n`
  writeFileSync(source, changed)
  await saveAs(app, source, { staleSources: 'save-anyway' })
  return { source, changed }
}

test('a source changed on disk between open and save: one question says both; Cancel leaves it alone', async ({ app, workspace }) => {
  const { source, changed } = await saveOverAVariantEditedElsewhere(app, workspace.agentsDir)
  // One question, not "overwrite variant 2?" and then "it changed on disk".
  const confirm = app.getByTestId('overwrite-source-dialog')
  await expect(confirm).toBeVisible()
  await expect(confirm).toHaveAttribute('role', 'alertdialog')
  await expect(confirm).toContainText(/Overwrite variant \d that changed on disk since you opened it\?/)
  await expect(app.getByTestId('save-conflict-dialog')).toHaveCount(0)
  await snapshot(app, '05-save-conflict')
  await confirm.getByRole('button', { name: 'Cancel' }).click()
  await expect(confirm).toHaveCount(0)
  expect(readFileSync(source, 'utf8')).toBe(changed)
})

test('a source changed on disk is overwritten after that one confirmation', async ({ app, workspace }) => {
  const { source, changed } = await saveOverAVariantEditedElsewhere(app, workspace.agentsDir)
  const confirm = app.getByTestId('overwrite-source-dialog')
  await expect(confirm).toContainText('changed on disk since you opened it')
  await confirm.getByRole('button', { name: /^Overwrite variant/ }).click()
  await expect.poll(() => textIfExists(source)).not.toBe(changed)
  await expect(app.getByRole('status').filter({ hasText: `Saved ${basename(source)}` })).toBeVisible()
  await expect(app.getByTestId('save-conflict-dialog')).toHaveCount(0)
  await expect(app.getByTestId('overwrite-source-dialog')).toHaveCount(0)
})

test('saving over an existing file asks first; Esc cancels and focus returns', async ({ app, workspace }) => {
  await openGroup(app)
  // A file the scanner does not list as an agent (a repository document): the sidebar follows
  // the disk, so a new agent file would be listed and asked about as an opened agent file.
  const existing = join(workspace.agentsDir, 'README.md')
  writeFileSync(existing, '# My notes\n')
  await saveAs(app, existing)
  const conflict = app.getByTestId('save-conflict-dialog')
  await expect(conflict).toContainText('A file with this name already exists')
  // The safe answer has the focus; Esc dismisses.
  await expect(conflict.getByRole('button', { name: 'Save as…' })).toBeFocused()
  await app.keyboard.press('Escape')
  await expect(conflict).toHaveCount(0)
  expect(readFileSync(existing, 'utf8')).toBe('# My notes\n')

  // Overwrite after confirmation does write.
  await saveAs(app, existing)
  await app.getByTestId('save-conflict-dialog').getByRole('button', { name: 'Overwrite' }).click()
  await expect.poll(() => textIfExists(existing)).not.toBe('# My notes\n')
})

test('a path outside the opened folders is refused in the dialog with the host message', async ({ app }) => {
  await openGroup(app)
  await saveAs(app, '/definitely-not-opened/merged.md')
  const dialog = app.getByTestId('path-dialog')
  await expect(dialog.getByRole('alert')).toBeVisible()
  await snapshot(app, '06-path-refused')
  await dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(dialog).toHaveCount(0)
})

test.describe('another agent file in the opened folder', () => {
  const other = 'other-collection/code-reviewer.md'
  const otherText = '---\nname: code-reviewer\ndescription: Reviews code.\n---\n\nYou review code.\n'
  test.use({ extraFiles: { [other]: otherText } })

  test('is overwritten only after one confirmation that says what it is (the host read it as an agent file)', async ({ app, workspace }) => {
    await openGroup(app)
    const target = join(workspace.root, other)
    await saveAs(app, target)
    // One question, not "it exists" and then "it is an agent file you opened".
    const confirm = app.getByTestId('overwrite-source-dialog')
    await expect(confirm).toContainText('Overwrite an agent file you opened?')
    await expect(app.getByTestId('save-conflict-dialog')).toHaveCount(0)
    await snapshot(app, '11-overwrite-opened-file')
    await confirm.getByRole('button', { name: 'Overwrite it' }).click()
    await expect.poll(() => textIfExists(target)).not.toBe(otherText)
    await expect(app.getByRole('status').filter({ hasText: 'Saved code-reviewer.md' })).toBeVisible()
    await expect(app.getByTestId('save-conflict-dialog')).toHaveCount(0)
  })

  test('says in that one question when it changed on disk since it was read; Cancel leaves it alone', async ({ app, workspace }) => {
    await openGroup(app)
    const target = join(workspace.root, other)
    const edited = `${otherText}\nEdited elsewhere.\n`
    writeFileSync(target, edited)
    await saveAs(app, target)
    const confirm = app.getByTestId('overwrite-source-dialog')
    // The sidebar follows the disk: once it has re-listed the file (300 ms after the change), the
    // app knows its new text and the question no longer says it changed. Either way: one question.
    await expect(confirm).toContainText(/Overwrite an agent file you opened( that changed on disk)?\?/)
    await expect(app.getByTestId('save-conflict-dialog')).toHaveCount(0)
    await confirm.getByRole('button', { name: 'Cancel' }).click()
    await expect(confirm).toHaveCount(0)
    expect(readFileSync(target, 'utf8')).toBe(edited)
  })
})
