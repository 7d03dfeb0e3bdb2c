// One pass over the body lines that finds real headings (ATX and setext) and marks the lines
// inside fenced code, which can never be headings.

import type { LineTable } from '../parse/lines'
import { lineContentEnd, lineStart } from '../parse/lines'
import { parseAtxHeading } from './atx'
import { closesFence, fenceOpening, type FenceOpen } from './fences'
import { canBeSetextText, dashUnderlineMayTitle, setextUnderlineLevel } from './setext'

export interface ScannedHeading {
  readonly kind: 'atx' | 'setext'
  readonly level: number
  readonly title: string
  /** Index of the first heading line (the paragraph text for setext) and of the last one. */
  readonly firstLine: number
  readonly lastLine: number
}

export interface BlockScan {
  readonly headings: readonly ScannedHeading[]
  /** Fenced code blocks as pairs of line indices, first and last (fence lines included), in
   *  order; an unclosed fence runs to the last line. Pairs rather than a mark per line: most
   *  bodies have a few fences, and a typed array per body cost more to allocate than the scan. */
  readonly fences: readonly number[]
  /** Index of the line that opened a fence never closed, or -1. */
  readonly unclosedFence: number
}

export function scanBlocks(text: string, lines: LineTable): BlockScan {
  const headings: ScannedHeading[] = []
  const fences: number[] = []
  let fence: FenceOpen | null = null
  let fenceLine = -1
  // 'none' between blocks; 'text' inside a paragraph a setext underline can close; 'other'
  // inside a list item, quote, table or indented code, which it cannot.
  let block: 'none' | 'text' | 'other' = 'none'
  let paragraphStart = -1
  for (let i = 0; i < lines.count; i++) {
    const start = lineStart(lines, i)
    const contentEnd = lineContentEnd(lines, i)
    if (fence) {
      if (closesFence(text, start, contentEnd, fence)) {
        fence = null
        fences.push(i)
      }
      continue
    }
    // Each kind of line is told by its first character after the indent: one look decides
    // which of the (costlier) readers may apply.
    let first = start
    while (first < contentEnd && isBlank(text.charCodeAt(first))) first++
    if (first === contentEnd) {
      block = 'none' // a blank line
      continue
    }
    const c = text.charCodeAt(first)
    const opening = c === 96 || c === 126 ? fenceOpening(text, start, contentEnd) : null
    if (opening) {
      fence = opening
      fenceLine = i
      fences.push(i)
      block = 'none'
      continue
    }
    const atx = c === 35 ? parseAtxHeading(text, start, contentEnd) : null
    if (atx) {
      headings.push({ kind: 'atx', level: atx.level, title: atx.title, firstLine: i, lastLine: i })
      block = 'none'
      continue
    }
    const underline = c === 61 || c === 45 ? setextUnderlineLevel(text, start, contentEnd) : 0
    if (underline === 2 && block === 'text' && !(paragraphStart === i - 1 && dashUnderlineMayTitle(text, lineStart(lines, i - 1), lineContentEnd(lines, i - 1)))) {
      block = 'none' // a rule under prose, not an underline (see setext.ts)
      continue
    }
    if (underline !== 0 && block === 'text') {
      const parts: string[] = []
      for (let k = paragraphStart; k < i; k++) parts.push(text.slice(lineStart(lines, k), lineContentEnd(lines, k)).trim())
      const title = parts.join(' ')
      headings.push({ kind: 'setext', level: underline, title, firstLine: paragraphStart, lastLine: i })
      block = 'none'
      continue
    }
    if (underline === 2 && block === 'none') continue // a thematic break
    if (block === 'none') {
      block = canBeSetextText(text, start, contentEnd) ? 'text' : 'other'
      paragraphStart = i
    } else if (block === 'text' && !canBeSetextText(text, start, contentEnd)) block = 'other'
  }
  if (fence) fences.push(lines.count - 1)
  return { headings, fences, unclosedFence: fence ? fenceLine : -1 }
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9
}
