// Finds the frontmatter block: a `---` line at the very start (after an optional BOM) up to the
// closing `---` line (or a longer dash line, read as the `---` the author meant). A `...` line
// closes the block only where no `---` follows it before the body: with keys after it and a
// `---` below, it sits inside the block (tools read on to the `---`). When the closing line is missing, the Markdown body would run on
// as YAML (its `# Title` lines read as comments) until some `---` far below; we detect where the
// body really starts and end the block there.

import type { LineTable } from './lines'
import { isBlankLineAt, isBlankRange, lineContentEnd, lineCursor, lineEnd, lineStart, lineTableUntil, nextLine } from './lines'
import { isClosingLine, isCommentLine, isDocumentEndLine, isIndentedLine, isListItemLine, isOpeningDelimiter, readKeyLine } from './key-line'

export interface FrontmatterBlock {
  /** Offset of the opening `---` (after any BOM). */
  readonly start: number
  /** Offset just past the block (closing line and its ending, or the last YAML line when unclosed). */
  readonly end: number
  /** Offsets of the YAML text between the delimiters. */
  readonly contentStart: number
  readonly contentEnd: number
  /** Index in `lines` of the first content line, and one past the last content line. */
  readonly firstLine: number
  readonly endLine: number
  readonly closed: boolean
  /** 1-based line where the body was seen to start when the block is unclosed. */
  readonly bodyLine: number | null
  /** The lines of the file from the first one through the closing `---` (all of them when
   *  there is none): what the frontmatter readers work on. The body's lines are never tabled. */
  readonly lines: LineTable
  /** 1-based line just after the block: where the body starts. */
  readonly lineAfter: number
}

/** Whether the line is a column-0 ATX heading (`#` to `######` then a space, tab or end). */
function isColumnZeroHeading(text: string, lines: LineTable, index: number): boolean {
  const start = lineStart(lines, index)
  const contentEnd = lineContentEnd(lines, index)
  let i = start
  while (i < contentEnd && text.charCodeAt(i) === 35) i++
  const hashes = i - start
  if (hashes === 0 || hashes > 6) return false
  if (i === contentEnd) return true
  const c = text.charCodeAt(i)
  return c === 32 || c === 9
}

/** A column-0 line no YAML reader would take as part of a block mapping: Markdown prose. */
function isProseLine(text: string, lines: LineTable, index: number): boolean {
  const start = lineStart(lines, index)
  const contentEnd = lineContentEnd(lines, index)
  if (start === contentEnd || isBlankRange(text, start, contentEnd)) return false
  if (isIndentedLine(text, start, contentEnd) || isCommentLine(text, start, contentEnd)) return false
  if (isListItemLine(text, start, contentEnd) || isClosingLine(text, start, contentEnd)) return false
  return readKeyLine(text, start, contentEnd) === null
}

/** For each line, whether it is a `# Heading` followed (after blank lines and further headings)
 *  by prose rather than YAML keys. Computed backwards in one pass, so runs of headings cost
 *  linear time. */
function headingsFollowedByProse(text: string, lines: LineTable, limit: number): boolean[] {
  const result = new Array<boolean>(limit).fill(false)
  const isProse = (i: number): boolean => {
    const start = lineStart(lines, i)
    const contentEnd = lineContentEnd(lines, i)
    return readKeyLine(text, start, contentEnd) === null && !isClosingLine(text, start, contentEnd)
  }
  // Start at the first line from `limit` on that is neither blank nor a heading.
  let from = limit
  while (from < lines.count && (isBlankLineAt(text, lines, from) || isColumnZeroHeading(text, lines, from))) from++
  let nextIsProse = from === lines.count || isProse(from) // the end of the file counts as prose
  for (let i = from - 1; i >= 1; i--) {
    const heading = isColumnZeroHeading(text, lines, i)
    if (i < limit && heading) result[i] = nextIsProse
    if (heading || isBlankLineAt(text, lines, i)) continue
    nextIsProse = isProse(i)
  }
  return result
}

/** The frontmatter block of `text` whose content (after any BOM) starts at `bodyOffset`.
 *  `firstCr`: where the text's first `\r` is, when the caller knows (see lineCursor). */
export function locateFrontmatter(text: string, bodyOffset: number, firstCr = text.indexOf('\r')): FrontmatterBlock | null {
  if (!text.startsWith('---', bodyOffset)) return null // most bodies without frontmatter: no walk
  const first = lineCursor(text, 0, text.length, firstCr)
  if (!nextLine(first) || !isOpeningDelimiter(text, bodyOffset, first.contentEnd)) return null
  const isDashClose = (start: number, contentEnd: number): boolean => isClosingLine(text, start, contentEnd) && !isDocumentEndLine(text, start, contentEnd)
  const lines = lineTableUntil(text, 0, text.length, isDashClose, firstCr)
  const openingEnd = lineEnd(lines, 0)
  // The table stops at the first dash closing line: the last line, when it is one.
  const last = lines.count - 1
  const close = last >= 1 && isDashClose(lineStart(lines, last), lineContentEnd(lines, last)) ? last : -1
  const scanLimit = close === -1 ? lines.count : close
  // The body signal: a heading followed by prose; with no closing line at all, also a prose line
  // after a blank line. (Prose right under a key is a description continued at column 0: a
  // repairable shape, not the body.) Most blocks are closed and have no `#` line at all: then
  // there is nothing to look for.
  let bodyAt = -1
  let anyHeading = false
  for (let i = 1; i < scanLimit && !anyHeading; i++) anyHeading = text.charCodeAt(lineStart(lines, i)) === 35
  const headingBeforeProse = anyHeading ? headingsFollowedByProse(text, lines, scanLimit) : null
  for (let i = 1; i < scanLimit && (anyHeading || close === -1); i++) {
    const afterBlank = isBlankLineAt(text, lines, i - 1) || i === 1
    if ((afterBlank || close === -1) && headingBeforeProse?.[i] === true) {
      bodyAt = i
      break
    }
    if (close === -1 && afterBlank && isProseLine(text, lines, i)) {
      bodyAt = i
      break
    }
  }

  // A `...` line closes the block when no `---` closes it, or when the body starts after it.
  let documentEnd = -1
  for (let i = 1; i < (bodyAt === -1 ? scanLimit : bodyAt) && (bodyAt !== -1 || close === -1); i++) {
    if (isDocumentEndLine(text, lineStart(lines, i), lineContentEnd(lines, i))) {
      documentEnd = i
      break
    }
  }
  if (documentEnd !== -1) {
    return {
      start: bodyOffset, end: lineEnd(lines, documentEnd), contentStart: openingEnd, contentEnd: lineStart(lines, documentEnd),
      firstLine: 1, endLine: documentEnd, closed: true, bodyLine: null, lines, lineAfter: documentEnd + 2,
    }
  }
  if (bodyAt === -1 && close !== -1) {
    return {
      start: bodyOffset, end: lineEnd(lines, close), contentStart: openingEnd, contentEnd: lineStart(lines, close),
      firstLine: 1, endLine: close, closed: true, bodyLine: null, lines, lineAfter: close + 2,
    }
  }
  const stop = bodyAt === -1 ? lines.count : bodyAt
  let lastYaml = 0
  for (let i = 1; i < stop; i++) if (!isBlankLineAt(text, lines, i)) lastYaml = i
  // A `---` line followed straight away by prose is a thematic break, not a frontmatter block.
  if (lastYaml === 0 && bodyAt !== -1) return null
  const lastEnd = lineEnd(lines, lastYaml)
  return {
    start: bodyOffset, end: lastEnd, contentStart: openingEnd, contentEnd: lastYaml === 0 ? openingEnd : lastEnd,
    firstLine: 1, endLine: lastYaml + 1, closed: false, bodyLine: bodyAt === -1 ? null : bodyAt + 1, lines, lineAfter: lastYaml + 2,
  }
}
