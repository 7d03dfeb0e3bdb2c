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
  const [backticks, tildes, newline, cr] = ['```', '~~~', '\n', '\r'].map((needle) => finder(text, needle))
  let open: FenceOpen | null = null
  let openedAt = -1 // start of the line that opened `open`
  let at = from
  for (;;) {
    // A closing line starts with the fence's character (as many as opened it: closesFence checks).
    const marker = open === null ? firstOf(backticks!(at), tildes!(at)) : (open.char === '`' ? backticks! : tildes!)(at)
    if (marker === -1) break
    const start = lineStartBefore(text, from, marker)
    if (start === -1) {
      at = marker + 1
      continue
    }
    const ending = firstOf(newline!(marker), cr!(marker))
    const contentEnd = ending === -1 ? text.length : ending
    if (open === null) {
      open = fenceOpening(text, start, contentEnd)
      openedAt = start
    } else if (closesFence(text, start, contentEnd, open)) open = null
    at = contentEnd + 1 // the next line (or its `\n` after a `\r`, which starts no marker)
  }
  return open === null ? -1 : lineIndexOf(text, from, openedAt)
}

/** The first `needle` at or after a position, for positions that never go back: a search is
 *  made again only once the position passes the last one found. */
function finder(text: string, needle: string): (at: number) => number {
  let found = -2 // not searched yet
  return (at) => {
    if (found === -2 || (found !== -1 && found < at)) found = text.indexOf(needle, at)
    return found
  }
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
 *  line ending: never fewer than there are). */
export function hasFewerLinesThan(text: string, from: number, lines: number): boolean {
  let endings = 0
  for (const ending of ['\n', '\r']) {
    for (let i = text.indexOf(ending, from); i !== -1; i = text.indexOf(ending, i + 1)) {
      if (++endings + 1 >= lines) return false
    }
  }
  return true
}
