// The fence a body leaves open, found by searching for fence markers instead of walking every
// line: what a listing needs of the outline (scanBlocks finds the same fence while it reads the
// headings, which a listing does not show). A fence opens and closes only on a line whose first
// characters after spaces and tabs are ``` or ~~~, so the lines between markers are never looked at.

import { lineCursor, nextLine } from '../parse/lines'
import { closesFence, fenceOpening, type FenceOpen } from './fences'

/** Index of the line (counted from the line at `from`, a line start) that opens a fence never
 *  closed, or -1: scanBlocks' `unclosedFence` for the same text and `from`. Each search only
 *  moves forward, so a text full of markers is still read in one pass. */
export function unclosedFenceLine(text: string, from: number): number {
  // The next of each needle found so far (NOT_SEARCHED before the first search), in locals
  // rather than a searcher object each: this runs once for every file a folder scan lists.
  let backticks = NOT_SEARCHED
  let tildes = NOT_SEARCHED
  let newline = NOT_SEARCHED
  let cr = NOT_SEARCHED
  let open: FenceOpen | null = null
  let openedAt = -1 // start of the line that opened `open`
  let at = from
  for (;;) {
    // A closing line starts with the fence's character (as many as opened it: closesFence checks).
    if (open === null || open.char === '`') backticks = nextAt(text, '```', at, backticks)
    if (open === null || open.char !== '`') tildes = nextAt(text, '~~~', at, tildes)
    const marker = open === null ? firstOf(backticks, tildes) : open.char === '`' ? backticks : tildes
    if (marker === -1) break
    const start = lineStartBefore(text, from, marker)
    if (start === -1) {
      at = marker + 1
      continue
    }
    newline = nextAt(text, '\n', marker, newline)
    cr = nextAt(text, '\r', marker, cr)
    const ending = firstOf(newline, cr)
    const contentEnd = ending === -1 ? text.length : ending
    if (open === null) {
      open = fenceOpening(text, start, contentEnd)
      openedAt = start
    } else if (closesFence(text, start, contentEnd, open)) open = null
    at = contentEnd + 1 // the next line (or its `\n` after a `\r`, which starts no marker)
  }
  return open === null ? -1 : lineIndexOf(text, from, openedAt)
}

const NOT_SEARCHED = -2

/** The first `needle` at or after `at`, given `found`, the one found for an earlier position (or
 *  NOT_SEARCHED): positions never go back, so a search is made again only once `at` passes it. */
function nextAt(text: string, needle: string, at: number, found: number): number {
  return found === NOT_SEARCHED || (found !== -1 && found < at) ? text.indexOf(needle, at) : found
}

function firstOf(x: number, y: number): number {
  return x === -1 ? y : y === -1 ? x : Math.min(x, y)
}

/** The start of the line that holds `offset` when only spaces and tabs come before it there, else -1. */
function lineStartBefore(text: string, from: number, offset: number): number {
  let i = offset
  while (i > from) {
    const c = text.charCodeAt(i - 1)
    if (c === 10 || c === 13) return i
    if (c !== 32 && c !== 9) return -1
    i--
  }
  return from
}

function lineIndexOf(text: string, from: number, start: number): number {
  const cursor = lineCursor(text, from)
  while (nextLine(cursor) && cursor.start < start);
  return cursor.index
}

/** Whether the text from `from` has fewer than `lines` lines (each `\n` and `\r` counted as one
 *  line ending: never fewer than there are). `firstCr`: where the text's first `\r` is (-1: it
 *  has none), when the caller knows: the search for `\r` starts there. */
export function hasFewerLinesThan(text: string, from: number, lines: number, firstCr?: number): boolean {
  let endings = 0
  for (let i = text.indexOf('\n', from); i !== -1; i = text.indexOf('\n', i + 1)) {
    if (++endings + 1 >= lines) return false
  }
  if (firstCr === -1) return true
  for (let i = text.indexOf('\r', Math.max(from, firstCr ?? from)); i !== -1; i = text.indexOf('\r', i + 1)) {
    if (++endings + 1 >= lines) return false
  }
  return true
}
