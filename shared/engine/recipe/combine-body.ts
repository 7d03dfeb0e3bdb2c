// Combining same-titled sections under one heading: the list items a later variant repeats word
// for word are left out, so near-identical copies combine into one list without duplicates.
// Only single-line items outside code fences are dropped (an item with indented lines below it
// carries more than its line); prose, code and everything else is kept as written.

const FENCE = /^ {0,3}(`{3,}|~{3,})/
const ITEM = /^\s*(?:[-*+]|\d+[.)])\s+\S/

/** Normalised list-item lines of a text (outside code fences), to compare later bodies with. */
export function listItemLines(text: string): Set<string> {
  const items = new Set<string>()
  eachLine(text, (line, _, isItem) => {
    if (isItem) items.add(normalised(line))
  })
  return items
}

/** The body without the single-line list items already in `written` (which it then extends with
 *  the body's own items). Line endings are kept as they are. */
export function withoutRepeatedItems(body: string, written: Set<string>): string {
  const lines = body.split(/(?<=\n)/)
  const kept: string[] = []
  eachLine(body, (line, index, isItem) => {
    const key = normalised(line)
    const next = lines[index + 1]
    const continues = next !== undefined && next.trim() !== '' && indent(next) > indent(line)
    if (isItem && !continues && written.has(key)) return
    kept.push(lines[index]!)
  })
  for (const line of kept) if (ITEM.test(line)) written.add(normalised(line))
  return kept.join('')
}

function eachLine(text: string, visit: (line: string, index: number, isItem: boolean) => void): void {
  let fence: string | null = null
  text.split(/(?<=\n)/).forEach((raw, index) => {
    const line = raw.replace(/\r?\n$/, '')
    const marker = FENCE.exec(line)?.[1]
    if (fence === null && marker) fence = marker[0]!.repeat(marker.length)
    else if (fence !== null && marker && marker.startsWith(fence)) {
      visit(line, index, false)
      fence = null
      return
    }
    visit(line, index, fence === null && ITEM.test(line))
  })
}

function normalised(line: string): string {
  return line.trim().replace(/\s+/g, ' ')
}

function indent(line: string): number {
  return /^[ \t]*/.exec(line)![0].replace(/\t/g, '    ').length
}
