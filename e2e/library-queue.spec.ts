// The library queue, by keyboard only: open a group with its proposal and merge it, keep one,
// rename one, apply the proposals to the rest, then undo everything — checking the files on disk
// after every step, and at the end the tree byte for byte.
import { spawnSync } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import type { Page } from '@playwright/test'
import { parseDocument } from '../shared/engine/parse/parse-document'
import { expect, snapshot, test } from './support/fixtures'
import { openQueue } from './support/app-helpers'

const agent = (name: string, who: string, extra: string) =>
  `---\nname: ${name}\ndescription: ${name} as ${who} wrote it\nmodel: sonnet\n---\n\n# ${name}\n\nYou are the ${name}.\n\n${extra}\n`

const EXTRA = {
  // Two files defining one name inside one project's agents folder: a live collision.
  'project/.claude/agents/api-designer.md': agent('api-designer', 'the team', '## Rules\n\n- version every endpoint'),
  'project/.claude/agents/more/api-designer.md': agent('api-designer', 'a colleague', '## Errors\n\nUse problem+json for every error response.'),
  'wshobson/agents/code-reviewer.md': agent('code-reviewer', 'wshobson', '## Checklist\n\n- tests pass'),
  'voltagent/agents/code-reviewer.md': agent('code-reviewer', 'voltagent', '## Security\n\nLook for secrets in the diff.'),
  'wshobson/agents/debugger.md': agent('debugger', 'wshobson', '## Steps\n\nReproduce first.'),
  'voltagent/agents/debugger.md': agent('debugger', 'voltagent', '## Steps\n\nReproduce, then bisect.'),
  'wshobson/agents/test-writer.md': agent('test-writer', 'wshobson', '## Style\n\nOne behaviour per test.'),
  'voltagent/agents/test-writer.md': agent('test-writer', 'voltagent', '## Fixtures\n\nReal files over mocks.'),
}

test.use({ extraFiles: EXTRA })

/** Every file under root with its bytes (base64), decisions folder aside. */
function tree(root: string): Record<string, string> {
  const out: Record<string, string> = {}
  for (const e of readdirSync(root, { recursive: true, withFileTypes: true })) {
    const path = join(e.parentPath, e.name)
    if (e.isFile() && !relative(root, path).startsWith('.agent-merge/')) out[relative(root, path)] = readFileSync(path).toString('base64')
  }
  return out
}

/** Agent files (archives and decisions aside) whose path contains `name`. */
function agentFiles(root: string, name: string): string[] {
  return Object.keys(tree(root))
    .filter((p) => p.includes(name) && !p.includes('.agent-merge-archive'))
    .sort()
}

async function expectResolved(app: Page, n: number, total: number): Promise<void> {
  // Each step reads the folder again: slow on a loaded machine.
  await expect(app.getByText(`${n} of ${total} resolved`).first()).toBeVisible({ timeout: 30_000 })
  // The count shows once the files are written; the step ends when the folder is read again and
  // its progress line goes. A key pressed before then is refused (the race that failed this
  // test once in CI: `a` pressed while the rename's step was still reading the folder).
  await expect(app.locator('.library-busy')).toHaveCount(0, { timeout: 30_000 })
}

async function optionNames(app: Page): Promise<string[]> {
  return (await app.getByRole('listbox', { name: /Duplicate groups/ }).getByRole('option').evaluateAll((els) => els.map((e) => e.textContent ?? ''))).map((l) => l.split(',')[0]!)
}


/** code-reviewer merged as proposed from the queue (m), then every other group (a, Enter). */
async function acceptThenApplyRest(app: Page, root: string): Promise<void> {
  await app.keyboard.press('ArrowDown')
  await app.keyboard.press('ArrowDown')
  await app.keyboard.press('m')
  await expectResolved(app, 1, 5)
  expect(agentFiles(root, 'code-reviewer')).toHaveLength(1)
  await app.keyboard.press('a')
  // Enter before the preview shows would open the group under the cursor instead.
  await expect(app.getByTestId('apply-preview-dialog').getByRole('button', { name: /^Merge \d+ groups$/ })).toBeFocused({ timeout: 30_000 })
  await app.keyboard.press('Enter')
  await expectResolved(app, 5, 5)
}

test('walk the queue by keyboard: merge a proposal, keep one, rename one, apply the rest, undo all', async ({ app, workspace }) => {
  test.setTimeout(120_000)
  const root = workspace.root
  const before = tree(root)
  const queue = await openQueue(app)
  await expectResolved(app, 0, 5)
  await expect(queue.getByRole('option')).toHaveCount(5)
  const apiDesigner = app.getByRole('option', { name: /^api-designer, to do, 2 files, collision in one tool folder/ })
  await expect(apiDesigner).toHaveAttribute('aria-selected', 'true')
  await expect(apiDesigner).toContainText('one of these, by read order')
  await snapshot(app, 'library-queue')

  // 1. api-designer: open it (Enter), pre-filled with the proposal; merge as shown (Shift+M).
  await app.keyboard.press('Enter')
  await expect(app.locator('.result-pane[data-ready="true"]')).toBeVisible()
  const bar = app.getByRole('region', { name: 'Resolve api-designer' })
  await expect(bar).toContainText('all picks as proposed')
  // The bar says where the proposal starts; the plain workspace's note ("rows it lacks are
  // undecided") would contradict it: every row is decided.
  await expect(bar).toContainText(/Proposal: starts from \d, api-designer\.md: the most complete variant/)
  await expect(app.getByTestId('base-note')).toHaveCount(0)
  await expect(app.locator('.proposal-mark-proposed').first()).toBeVisible()
  await app.keyboard.press('Shift+M')
  await expect(queue).toBeFocused({ timeout: 30_000 }) // written and read again first
  await expectResolved(app, 1, 5)
  const merged = agentFiles(root, 'api-designer')
  expect(merged).toHaveLength(1)
  const mergedText = readFileSync(join(root, merged[0]!), 'utf8')
  expect(mergedText).toContain('## Rules')
  expect(mergedText).toContain('## Errors')
  expect(parseDocument(mergedText, merged[0]!).frontmatterMode).toBe('strict')

  // 2. The cursor moved on to backend-architect; down to code-reviewer: keep the second (o).
  await expect(app.getByRole('option', { name: /^backend-architect, to do/ })).toHaveAttribute('aria-selected', 'true')
  await app.keyboard.press('ArrowDown')
  await expect(app.getByRole('option', { name: /^code-reviewer, to do/ })).toHaveAttribute('aria-selected', 'true')
  await app.keyboard.press('o')
  const keep = app.getByTestId('keep-one-dialog')
  // Keys go where the focus is: into the dialog once it has it (before, they moved the queue's
  // cursor behind it, and the first variant was kept).
  await expect(keep.getByRole('radio').first()).toBeFocused()
  await app.keyboard.press('ArrowDown') // the second variant's radio
  await expect(keep.getByRole('radio').nth(1)).toBeChecked()
  await app.keyboard.press('Enter')
  await expect(keep).toBeHidden()
  await expectResolved(app, 2, 5)
  const kept = agentFiles(root, 'code-reviewer')
  expect(kept).toEqual(['wshobson/agents/code-reviewer.md'])
  expect(readFileSync(join(root, kept[0]!), 'base64')).toBe(before['wshobson/agents/code-reviewer.md'])

  // 3. The cursor went on in the order shown (test-writer's variants differ more than
  // debugger's); down to debugger: rename both (r), unique names in `name` and the file names.
  await expect(app.getByRole('option', { name: /^test-writer, to do/ })).toHaveAttribute('aria-selected', 'true')
  await app.keyboard.press('ArrowDown')
  await expect(app.getByRole('option', { name: /^debugger, to do/ })).toHaveAttribute('aria-selected', 'true')
  await app.keyboard.press('r')
  const rename = app.getByTestId('rename-dialog')
  await expect(rename).toContainText('voltagent-debugger')
  await expect(rename.getByRole('button', { name: 'Rename 2 files' })).toBeFocused()
  await app.keyboard.press('Enter')
  await expect(rename).toBeHidden()
  await expectResolved(app, 3, 5)
  expect(agentFiles(root, 'debugger')).toEqual(['voltagent/agents/voltagent-debugger.md', 'wshobson/agents/wshobson-debugger.md'])
  expect(readFileSync(join(root, 'wshobson/agents/wshobson-debugger.md'), 'utf8')).toContain('name: wshobson-debugger\n')

  // 4. Apply the proposals to the remaining two groups (a): preview, one confirmation.
  await app.keyboard.press('a')
  const preview = app.getByTestId('apply-preview-dialog')
  await expect(preview.getByRole('row')).toHaveCount(3) // header + backend-architect + test-writer
  await snapshot(app, 'library-apply-preview')
  await expect(preview.getByRole('button', { name: 'Merge 2 groups' })).toBeFocused()
  await app.keyboard.press('Enter')
  await expect(preview).toBeHidden()
  await expectResolved(app, 5, 5)
  expect(agentFiles(root, 'test-writer')).toHaveLength(1)
  expect(agentFiles(root, 'backend-architect/')).toHaveLength(1)
  await expect(app.getByRole('option', { name: /^test-writer, merged/ })).toBeVisible()

  // 5. Undo every step with Ctrl/Cmd+Z in the queue, last first: the tree is back byte for byte.
  await expect(queue).toBeFocused()
  for (const left of [3, 2, 1, 0]) {
    await app.keyboard.press('Control+z')
    await expectResolved(app, left, 5)
  }
  await expect.poll(() => tree(root)).toEqual(before)
})

test('decisions survive a reload', async ({ app, workspace }) => {
  test.setTimeout(120_000)
  const root = workspace.root
  await openQueue(app)
  await acceptThenApplyRest(app, root)
  expect(readdirSync(join(root, '.agent-merge', 'recipes')).sort()).toEqual(['api-designer.json', 'backend-architect.json', 'code-reviewer.json', 'debugger.json', 'test-writer.json'])
  await app.reload()
  await openQueue(app)
  await expectResolved(app, 5, 5)
  await expect(app.getByRole('option', { name: /^code-reviewer, merged/ })).toBeVisible()
})

test('Undo all puts every file back byte for byte', async ({ app, workspace }) => {
  test.setTimeout(120_000)
  const root = workspace.root
  const before = tree(root)
  await openQueue(app)
  await acceptThenApplyRest(app, root)
  expect(tree(root)).not.toEqual(before)
  await app.getByRole('button', { name: 'Undo all' }).click()
  await app.getByTestId('undo-all-dialog').getByRole('button', { name: 'Undo all' }).click()
  await expectResolved(app, 0, 5)
  expect(tree(root)).toEqual(before)
})

test('the queue shows the biggest problems first, sorts by a keyboard control, and "next to do" follows the order shown', async ({ app }) => {
  test.setTimeout(120_000)
  const queue = await openQueue(app)
  await expectResolved(app, 0, 5)
  // A live collision first, then the group with the most variants, then the less alike.
  const byProblem = await optionNames(app)
  expect(byProblem).toEqual(['api-designer', 'backend-architect', 'code-reviewer', 'test-writer', 'debugger'])
  // The sort control, by keyboard: Shift+Tab from the list reaches it.
  await app.keyboard.press('Shift+Tab')
  const sort = app.getByRole('combobox', { name: 'Sort' })
  await expect(sort).toBeFocused()
  await sort.selectOption({ label: 'Name (A to Z)' })
  await expect.poll(() => optionNames(app)).toEqual(['api-designer', 'backend-architect', 'code-reviewer', 'debugger', 'test-writer'])
  await sort.selectOption({ label: 'Most variants first' })
  await expect.poll(async () => (await optionNames(app))[0]).toBe('backend-architect')
  await sort.selectOption({ label: 'Biggest problems first' })
  await expect.poll(() => optionNames(app)).toEqual(byProblem)
  // n opens the next group to do after the cursor (on the first) in that order.
  await queue.focus()
  await app.keyboard.press('n')
  await expect(app.getByRole('region', { name: `Resolve ${byProblem[1]}` })).toBeVisible()
})

test('one history on disk: the app lists a command-line consolidate run and undoes it byte for byte', async ({ app, workspace }) => {
  test.setTimeout(120_000)
  const root = workspace.root
  const before = tree(root)
  await openQueue(app)
  await expectResolved(app, 0, 5)
  // `agent-merge consolidate` in place, from outside the app, limited to one group.
  const cli = spawnSync(process.execPath, ['bin/agent-merge.cjs', 'consolidate', root, '--only', 'debugger', '--json'], { encoding: 'utf8' })
  expect(cli.status, cli.stderr).toBe(0)
  const { archiveId } = JSON.parse(cli.stdout) as { archiveId: string }
  expect(agentFiles(root, 'debugger')).toHaveLength(1)
  await app.getByRole('button', { name: 'Rescan the opened folders' }).click()
  await expect(app.getByRole('option', { name: /^debugger/ })).toHaveCount(0, { timeout: 30_000 })
  await app.getByRole('listbox', { name: /Duplicate groups/ }).focus()
  await app.keyboard.press('h')
  const history = app.getByTestId('history-dialog')
  const step = history.getByRole('listitem').filter({ hasText: archiveId })
  await expect(step).toContainText('agent-merge consolidate (command line)')
  await snapshot(app, 'library-history')
  await step.getByRole('button', { name: /^Undo / }).click()
  await expect(history.getByText('No step was written in the opened folders')).toBeVisible({ timeout: 30_000 })
  await app.keyboard.press('Escape')
  await expect(app.getByRole('option', { name: /^debugger, to do/ })).toBeVisible({ timeout: 30_000 })
  expect(tree(root)).toEqual(before)
})

test('at 1280x800 the queue takes the empty result pane\'s width: one header line, filters and sort on one line', async ({ app }) => {
  test.setTimeout(120_000)
  await app.setViewportSize({ width: 1280, height: 800 })
  await openQueue(app)
  await expect(app.locator('.result-region')).toHaveCount(0)
  const header = await app.locator('.library-header').boundingBox()
  expect(header!.height).toBeLessThan(48)
  const sort = await app.getByRole('combobox', { name: 'Sort' }).boundingBox()
  const lastFilter = await app.getByRole('radio', { name: /Large differences/ }).boundingBox()
  expect(Math.abs(sort!.y + sort!.height / 2 - (lastFilter!.y + lastFilter!.height / 2))).toBeLessThan(6)
  // Opening a group brings the result pane back.
  await app.keyboard.press('Enter')
  await expect(app.locator('.result-pane[data-ready="true"]')).toBeVisible({ timeout: 30_000 })
})
