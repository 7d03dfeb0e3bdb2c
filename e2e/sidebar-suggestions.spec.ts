// A long chain of possible duplicates (the corpus joins a dozen security-auditor files under
// seven names) shows its first two names and a "Show N more" button, so it does not take half the
// sidebar; the button works by keyboard and passes axe in both themes.
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { expect, test } from './support/fixtures'
import { seriousViolations } from './support/axe'

const CORPUS = join(process.cwd(), '..', 'shared', 'corpus')

function corpusFiles(): Record<string, string> {
  const files: Record<string, string> = {}
  for (const e of readdirSync(CORPUS, { recursive: true, withFileTypes: true })) {
    const path = join(e.parentPath, e.name)
    if (e.isFile() && /\.(md|mdc)$/.test(e.name)) files[join('corpus', relative(CORPUS, path))] = readFileSync(path, 'utf8')
  }
  return files
}

test.use({ extraFiles: corpusFiles() })

for (const theme of ['light', 'dark'] as const) {
  test(`a long chain of possible duplicates is folded to its first names, ${theme} theme`, async ({ app }) => {
    test.setTimeout(120_000)
    await app.emulateMedia({ colorScheme: theme })
    const tree = app.getByRole('tree', { name: 'Agent files' })
    const named = tree.getByRole('treeitem', { name: /^Possible duplicates: security-auditor ≈ mcp-security-auditor ≈ … Show \d+ more name adds a qualifier: mcp/ })
    await expect(named).toBeVisible({ timeout: 60_000 })
    // Its name changes as it unfolds: held by its row id from here on.
    const chain = tree.locator(`[data-row="${await named.getAttribute('data-row')}"]`)
    // The names the chain joins, as the corpus has them (the files' `name`s).
    const names = ['security-auditor', 'mcp-security-auditor', 'backend-development-security-auditor', 'comprehensive-review-security-auditor', 'full-stack-orchestration-security-auditor', 'security-compliance-security-auditor', 'security-scanning-security-auditor']

    // Folded: two names, then a button that says how many more.
    const shown = chain.locator('.suggestion-files > span:not(.sr-only)')
    await expect(shown).toHaveText(`${names.slice(0, 2).join(' ≈ ')} ≈ …`)
    const more = chain.getByRole('button', { name: `Show ${names.length - 2} more` })
    await expect(more).toHaveAttribute('aria-expanded', 'false')
    const sidebar = (await tree.boundingBox())!
    const folded = (await chain.boundingBox())!
    // Whole, the chain took 256 px of this 810 px tree; folded, about as much as a short one.
    expect(folded.height).toBeLessThan(sidebar.height / 6)
    await app.locator('.sidebar').screenshot({ path: `e2e-artifacts/sidebar-suggestions-${theme}.png` })
    expect(await seriousViolations(app)).toEqual([])

    // By keyboard: from the suggestion, Tab reaches the button; Enter shows every name, again folds.
    await chain.focus()
    await app.keyboard.press('Tab')
    await expect(more).toBeFocused()
    await app.keyboard.press('Enter')
    const fewer = chain.getByRole('button', { name: 'Show fewer' })
    await expect(fewer).toBeFocused()
    await expect(fewer).toHaveAttribute('aria-expanded', 'true')
    await expect(shown).toHaveText(names.join(' ≈ '))
    expect((await chain.boundingBox())!.height).toBeGreaterThan(folded.height)
    await app.locator('.sidebar').screenshot({ path: `e2e-artifacts/sidebar-suggestions-${theme}-open.png` })
    expect(await seriousViolations(app)).toEqual([])
    await app.keyboard.press('Space')
    await expect(more).toBeFocused()
    await expect(shown).toHaveText(`${names.slice(0, 2).join(' ≈ ')} ≈ …`)
  })
}
