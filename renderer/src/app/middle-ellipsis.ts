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
