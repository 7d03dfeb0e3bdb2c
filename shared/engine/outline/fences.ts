// Fenced code blocks (``` and ~~~). Lines inside a fence are code: never headings.
// Openers are accepted at any indentation because real agent files nest code blocks in list
// items with 4-space indents; the closer must use the same character, at least as many times.

export interface FenceOpen {
  readonly char: number // 96 '`' or 126 '~'
  readonly length: number
}

/** The fence a line opens, or null. A backtick fence's info string may not contain a backtick. */
export function fenceOpening(text: string, start: number, end: number): FenceOpen | null {
  let i = start
  while (i < end && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++
  const char = text.charCodeAt(i)
  if (char !== 96 && char !== 126) return null
  let j = i
  while (j < end && text.charCodeAt(j) === char) j++
  const length = j - i
  if (length < 3) return null
  if (char === 96) {
    for (let k = j; k < end; k++) if (text.charCodeAt(k) === 96) return null
  }
  return { char, length }
}

/** Whether a line closes `open`: same character, at least as long, nothing but blanks after. */
export function closesFence(text: string, start: number, end: number, open: FenceOpen): boolean {
  let i = start
  while (i < end && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++
  let j = i
  while (j < end && text.charCodeAt(j) === open.char) j++
  if (j - i < open.length) return false
  for (; j < end; j++) {
    const c = text.charCodeAt(j)
    if (c !== 32 && c !== 9) return false
  }
  return true
}
