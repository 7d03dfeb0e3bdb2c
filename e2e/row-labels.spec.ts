// Row bands say what a row's heading line is: `##` only for Markdown headings; a bold line or a
// numbered bold item that the parser treats as a heading is marked as such.
import { readFileSync } from 'node:fs'
import { alignVariants } from '../shared/engine/align/align-variants'
import { parseDocument } from '../shared/engine/parse/parse-document'
import type { SectionKind } from '../shared/engine/model'
import { expect, test } from './support/fixtures'
import { exportRecipe, openGroup, revealRow } from './support/app-helpers'

test('bold pseudo-headings and numbered bold items are not labelled as # headings', async ({ app }) => {
  await openGroup(app)
  const recipe = await exportRecipe(app)
  const docs = recipe.sources.map((s) => parseDocument(readFileSync(s.path, 'utf8'), s.path))
  const rows = alignVariants(docs).rows
  const kindOf = (row: (typeof rows)[number]): SectionKind | undefined => docs[row.reference]!.sections[row.cells[row.reference]!]?.kind
  const expected: Record<string, { mark: string; title: RegExp }> = {
    bold: { mark: '**', title: /bold line used as a heading/ },
    item: { mark: '1.', title: /list item with a bold title/ },
    atx: { mark: '#', title: /Markdown heading/ },
  }
  for (const [kind, want] of Object.entries(expected)) {
    const row = rows.find((r) => kindOf(r) === kind)
    expect(row, `a ${kind} row in the example group`).toBeDefined()
    await revealRow(app, row!.id)
    const mark = app.locator(`[data-row-id="row:${row!.id}"] .level-mark`)
    await expect(mark).toHaveText(kind === 'atx' ? '#'.repeat(row!.level) : want.mark)
    await expect(mark).toHaveAttribute('title', want.title)
  }
})

test('the variant the merge starts from is in view, with one line saying why', async ({ app }) => {
  // Narrow enough that the grid shows two or three of the five columns.
  await app.setViewportSize({ width: 1024, height: 768 })
  await openGroup(app)
  const base = (await exportRecipe(app)).base!
  expect(base).toBeGreaterThan(0)
  await expect(app.locator(`[role="columnheader"][data-variant="${base}"]`)).toBeInViewport({ ratio: 0.9 })
  await expect(app.getByTestId('base-note')).toHaveText(new RegExp(`^Starts from variant ${base + 1}, .*\\.md: the most complete \\(\\d+ sections, [\\d,]+ characters\\)`))
})
