// One pass over the body lines that finds real headings (ATX and setext) and bold
// pseudo-headings, skipping the lines inside fenced code, which can never be headings. The
// lines are walked with a cursor, never stored: the body is most of a file.

import { lineCursor, nextLine } from '../parse/lines'
import { parseAtxHeading } from './atx'
import { closesFence, fenceOpening, type FenceOpen } from './fences'
import { parsePseudoHeading, type PseudoHeading } from './pseudo-headings'
import { canBeSetextText, dashUnderlineMayTitle, setextUnderlineLevel } from './setext'

/** Where a heading sits: line index (from the scan's first line) and offsets in the text. */
interface HeadingPlace {
  /** Index of the first heading line (the paragraph text for setext). */
  readonly line: number
  /** Offset of that line's start, and just past the heading's last line (ending included). */
  readonly start: number
  readonly end: number
}

export interface ScannedHeading extends HeadingPlace {
  readonly kind: 'atx' | 'setext'
  readonly level: number
  readonly title: string
}

export interface ScannedPseudoHeading extends HeadingPlace, PseudoHeading {}

export interface BlockScan {
  readonly headings: readonly ScannedHeading[]
  /** Lines outside fenced code that read as bold pseudo-headings, in order (the outline
   *  decides which of them split a section). Found in the same pass: a second walk over the
   *  lines cost as much as this one. */
  readonly pseudoHeadings: readonly ScannedPseudoHeading[]
  /** Index of the line that opened a fence never closed, or -1. */
  readonly unclosedFence: number
  /** How many lines the scanned range has. */
  readonly lineCount: number
}

/** Scans the lines of `text` from `from` (a line start, or just after a BOM) to the end. */
export function scanBlocks(text: string, from: number): BlockScan {
  const headings: ScannedHeading[] = []
  const pseudoHeadings: ScannedPseudoHeading[] = []
  const line = lineCursor(text, from)
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
  for (; nextLine(line); previousStart = line.start, previousContentEnd = line.contentEnd) {
    const { index: i, start, contentEnd } = line
    if (fence) {
      if (closesFence(text, start, contentEnd, fence)) fence = null
      continue
    }
    // Each kind of line is told by its first character after the indent: one look decides
    // which of the (costlier) readers may apply.
    let first = start
    while (first < contentEnd && isBlank(text.charCodeAt(first))) first++
    if (first === contentEnd) {
      inParagraph = false // a blank line
      continue
    }
    const c = text.charCodeAt(first)
    if (first === start && (c === 42 || c === 95 || (c >= 48 && c <= 57))) {
      // `**`, `__` or a digit in column 0: maybe a pseudo-heading (no other block starts so)
      const pseudo = parsePseudoHeading(text, start, contentEnd)
      if (pseudo) pseudoHeadings.push({ kind: pseudo.kind, title: pseudo.title, line: i, start, end: line.end })
    }
    const opening = c === 96 || c === 126 ? fenceOpening(text, start, contentEnd) : null
    if (opening) {
      fence = opening
      fenceLine = i
      inParagraph = false
      continue
    }
    const atx = c === 35 ? parseAtxHeading(text, start, contentEnd) : null
    if (atx) {
      headings.push({ kind: 'atx', level: atx.level, title: atx.title, line: i, start, end: line.end })
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
    headings.push({ kind: 'setext', level: underline, title, line: paragraphLine, start: paragraphStart, end: line.end })
  }
  return { headings, pseudoHeadings, unclosedFence: fence ? fenceLine : -1, lineCount: line.index + 1 }
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
