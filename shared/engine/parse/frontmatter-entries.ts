// Splits the frontmatter lines into entries: a column-0 `key:` line and the lines that continue
// it (indented lines, column-0 `- ` items, stray column-0 text). Blank lines and column-0
// comments after an entry belong to no entry unless more continuation lines follow them.

import type { LineTable } from './lines'
import { isBlankRange, lineContentEnd, lineEnd, lineStart } from './lines'
import { isCommentLine, readKeyLine } from './key-line'

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
}

export interface EntrySegmentation {
  readonly entries: readonly EntrySpan[]
  /** Non-blank, non-comment lines before the first key. */
  readonly leadingJunk: readonly number[]
}

export function segmentEntries(text: string, lines: LineTable, firstLine: number, endLine: number): EntrySegmentation {
  const entries: EntrySpan[] = []
  const leadingJunk: number[] = []
  // The entry being read, in locals (no object per entry until it is complete); most entries
  // have no stray lines and share one empty list.
  let key: string | null = null
  let keyLine = -1
  let colonEnd = -1
  let last = -1
  let stray: number[] | null = null
  const flush = (): void => {
    if (key === null) return
    entries.push({ key, keyLine, endLine: last + 1, colonEnd, start: lineStart(lines, keyLine), end: lineEnd(lines, last), strayLines: stray ?? NO_LINES })
    key = null
  }
  for (let i = firstLine; i < endLine; i++) {
    const start = lineStart(lines, i)
    const contentEnd = lineContentEnd(lines, i)
    const keyAt = readKeyLine(text, start, contentEnd)
    if (keyAt) {
      flush()
      key = keyAt.key
      keyLine = i
      colonEnd = keyAt.colonEnd
      last = i
      stray = null
      continue
    }
    if (isBlankRange(text, start, contentEnd) || isCommentLine(text, start, contentEnd)) continue
    if (key === null) {
      leadingJunk.push(i)
      continue
    }
    const c = text.charCodeAt(start)
    if (c !== 32 && c !== 9 && c !== 45) (stray ??= []).push(i)
    last = i
  }
  flush()
  return { entries, leadingJunk }
}

const NO_LINES: readonly number[] = Object.freeze([])
