// One pass over the text that records where each line starts and ends, so that every later
// stage (frontmatter, outline, lint) works on offsets instead of re-splitting strings.

export interface LineSpan {
  /** Offset of the first character of the line. */
  readonly start: number
  /** Offset just past the line's content (before `\r\n`, `\n` or a lone `\r`). */
  readonly contentEnd: number
  /** Offset just past the line ending (== contentEnd on the last line without one). */
  readonly end: number
}

/** Lines of `text.slice(from, to)`; a final line without an ending is included when non-empty. */
export function splitLines(text: string, from = 0, to = text.length): LineSpan[] {
  const cr = text.indexOf('\r', from)
  if (cr === -1 || cr >= to) return splitLfLines(text, from, to)
  const lines: LineSpan[] = []
  let start = from
  let i = from
  while (i < to) {
    const c = text.charCodeAt(i)
    if (c === 10) {
      lines.push({ start, contentEnd: i, end: i + 1 })
      start = i + 1
    } else if (c === 13) {
      const crlf = i + 1 < to && text.charCodeAt(i + 1) === 10
      lines.push({ start, contentEnd: i, end: crlf ? i + 2 : i + 1 })
      if (crlf) i++
      start = i + 1
    }
    i++
  }
  if (start < to) lines.push({ start, contentEnd: to, end: to })
  return lines
}

/** The common case, no `\r` at all: let the native `indexOf` find the line ends. */
function splitLfLines(text: string, from: number, to: number): LineSpan[] {
  const lines: LineSpan[] = []
  let start = from
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) {
    lines.push({ start, contentEnd: i, end: i + 1 })
    start = i + 1
  }
  if (start < to) lines.push({ start, contentEnd: to, end: to })
  return lines
}

/** 1-based line number of `offset`, given the line spans of the whole text (binary search). */
export function lineNumberAt(lines: readonly LineSpan[], offset: number): number {
  let lo = 0
  let hi = lines.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (lines[mid]!.start <= offset) lo = mid
    else hi = mid - 1
  }
  return lo + 1
}

export function lineText(text: string, line: LineSpan): string {
  return text.slice(line.start, line.contentEnd)
}

/** Whether the line holds only spaces and tabs. */
export function isBlankLine(text: string, line: LineSpan): boolean {
  for (let i = line.start; i < line.contentEnd; i++) {
    const c = text.charCodeAt(i)
    if (c !== 32 && c !== 9) return false
  }
  return true
}
