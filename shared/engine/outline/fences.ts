// Fenced code blocks (``` and ~~~). Lines inside a fence are code: never headings.
// Openers are accepted at any indentation because real agent files nest code blocks in list
// items with 4-space indents; the closer must use the same character, at least as many times.

import { isBlank } from './chars'

export interface FenceOpen {
  readonly char: '`' | '~'
  readonly length: number
}

/** The fence a line opens, or null. A backtick fence's info string may not contain a backtick. */
export function fenceOpening(text: string, start: number, end: number): FenceOpen | null {
  let i = start
  while (i < end && isBlank(text[i])) i++
  const char = text[i]
  if (char !== '`' && char !== '~') return null
  let j = i
  while (j < end && text[j] === char) j++
  const length = j - i
  if (length < 3) return null
  if (char === '`' && text.slice(j, end).includes('`')) return null
  return { char, length }
}

/** Whether a line closes `open`: same character, at least as long, nothing but blanks after. */
export function closesFence(text: string, start: number, end: number, open: FenceOpen): boolean {
  let i = start
  while (i < end && isBlank(text[i])) i++
  let j = i
  while (j < end && text[j] === open.char) j++
  if (j - i < open.length) return false
  for (; j < end; j++) if (!isBlank(text[j])) return false
  return true
}
