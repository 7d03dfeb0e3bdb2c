// ATX headings per CommonMark: up to 3 spaces of indent, 1 to 6 `#`, then a space, a tab or the
// end of the line; an optional closing run of `#` (preceded by a space) is not part of the title.

/** The title of the ATX heading on the line, or null when it is none. Its level is the number
 *  of `#` after the indent (the caller counts them: no object per heading). */
export function parseAtxHeading(text: string, start: number, end: number): string | null {
  let i = start
  while (i < end && i - start < 4 && text.charCodeAt(i) === 32) i++
  if (i - start > 3) return null
  const hashesStart = i
  while (i < end && text.charCodeAt(i) === 35) i++
  const level = i - hashesStart
  if (level === 0 || level > 6) return null
  if (i < end && text.charCodeAt(i) !== 32 && text.charCodeAt(i) !== 9) return null
  let contentEnd = end
  while (contentEnd > i && isBlank(text.charCodeAt(contentEnd - 1))) contentEnd--
  let closing = contentEnd
  while (closing > i && text.charCodeAt(closing - 1) === 35) closing--
  if (closing < contentEnd && (closing === i || isBlank(text.charCodeAt(closing - 1)))) contentEnd = closing
  return text.slice(i, contentEnd).trim()
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9
}
