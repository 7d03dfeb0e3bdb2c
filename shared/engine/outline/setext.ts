// Setext headings: a paragraph underlined by a line of `=` (level 1) or `-` (level 2).
// A `---` line after a blank line is a thematic break; only right under paragraph text is it
// an underline (CommonMark). The caller decides what counts as paragraph text.
//
// Deviation from CommonMark: a `---` underline makes a heading only of a paragraph that is one
// short line (see dashUnderlineMayTitle). Agent files are full of `---` rules written straight
// under the last line of prose; CommonMark would turn that whole paragraph into a heading,
// which no author of those files means. `===` keeps the CommonMark reading: it is no rule.

import { isBlank, isDigit } from './chars'

/** 1 for an `===` underline, 2 for `---`, 0 when the line is no setext underline. */
export function setextUnderlineLevel(text: string, start: number, end: number): 0 | 1 | 2 {
  let i = start
  while (i < end && i - start < 4 && text[i] === ' ') i++
  if (i - start > 3 || i >= end) return 0
  const char = text[i]
  if (char !== '=' && char !== '-') return 0
  while (i < end && text[i] === char) i++
  for (; i < end; i++) if (!isBlank(text[i])) return 0
  return char === '=' ? 1 : 2
}

/** Whether a non-blank line can be paragraph text that an underline turns into a heading:
 *  not indented code, not a list item, block quote, table row or HTML tag line. */
export function canBeSetextText(text: string, start: number, end: number): boolean {
  let i = start
  while (i < end && text[i] === ' ') i++
  if (i - start > 3 || i >= end) return false
  const c = text[i]!
  if ('\t>|<'.includes(c)) return false
  const next = i + 1 < end ? text[i + 1] : ' '
  if ('-*+'.includes(c) && isBlank(next)) return false // a list item
  let j = i
  while (j < end && j - i < 9 && isDigit(text[j])) j++
  if (j > i && j < end && (text[j] === '.' || text[j] === ')')) {
    const after = j + 1 < end ? text[j + 1] : ' '
    if (isBlank(after)) return false // `1. ` / `1) `
  }
  return true
}

/** Longest line a `---` underline still takes for a title. */
const MAX_DASH_TITLE = 80

/** Whether the paragraph line `text[start..end)` reads as a title a `---` underline makes a
 *  heading: at most 80 characters, not ending like a sentence (`.`, `,`, `:`, `;`, `!`, `?`). */
export function dashUnderlineMayTitle(text: string, start: number, end: number): boolean {
  while (start < end && isBlank(text[start])) start++
  while (end > start && isBlank(text[end - 1])) end--
  if (end - start > MAX_DASH_TITLE) return false
  return end === start || !SENTENCE_END.includes(text[end - 1]!)
}

/** ASCII sentence ends and their full-width forms. */
const SENTENCE_END = '.,:;!?。，：；！？'
