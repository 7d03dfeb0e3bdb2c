// The helper that scrolls the virtualised grid to a row waits as long as the test may: on a
// loaded machine frames come slowly, and a pass down a long grid takes more than any fixed limit.
import { alignVariants } from '../shared/engine/align/align-variants'
import { parseDocument } from '../shared/engine/parse/parse-document'
import { readFileSync } from 'node:fs'
import { expect, test } from './support/fixtures'
import { exportRecipe, openGroup, revealRow } from './support/app-helpers'

declare const window: { requestAnimationFrame: (callback: (time: number) => void) => number; setTimeout: (callback: () => void, ms: number) => number }

test('revealRow reaches the last row of a long grid when every frame comes 250 ms late', async ({ app }) => {
  test.setTimeout(150_000)
  await openGroup(app)
  const recipe = await exportRecipe(app)
  const docs = recipe.sources.map((s) => parseDocument(readFileSync(s.path, 'utf8'), s.path))
  const last = alignVariants(docs).rows.at(-1)!
  // A pass down this grid (~23,000 px, ~45 steps of two frames) now takes over 20 s.
  await app.evaluate(() => {
    const frame = window.requestAnimationFrame.bind(window)
    window.requestAnimationFrame = (callback) => window.setTimeout(() => frame(callback), 250)
  })
  await revealRow(app, last.id)
  await expect(app.locator(`[data-row-id="row:${last.id}"]`)).toBeInViewport()
})
