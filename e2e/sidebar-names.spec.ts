// Long file names in the sidebar (and the compare columns) are cut in the middle, the "…" right against the end of the
// name: no gap after it (CSS text-overflow left the rest of the head's box empty), no space
// before it, and the whole name still in the row's accessible name and tooltip.
import { expect, snapshot, test } from './support/fixtures'

const agent = (name: string): string => `---\nname: ${name}\ndescription: An agent with a long file name\n---\n# Agent\n\nBody.\n`
const NAMES = [
  'code-reviewer-for-typescript-and-react-projects-from-the-awesome-collection-v2.md',
  'code reviewer with spaces in its very long file name taken from somewhere v3.md',
  'code_reviewer_underscored_name_which_is_also_rather_long_indeed_v4.md',
]

interface PageElement {
  textContent: string | null
  readonly style: { position: string }
  getAttribute(name: string): string | null
  append(child: PageElement): void
  remove(): void
  getBoundingClientRect(): { readonly width: number }
}
declare const document: { createElement(tag: string): PageElement }

test.use({ extraFiles: Object.fromEntries(NAMES.map((name) => [`reviewers/${name}`, agent('code-reviewer')])) })

test('a long file name is cut in the middle with no gap after the "…"', async ({ app }) => {
  await app.getByRole('treeitem', { name: /^code-reviewer, 3 variants/ }).click()
  for (const name of NAMES) {
    const row = app.getByRole('treeitem', { name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}, reviewers`) })
    await expect(row).toHaveAttribute('title', new RegExp(`${name.replace(/\./g, '\\.')}$`))
    const shown = row.locator('.tree-file-name')
    await expect(shown).toHaveAttribute('data-shown', /…/)
    const text = (await shown.getAttribute('data-shown'))!
    const [head, tail] = text.split('…') as [string, string]
    expect(name.startsWith(head), `${text} starts like ${name}`).toBe(true)
    expect(name.endsWith(tail), `${text} ends like ${name}`).toBe(true)
    expect(head).not.toMatch(/[\s_.-]$/)
    // The text fills its box to within one character: nothing empty between "…" and the tail.
    const { box, textWidth } = await shown.evaluate((el) => {
      const probe = document.createElement('span')
      probe.textContent = el.getAttribute('data-shown')
      probe.style.position = 'absolute' // as wide as its text, in the box's own font
      el.append(probe)
      const textWidth = probe.getBoundingClientRect().width
      probe.remove()
      return { box: el.getBoundingClientRect().width, textWidth }
    })
    expect(textWidth).toBeLessThanOrEqual(box)
    expect(box - textWidth).toBeLessThan(12)
  }
  // The compare columns cut their file names the same way.
  for (const header of await app.getByRole('columnheader').all()) await expect(header.locator('.column-file')).toHaveAttribute('data-shown', /^[^\s_.-]+(?:[\s_-][^\s_.-]+)*…/)
  await snapshot(app, 'sidebar-long-names')
})
