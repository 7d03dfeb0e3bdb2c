// One pass over the body lines that finds real headings (ATX and setext) and bold
// pseudo-headings, skipping the lines inside fenced code, which can never be headings. The
// lines are walked, never stored: the body is most of a file.

import { lineCursor, nextLine } from '../parse/lines'
import { parseAtxHeading } from './atx'
import { closesFence, fenceOpening, type FenceOpen } from './fences'
import { parsePseudoHeading } from './pseudo-headings'
import { sectionDraft, type SectionDraft } from './section-draft'
import { canBeSetextText, dashUnderlineMayTitle, setextUnderlineLevel } from './setext'

export interface BlockScan {
  /** Real headings (ATX, setext) as section drafts: `line` is the index of the first heading
   *  line (the paragraph text for setext) from the scan's first line; `start` that line's
   *  offset; `headingEnd` just past the heading's last line (ending included). */
  readonly headings: SectionDraft[]
  /** Lines outside fenced code that read as bold pseudo-headings, in order, placed the same
   *  way (level 0 until the outline, which decides which of them split a section). Found in
   *  the same pass: a second walk over the lines cost as much as this one. */
  readonly pseudoHeadings: SectionDraft[]
  /** Index of the line that opened a fence never closed, or -1. */
  readonly unclosedFence: number
}

/** Scans the lines of `text` from `from` (a line start, or just after a BOM) to the end.
 *  `firstCr`: where the text's first `\r` is, when the caller knows (see lineCursor). */
export function scanBlocks(text: string, from: number, firstCr = text.indexOf('\r', from)): BlockScan {
  const headings: SectionDraft[] = []
  const pseudoHeadings: SectionDraft[] = []
  const to = text.length
  let fence: FenceOpen | null = null
  let fenceLine = -1
  // Whether the previous line belongs to a run of text lines (a paragraph, list, quote...) that
  // a setext underline might close; whether it really can is checked only when an underline
  // comes (rare), not on every line.
  let inParagraph = false
  let paragraphLine = -1
  let paragraphStart = -1
  let previousStart = -1
  let previousContentEnd = -1
  // The line walk of lines.ts (nextLine) written out: this is the parser's hottest loop, and
  // keeping the line in locals rather than a cursor object is faster (docs/performance.md).
  let cr = firstCr // the next `\r` at or after the current line, or -1 (one before is looked for again)
  let i = -1
  let end: number
  let contentEnd: number
  for (let start = from; start < to; previousStart = start, previousContentEnd = contentEnd, start = end) {
    // An empty line (a fifth of all lines) needs no search for its end.
    const newline = text.charCodeAt(start) === 10 ? start : text.indexOf('\n', start)
    contentEnd = newline === -1 ? to : newline
    end = newline === -1 ? to : newline + 1
    if (cr !== -1 && cr < start) cr = text.indexOf('\r', start)
    if (cr !== -1 && cr < contentEnd) {
      contentEnd = cr // `\r\n`, or a lone `\r` that ends the line by itself
      if (cr + 1 !== newline) end = cr + 1
    }
    i++
    if (fence) {
      if (closesFence(text, start, contentEnd, fence)) fence = null
      continue
    }
    // Each kind of line is told by its first character after the indent: one look decides
    // which of the (costlier) readers may apply, and most lines need none of them.
    let first = start
    while (first < contentEnd && isBlank(text.charCodeAt(first))) first++
    if (first === contentEnd) {
      inParagraph = false // a blank line
      continue
    }
    const c = text.charCodeAt(first)
    if (c >= 128 || PLAIN_START[c] === 1 || (c === 45 && isListItemDash(text, first, contentEnd))) {
      // Text, a list item, a quote, a table row...: it starts or continues a paragraph.
      if (!inParagraph) {
        inParagraph = true
        paragraphLine = i
        paragraphStart = start
      }
      continue
    }
    if (first === start && (c === 42 || c === 95 || (c >= 48 && c <= 57))) {
      // `**`, `__` or a digit in column 0: maybe a pseudo-heading (no other block starts so)
      const pseudo = parsePseudoHeading(text, start, contentEnd)
      if (pseudo) pseudoHeadings.push(sectionDraft(pseudo.title, 0, pseudo.kind, i, start, end))
    }
    const opening = c === 96 || c === 126 ? fenceOpening(text, start, contentEnd) : null
    if (opening) {
      fence = opening
      fenceLine = i
      inParagraph = false
      continue
    }
    const atxTitle = c === 35 ? parseAtxHeading(text, start, contentEnd) : null
    if (atxTitle !== null) {
      let hashes = first
      while (text.charCodeAt(hashes) === 35) hashes++
      headings.push(sectionDraft(atxTitle, hashes - first, 'atx', i, start, end))
      inParagraph = false
      continue
    }
    const underline = c === 61 || c === 45 ? setextUnderlineLevel(text, start, contentEnd) : 0
    if (underline === 0 || (underline === 1 && !inParagraph)) {
      // A text line (`===` with nothing above is text too): it starts or continues a paragraph.
      if (!inParagraph) {
        inParagraph = true
        paragraphLine = i
        paragraphStart = start
      }
      continue
    }
    if (!inParagraph) continue // `---` after a blank line: a thematic break
    if (!isSetextText(text, paragraphStart, start)) continue // under a list, quote, table...: more of it
    inParagraph = false
    if (underline === 2 && !(paragraphLine === i - 1 && dashUnderlineMayTitle(text, previousStart, previousContentEnd))) continue // a rule under prose (see setext.ts)
    const title = setextTitle(text.slice(paragraphStart, previousContentEnd))
    headings.push(sectionDraft(title, underline, 'setext', paragraphLine, paragraphStart, end))
  }
  return { headings, pseudoHeadings, unclosedFence: fence ? fenceLine : -1 }
}

/** ASCII characters no heading, fence, underline or pseudo-heading starts with (after the
 *  indent): one table look sends most lines down the short path. */
const PLAIN_START = (() => {
  const table = new Uint8Array(128).fill(1)
  for (const special of '#`~=-*_0123456789') table[special.charCodeAt(0)] = 0
  return table
})()

/** `- x`: a dash, a space, then text: a list item, never an underline (`---`, `- ` alone). */
function isListItemDash(text: string, dash: number, contentEnd: number): boolean {
  if (dash + 2 >= contentEnd || text.charCodeAt(dash + 1) !== 32) return false
  const next = text.charCodeAt(dash + 2)
  return next !== 32 && next !== 9
}

/** Whether every line in [from, to) can be paragraph text that an underline makes a heading. */
function isSetextText(text: string, from: number, to: number): boolean {
  const line = lineCursor(text, from, to)
  while (nextLine(line)) if (!canBeSetextText(text, line.start, line.contentEnd)) return false
  return true
}

/** The paragraph's lines, each trimmed, joined by single spaces. */
function setextTitle(paragraph: string): string {
  return paragraph.split(/\r\n|\r|\n/).map((part) => part.trim()).join(' ')
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9
}
