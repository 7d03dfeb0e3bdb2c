// How a stretch of text ends, read back from its end: a regular expression anchored at the end
// (`/\n[ \t]*\r?\n$/`) is tried from every position of the text before it fails or matches.

import { isBlankRange } from '../parse/lines'

/** `/\n[ \t]*\r?\n$/.test(text.slice(from, to))`: the stretch ends with a blank line. */
export function endsWithBlankLine(text: string, from: number, to: number): boolean {
  const blanks = blanksBefore(text, from, lineBreakStart(text, from, to))
  return blanks > from && text.charCodeAt(blanks - 1) === 10
}

/** `/^[ \t]*\r?\n$/.test(text.slice(from, to))`: the stretch is one blank line. */
export function isBlankLine(text: string, from: number, to: number): boolean {
  const end = lineBreakStart(text, from, to)
  return end >= from && isBlankRange(text, from, end)
}

/** `/(^|\n)(---|\.\.\.)[ \t]*\r?\n$/.test(text.slice(from, to))`: the stretch ends with a
 *  frontmatter delimiter line. */
export function endsWithDelimiterLine(text: string, from: number, to: number): boolean {
  const end = blanksBefore(text, from, lineBreakStart(text, from, to))
  const start = end - 3
  if (start < from || !(start === from || text.charCodeAt(start - 1) === 10)) return false
  const c = text.charCodeAt(start)
  return (c === 45 || c === 46) && text.charCodeAt(start + 1) === c && text.charCodeAt(start + 2) === c
}

/** Where the `\r?\n` that ends `text.slice(from, to)` starts; -1 when it does not end so. */
function lineBreakStart(text: string, from: number, to: number): number {
  if (to <= from || text.charCodeAt(to - 1) !== 10) return -1
  return to - 2 >= from && text.charCodeAt(to - 2) === 13 ? to - 2 : to - 1
}

/** Where the run of spaces and tabs that ends at `end` starts (not before `from`); -1 for -1. */
function blanksBefore(text: string, from: number, end: number): number {
  if (end < 0) return -1
  let i = end
  while (i > from && (text.charCodeAt(i - 1) === 32 || text.charCodeAt(i - 1) === 9)) i--
  return i
}
