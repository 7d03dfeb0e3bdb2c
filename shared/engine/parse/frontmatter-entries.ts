// Splits the frontmatter lines into entries: a column-0 `key:` line and the lines that continue
// it (indented lines, column-0 `- ` items, stray column-0 text). Blank lines and column-0
// comments after an entry belong to no entry unless more continuation lines follow them.
// When the block's first line is indented (`\tname: a`, keys indented with a tab), that indent
// is the block's column 0: its keys are read as the top-level keys the author meant.

import type { LineTable } from './lines'
import { isBlankRange, lineContentEnd, lineEnd, lineStart } from './lines'
import { isCommentLine, isDocumentEndLine, readKeyLine } from './key-line'

export interface EntrySpan {
  readonly key: string
  /** Index of the key line in the line array. */
  readonly keyLine: number
  /** One past the index of the entry's last line. */
  readonly endLine: number
  /** Offset just after the key's `:`. */
  readonly colonEnd: number
  /** Offsets of the entry's raw text: key line through its last line's ending. */
  readonly start: number
  readonly end: number
  /** Column-0 lines that are neither keys nor list items nor comments: not valid YAML here. */
  readonly strayLines: readonly number[]
  /** Length of the indent before the key (the block's indent; 0 for a column-0 key). */
  readonly indent: number
  /** Whether a `...` line lies inside the entry (between its key and a continuation line). */
  readonly documentEnds: boolean
}

export interface EntrySegmentation {
  readonly entries: readonly EntrySpan[]
  /** Non-blank, non-comment lines before the first key. */
  readonly leadingJunk: readonly number[]
  /** `...` lines inside the block (a YAML document end, which holds no text). */
  readonly documentEnds: readonly number[]
}

export function segmentEntries(text: string, lines: LineTable, firstLine: number, endLine: number): EntrySegmentation {
  const entries: EntrySpan[] = []
  const leadingJunk: number[] = []
  const documentEnds: number[] = []
  const indent = blockIndent(text, lines, firstLine, endLine)
  // The entry being read, in locals (no object per entry until it is complete); most entries
  // have no stray lines and share one empty list.
  let key: string | null = null
  let keyLine = -1
  let colonEnd = -1
  let last = -1
  let stray: number[] | null = null
  let keyIndent = 0
  let endsBefore = 0 // how many `...` lines came before the entry being read
  const flush = (): void => {
    if (key === null) return
    entries.push({ key, keyLine, endLine: last + 1, colonEnd, start: lineStart(lines, keyLine), end: lineEnd(lines, last), strayLines: stray ?? NO_LINES, indent: keyIndent, documentEnds: documentEnds.length > endsBefore && documentEnds[documentEnds.length - 1]! < last })
    key = null
  }
  for (let i = firstLine; i < endLine; i++) {
    const start = lineStart(lines, i)
    const contentEnd = lineContentEnd(lines, i)
    const indented = indent > 0 && hasIndent(text, start, contentEnd, indent)
    const keyAt = readKeyLine(text, start, contentEnd) ?? (indented ? readKeyLine(text, start + indent, contentEnd) : null)
    if (keyAt) {
      flush()
      key = keyAt.key
      keyLine = i
      colonEnd = keyAt.colonEnd
      keyIndent = text.charCodeAt(start) === 32 || text.charCodeAt(start) === 9 ? indent : 0
      endsBefore = documentEnds.length
      last = i
      stray = null
      continue
    }
    if (isBlankRange(text, start, contentEnd) || isCommentLine(text, start, contentEnd) || (indented && isCommentLine(text, start + indent, contentEnd))) continue
    if (isDocumentEndLine(text, start, contentEnd)) {
      documentEnds.push(i)
      continue
    }
    if (key === null) {
      leadingJunk.push(i)
      continue
    }
    const c = text.charCodeAt(start)
    if (c !== 32 && c !== 9 && c !== 45) (stray ??= []).push(i)
    last = i
  }
  flush()
  return { entries, leadingJunk, documentEnds }
}

/** The indent of the block's first line that is not blank or a comment, when that line is an
 *  indented key line (the block's keys all indented alike); else 0. */
function blockIndent(text: string, lines: LineTable, firstLine: number, endLine: number): number {
  for (let i = firstLine; i < endLine; i++) {
    const start = lineStart(lines, i)
    const contentEnd = lineContentEnd(lines, i)
    let at = start
    while (at < contentEnd && (text.charCodeAt(at) === 32 || text.charCodeAt(at) === 9)) at++
    if (at === contentEnd || text.charCodeAt(at) === 35) continue
    return at > start && readKeyLine(text, at, contentEnd) !== null ? at - start : 0
  }
  return 0
}

/** Whether the line starts with exactly `indent` blanks followed by something else. */
function hasIndent(text: string, start: number, contentEnd: number, indent: number): boolean {
  if (contentEnd - start <= indent) return false
  for (let i = start; i < start + indent; i++) {
    const c = text.charCodeAt(i)
    if (c !== 32 && c !== 9) return false
  }
  const next = text.charCodeAt(start + indent)
  return next !== 32 && next !== 9
}

const NO_LINES: readonly number[] = Object.freeze([])
