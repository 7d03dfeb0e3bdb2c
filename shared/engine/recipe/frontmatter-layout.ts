// The pieces of a variant's frontmatter block as written: the opening line, each entry with the
// comment or blank lines just above it, the lines after the last entry, the closing line.
// Concatenated they give the block back exactly (used to reproduce a variant byte for byte).

import type { AgentDocument, FrontmatterEntry } from '../model'

export interface FrontmatterLayout {
  readonly open: string
  /** Per entry (same order as `frontmatter.entries`): the lines between the previous entry and
   *  this one; '' when there are none or the entry's source could not be located. */
  readonly leading: readonly string[]
  readonly tail: string
  /** The closing delimiter line with its line ending ('' when the block is not closed). */
  readonly close: string
  /** Whether the pieces and the entries' raw text rebuild the block exactly. */
  readonly exact: boolean
}

export function frontmatterLayout(doc: AgentDocument): FrontmatterLayout | null {
  const fm = doc.frontmatter
  if (!fm) return null
  const block = doc.text.slice(fm.start, fm.end)
  const openEnd = lineEnd(block, 0)
  const open = block.slice(0, openEnd)
  const closeStart = fm.closed ? lastLineStart(block) : block.length
  const close = block.slice(closeStart)
  const leading: string[] = []
  let cursor = openEnd
  let exact = true
  for (const entry of fm.entries) {
    // The raw text may also occur inside a line above it (`# name: x` above `name: x`).
    let at = block.indexOf(entry.raw, cursor)
    while (at > 0 && !isLineStart(block, at)) at = block.indexOf(entry.raw, at + 1)
    if (at < 0 || at + entry.raw.length > closeStart) {
      exact = false
      leading.push('')
      continue
    }
    leading.push(block.slice(cursor, at))
    cursor = at + entry.raw.length
  }
  const tail = block.slice(cursor, closeStart)
  return { open, leading, tail, close, exact: exact && open + entriesWithLeading(fm.entries, leading) + tail + close === block }
}

function entriesWithLeading(entries: readonly FrontmatterEntry[], leading: readonly string[]): string {
  return entries.map((entry, i) => leading[i] + entry.raw).join('')
}

function lineEnd(text: string, from: number): number {
  const newline = text.indexOf('\n', from)
  return newline < 0 ? text.length : newline + 1
}

function lastLineStart(block: string): number {
  const body = block.endsWith('\n') ? block.slice(0, block.endsWith('\r\n') ? -2 : -1) : block
  return body.lastIndexOf('\n') + 1
}

function isLineStart(text: string, offset: number): boolean {
  return offset === 0 || text[offset - 1] === '\n'
}
