// A column's folder label is cut from the left (the end of a path says the most), by a
// right-to-left box; the path itself must still read left to right: `.claude`, not `claude.`.
import { expect, test } from './support/fixtures'
import { openGroup } from './support/app-helpers'

const agent = (who: string) => `---\nname: helper\ndescription: helps ${who}\n---\n\n# Helper\n\nHelp ${who}.\n`

test.use({ extraFiles: { 'proj/.claude/agents/helper.md': agent('Claude'), 'proj/.gemini/agents/helper.md': agent('Gemini') } })

test('a folder label that starts with a dot shows the dot first', async ({ app }) => {
  await openGroup(app, 'helper', 2)
  const labels = app.locator('.column-folder')
  await expect(labels).toHaveCount(2)
  for (const label of await labels.all()) {
    await expect(label).toContainText(/^\W*\.(claude|gemini)/)
    // Where the browser draws the dot and the letter after it.
    const [dot, c] = await label.evaluate((el) => {
      // The label's text node, however deep (the e2e code has no DOM types: a shape of its own).
      interface DomNode { readonly nodeType: number; readonly textContent: string | null; readonly childNodes: ArrayLike<DomNode> }
      const textOf = (node: DomNode): DomNode | null => {
        if (node.nodeType === 3) return node
        for (const child of Array.from(node.childNodes)) {
          const found = textOf(child)
          if (found) return found
        }
        return null
      }
      const node = textOf(el as DomNode)!
      const at = node.textContent!.indexOf('.')
      const x = (i: number) => {
        const range = el.ownerDocument.createRange()
        range.setStart(node, i)
        range.setEnd(node, i + 1)
        return range.getBoundingClientRect().left
      }
      return [x(at), x(at + 1)]
    })
    expect(dot).toBeLessThan(c!)
  }
})
