// Titles as the aligner compares them and as section keys spell them: case, numbering,
// emoji, punctuation, `&` vs `and` and a trailing colon do not matter. One pass, no regex per
// character: it runs for every section of every file.

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u

/** `1. **API Design & Implementation**:` -> `api design and implementation`. */
export function normaliseTitle(title: string): string {
  return joinWords(title, ' ')
}

/** Slug for section keys: the normalised title with hyphens; `section` when nothing is left. */
export function slugOfTitle(title: string): string {
  const slug = joinWords(title, '-')
  return slug.length === 0 ? 'section' : slug
}

/** The words of the title (see normaliseTitle) joined with `separator`. */
function joinWords(title: string, separator: string): string {
  const lower = title.toLowerCase()
  let out = ''
  let pendingSpace = false
  const append = (piece: string): void => {
    if (pendingSpace && out.length > 0) out += separator
    out += piece
    pendingSpace = false
  }
  let i = numberingEnd(lower)
  while (i < lower.length) {
    const c = lower.charCodeAt(i)
    if (isAsciiLetterOrDigit(c)) {
      let j = i + 1
      while (j < lower.length && isAsciiLetterOrDigit(lower.charCodeAt(j))) j++
      append(lower.slice(i, j)) // whole runs at once: titles are mostly ASCII words
      i = j
    } else if (c === 38) {
      pendingSpace = true // `&` reads `and`, a word of its own
      append('and')
      pendingSpace = true
      i++
    } else if (c === 39 || c === 0x2019) {
      i++ // apostrophes join (`fiber's` -> `fibers`)
    } else if (c < 128) {
      pendingSpace = true
      i++
    } else {
      const ch = String.fromCodePoint(lower.codePointAt(i)!)
      if (LETTER_OR_DIGIT.test(ch)) append(ch)
      else pendingSpace = true
      i += ch.length
    }
  }
  return out
}

function isAsciiLetterOrDigit(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57)
}

/** Where leading numbering ends (`1.`, `2)`, `1.2.3`, `3 -`, `4:`), after any `#`, `*`, `_` or
 *  spaces before it; 0 when there is none. `2024 roadmap` and `3.5 sonnet` keep their numbers. */
function numberingEnd(s: string): number {
  let i = 0
  while (i < s.length && (s[i] === ' ' || s[i] === '*' || s[i] === '_' || s[i] === '#')) i++
  let j = i
  let digits = 0
  let dots = 0
  while (j < s.length) {
    const c = s.charCodeAt(j)
    if (c >= 48 && c <= 57) digits++
    else if (c === 46) dots++
    else break
    j++
  }
  if (digits === 0) return 0
  const endsWithDot = s[j - 1] === '.'
  if (s[j] === ')') return j + 1
  if (endsWithDot || dots >= 2 || s[j] === ':' || (s[j] === ' ' && s[j + 1] === '-') || j === s.length) return j
  return 0
}
