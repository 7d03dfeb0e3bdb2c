// Lines as offsets into the text, never as strings: a cursor that walks them storing nothing,
// and a table of line starts for the frontmatter readers, which look back and forth (the body is
// walked, never tabled). Only the starts are stored, in one flat array of small integers with the end of the last line after them: a
// line's end is the next line's start, and its content end is one or two character looks
// back from there. (Three numbers per line cost twice as much to build, and an Int32Array more to
// allocate than it saved on corpus-sized files: docs/performance.md.)

export interface LineTable {
  readonly text: string
  readonly count: number
  /** Line i starts at [i] and ends at [i + 1] (one entry more than lines). */
  readonly starts: readonly number[]
}

export const lineStart = (lines: LineTable, i: number): number => lines.starts[i]!
export const lineEnd = (lines: LineTable, i: number): number => lines.starts[i + 1]!

export function lineContentEnd(lines: LineTable, i: number): number {
  const start = lines.starts[i]!
  let end = lines.starts[i + 1]!
  if (end === start) return end
  const last = lines.text.charCodeAt(end - 1)
  if (last === 10) {
    end--
    if (end > start && lines.text.charCodeAt(end - 1) === 13) end--
  } else if (last === 13) end--
  return end
}

/** A walk over the lines of `text.slice(from, to)` that stores nothing. Fields describe the
 *  current line after each successful `nextLine`. Line endings are `\n`, `\r\n` and a lone
 *  `\r`; lineTable is built on it, and the outline's scan writes the same walk out in locals in
 *  its hottest loop (block-scan.ts; the outline tests check \n, \r\n and \r texts agree). */
export interface LineCursor {
  readonly text: string
  readonly to: number
  /** Index of the current line (0 for the first); -1 before the first `nextLine`. */
  index: number
  start: number
  contentEnd: number
  end: number
  /** The next `\r` at or after `end`, or -1 when there is none before `to` (most texts). */
  cr: number
}

/** `firstCr`, when the caller knows it, is where the text's first `\r` is (-1 when it has none):
 *  a parse searches for it once instead of every walk searching the whole text again. */
export function lineCursor(text: string, from = 0, to = text.length, firstCr = text.indexOf('\r', from)): LineCursor {
  // (A `\r` before `from` is looked for again from there on the first line.)
  return { text, to, index: -1, start: from, contentEnd: from, end: from, cr: firstCr >= to ? -1 : firstCr }
}

/** Moves to the next line; false (and nothing changed) when the range has no more lines. */
export function nextLine(cursor: LineCursor): boolean {
  const { text, to } = cursor
  const start = cursor.end
  if (start >= to) return false
  let newline = text.indexOf('\n', start)
  if (newline >= to) newline = -1
  let contentEnd = newline === -1 ? to : newline
  let end = newline === -1 ? to : newline + 1
  let cr = cursor.cr
  if (cr !== -1 && cr < start) {
    cr = text.indexOf('\r', start)
    if (cr >= to) cr = -1
  }
  if (cr !== -1 && cr < contentEnd) {
    contentEnd = cr // `\r\n`, or a lone `\r` that ends the line by itself
    if (cr + 1 !== newline) end = cr + 1
  }
  cursor.cr = cr
  cursor.index++
  cursor.start = start
  cursor.contentEnd = contentEnd
  cursor.end = end
  return true
}

/** 1-based number of the line holding `offset`: one more than the line endings before it. */
export function lineNumberAt(text: string, offset: number): number {
  const cursor = lineCursor(text)
  let line = 1
  while (nextLine(cursor) && cursor.end <= offset) if (cursor.contentEnd < cursor.end) line++
  return line
}

/** Lines of `text.slice(from, to)`; a final line without an ending is included when non-empty. */
export function lineTable(text: string, from = 0, to = text.length): LineTable {
  return lineTableUntil(text, from, to, null)
}

/** Lines of `text.slice(from, to)` up to and including the first line after the first one for
 *  which `stop` holds (all of them when none does): a frontmatter reader needs only the lines
 *  up to its closing `---`, not those of the whole file. */
export function lineTableUntil(text: string, from: number, to: number, stop: ((start: number, contentEnd: number) => boolean) | null, firstCr?: number): LineTable {
  const starts: number[] = [from]
  const cursor = lineCursor(text, from, to, firstCr)
  while (nextLine(cursor)) {
    starts.push(cursor.end)
    if (stop !== null && cursor.index > 0 && stop(cursor.start, cursor.contentEnd)) break
  }
  return { text, count: starts.length - 1, starts }
}

/** Whether `text.slice(start, contentEnd)` holds only spaces and tabs. */
export function isBlankRange(text: string, start: number, contentEnd: number): boolean {
  for (let i = start; i < contentEnd; i++) {
    const c = text.charCodeAt(i)
    if (c !== 32 && c !== 9) return false
  }
  return true
}

/** Whether line i holds only spaces and tabs. */
export function isBlankLineAt(text: string, lines: LineTable, i: number): boolean {
  return isBlankRange(text, lineStart(lines, i), lineContentEnd(lines, i))
}
