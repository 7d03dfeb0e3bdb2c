// ATX headings per CommonMark: up to 3 spaces of indent, 1 to 6 `#`, then a space, a tab or the
// end of the line; an optional closing run of `#` (preceded by a space) is not part of the title.

import { isBlank } from './chars'

/** The title of the ATX heading on the line, or null when it is none. Its level is the number
 *  of `#` after the indent (the caller counts them: no object per heading). */
export function parseAtxHeading(text: string, start: number, end: number): string | null {
  let i = start
  while (i < end && i - start < 4 && text[i] === ' ') i++
  if (i - start > 3) return null
  const hashesStart = i
  while (i < end && text[i] === '#') i++
  const level = i - hashesStart
  if (level === 0 || level > 6) return null
  if (i < end && !isBlank(text[i])) return null
  let contentEnd = end
  while (contentEnd > i && isBlank(text[contentEnd - 1])) contentEnd--
  let closing = contentEnd
  while (closing > i && text[closing - 1] === '#') closing--
  if (closing < contentEnd && (closing === i || isBlank(text[closing - 1]))) contentEnd = closing
  return text.slice(i, contentEnd).trim()
}
