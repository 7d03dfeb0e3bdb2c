// The one replacement that turns a text into another: the span between their common start and
// their common end. A pick changes one row of the merged file, so the editor is told about that
// span only, not handed the whole text again. Pure.

export interface TextEdit {
  /** Offsets into the old text. */
  readonly start: number
  readonly end: number
  /** What replaces old[start, end). */
  readonly text: string
}

/** null when the texts are equal. Never splits a CRLF pair or a surrogate pair. */
export function textEdit(before: string, after: string): TextEdit | null {
  if (before === after) return null
  const shorter = Math.min(before.length, after.length)
  let start = 0
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++
  let tail = 0
  while (tail < shorter - start && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++
  // Step back out of a pair the cut would split (\r|\n, high|low surrogate).
  const splits = (text: string, at: number): boolean => {
    if (at <= 0 || at >= text.length) return false
    const prev = text.charCodeAt(at - 1)
    const next = text.charCodeAt(at)
    return (prev === 13 && next === 10) || (prev >= 0xd800 && prev <= 0xdbff && next >= 0xdc00 && next <= 0xdfff)
  }
  while (start > 0 && (splits(before, start) || splits(after, start))) start--
  while (tail > 0 && (splits(before, before.length - tail) || splits(after, after.length - tail))) tail--
  return { start, end: before.length - tail, text: after.slice(start, after.length - tail) }
}
