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
  let current: { key: string; keyLine: number; colonEnd: number; last: number; stray: number[] } | null = null
  const flush = (): void => {
    if (!current) return
    entries.push({
      key: current.key, keyLine: current.keyLine, endLine: current.last + 1, colonEnd: current.colonEnd,
      start: lineStart(lines, current.keyLine), end: lineEnd(lines, current.last), strayLines: current.stray,
    })
    current = null
  }
  for (let i = firstLine; i < endLine; i++) {
    const start = lineStart(lines, i)
    const contentEnd = lineContentEnd(lines, i)
    const key = readKeyLine(text, start, contentEnd)
    if (key) {
      flush()
      current = { key: key.key, keyLine: i, colonEnd: key.colonEnd, last: i, stray: [] }
      continue
    }
    if (isBlankRange(text, start, contentEnd) || isCommentLine(text, start, contentEnd)) continue
    if (!current) {
      leadingJunk.push(i)
      continue
    }
    const c = text.charCodeAt(start)
    if (c !== 32 && c !== 9 && c !== 45) current.stray.push(i)
    current.last = i
  }
  flush()
  return { entries, leadingJunk }
}
