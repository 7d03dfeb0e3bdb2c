// Whether a stretch of text holds anything but white space, read in place: no copy, no match
// object (it is asked for every section of every merged text and every row a proposal weighs).

const WHITE_SPACE = /\s/

/** Whether `text.slice(from, to)` holds anything `trim()` would keep. */
export function hasNonSpace(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isWhiteSpace(text.charCodeAt(i))) return true
  return false
}

/** Whether `trim()` removes the code unit `c` (`\s`: no surrogate is white space). */
function isWhiteSpace(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13)
  return WHITE_SPACE.test(String.fromCharCode(c))
}
