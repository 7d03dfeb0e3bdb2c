// Setext headings: a paragraph underlined by a line of `=` (level 1) or `-` (level 2).
// A `---` line after a blank line is a thematic break; only right under paragraph text is it
// an underline (CommonMark). The caller decides what counts as paragraph text.
//
// Deviation from CommonMark: a `---` underline makes a heading only of a paragraph that is one
// short line (see dashUnderlineMayTitle). Agent files are full of `---` rules written straight
// under the last line of prose; CommonMark would turn that whole paragraph into a heading,
// which no author of those files means. `===` keeps the CommonMark reading: it is no rule.

/** 1 for an `===` underline, 2 for `---`, 0 when the line is no setext underline. */
export function setextUnderlineLevel(text: string, start: number, end: number): 0 | 1 | 2 {
  let i = start
  while (i < end && i - start < 4 && text.charCodeAt(i) === 32) i++
  if (i - start > 3 || i >= end) return 0
  const char = text.charCodeAt(i)
  if (char !== 61 && char !== 45) return 0
  while (i < end && text.charCodeAt(i) === char) i++
  for (; i < end; i++) {
    const c = text.charCodeAt(i)
    if (c !== 32 && c !== 9) return 0
  }
  return char === 61 ? 1 : 2
}

/** Whether a non-blank line can be paragraph text that an underline turns into a heading:
 *  not indented code, not a list item, block quote, table row or HTML tag line. */
export function canBeSetextText(text: string, start: number, end: number): boolean {
  let i = start
  while (i < end && text.charCodeAt(i) === 32) i++
  if (i - start > 3 || i >= end) return false
  const c = text.charCodeAt(i)
  if (c === 9 || c === 62 || c === 124 || c === 60) return false // tab, `>`, `|`, `<`
  const next = i + 1 < end ? text.charCodeAt(i + 1) : 32
  if ((c === 45 || c === 42 || c === 43) && (next === 32 || next === 9)) return false // `- `, `* `, `+ `
  let j = i
  while (j < end && j - i < 9 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++
  if (j > i && j < end && (text.charCodeAt(j) === 46 || text.charCodeAt(j) === 41)) {
    const after = j + 1 < end ? text.charCodeAt(j + 1) : 32
    if (after === 32 || after === 9) return false // `1. ` / `1) `
  }
  return true
}

/** Longest line a `---` underline still takes for a title. */
const MAX_DASH_TITLE = 80

/** Whether the paragraph line `text[start..end)` reads as a title a `---` underline makes a
 *  heading: at most 80 characters, not ending like a sentence (`.`, `,`, `:`, `;`, `!`, `?`). */
export function dashUnderlineMayTitle(text: string, start: number, end: number): boolean {
  while (start < end && isBlank(text.charCodeAt(start))) start++
  while (end > start && isBlank(text.charCodeAt(end - 1))) end--
  if (end - start > MAX_DASH_TITLE) return false
  const last = text.charCodeAt(end - 1)
  return !SENTENCE_END.includes(last)
}

// . , : ; ! ? and their full-width forms (。，：；！？)
const SENTENCE_END: readonly number[] = [46, 44, 58, 59, 33, 63, 0x3002, 0xff0c, 0xff1a, 0xff1b, 0xff01, 0xff1f]

function isBlank(c: number): boolean {
  return c === 32 || c === 9
}

