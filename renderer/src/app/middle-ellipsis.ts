// Splits a file name so the UI can cut it in the middle: copies of one agent often differ only
// near the start (000_…, 001_…) or the end (…-v2.md), and an end-cut hides the extension and tail.
export interface NameParts {
  readonly head: string
  readonly tail: string
}

/** The tail keeps the extension and up to `tailChars` characters before it; names whose head
 *  would be under 8 characters stay whole (they fit, or an end cut reads better). */
export function splitForMiddleEllipsis(name: string, tailChars = 6): NameParts {
  const dot = name.lastIndexOf('.')
  const extension = dot > 0 && name.length - dot <= 10 ? name.slice(dot) : ''
  const cut = Math.max(0, name.length - extension.length - tailChars)
  if (cut < 8) return { head: name, tail: '' }
  return { head: name.slice(0, cut), tail: name.slice(cut) }
}

/** Separators a cut head does not end on: "code reviewer …" would show a gap before the "…". */
const TRAILING_SEPARATORS = /[\s_.-]+$/u

/**
 * The name as shown in `fits` (true when a text fits the space): whole when it fits, else the
 * longest head that fits with "…" and the tail, the head never ending on a space or separator.
 * The cut is made in the text, not by CSS `text-overflow`, whose ellipsis follows the last whole
 * character and leaves the rest of the head's box empty before the tail.
 */
export function middleCut(name: string, fits: (text: string) => boolean, tailChars = 6): string {
  if (fits(name)) return name
  const { head, tail } = splitForMiddleEllipsis(name, tailChars)
  if (tail === '') return name // too short to cut in the middle: CSS cuts the end
  const characters = Array.from(head) // never split a surrogate pair
  const shown = (count: number): string => `${characters.slice(0, count).join('').replace(TRAILING_SEPARATORS, '')}…${tail}`
  // The longest prefix that fits: fitting only shrinks as the prefix grows.
  let low = 1
  let high = characters.length - 1
  if (!fits(shown(low))) return shown(low) // no room even for one character: CSS clips the rest
  while (low < high) {
    const middle = Math.ceil((low + high) / 2)
    if (fits(shown(middle))) low = middle
    else high = middle - 1
  }
  return shown(low)
}
