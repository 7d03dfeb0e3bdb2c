// A file whose frontmatter strict YAML rejects (no closing ---, a `*` value, `: ` in a plain
// description) still loads: it is listed with a problem mark, its diagnostic names the line, and
// it can be compared.
import { expect, snapshot, test } from './support/fixtures'

const BROKEN = [
  '---',
  'name: broken-helper',
  'description: Use this agent when: things break: often',
  'tools: *',
  '# Broken Helper',
  '',
  'You fix things.',
  '',
  '## Steps',
  '',
  '1. Look.',
  '',
].join('\n')

test.use({ extraFiles: { 'team/.claude/agents/broken-helper.md': BROKEN, 'other/.claude/agents/broken-helper.md': BROKEN.replace('You fix things.', 'You repair things.') } })

test('a file with broken frontmatter shows its diagnostic and still loads', async ({ app }) => {
  const group = app.getByRole('treeitem', { name: /^broken-helper, 2 variants/ })
  await expect(group).toBeVisible()
  const file = app.getByRole('treeitem', { name: /^broken-helper\.md, .*team/ })
  await expect(file).toBeVisible()
  // The problem mark carries the diagnostic on hover.
  const mark = file.locator('.problem-mark')
  await expect(mark).toBeVisible()
  expect(await mark.getAttribute('title')).toBeTruthy()

  // Clicking the file shows every diagnostic with its line in the details panel, in the middle of
  // the window while no group is open (with the keys and the outline), at a readable width.
  await file.click()
  const details = app.getByRole('main').getByRole('region', { name: 'File details' })
  await expect(details).toContainText('Strict YAML rejects this frontmatter')
  await expect(details).toContainText(/line \d+/)
  await expect(details.getByRole('region', { name: 'Frontmatter keys' })).toContainText('description')
  await expect(details.getByRole('region', { name: 'Outline' })).toContainText('Steps')
  const width = (await details.boundingBox())!.width
  const sidebarWidth = (await app.getByRole('complementary', { name: 'Agent files' }).boundingBox())!.width
  expect(width).toBeGreaterThan(2 * sidebarWidth)
  await snapshot(app, '04-broken-file-details')

  // An open group takes the middle: the details go back under the sidebar's list.
  await group.click()
  await expect(app.getByRole('columnheader')).toHaveCount(2)
  await expect(app.locator('.result-pane[data-ready="true"]')).toBeVisible()
  await expect(app.getByRole('complementary', { name: 'Agent files' }).getByRole('region', { name: 'File details' })).toContainText('Strict YAML rejects this frontmatter')
  await expect(app.getByRole('main').getByRole('region', { name: 'File details' })).toHaveCount(0)
})
