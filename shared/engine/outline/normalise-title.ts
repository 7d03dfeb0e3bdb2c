// Titles as the aligner compares them and as section keys spell them: case, numbering,
// emoji, punctuation, `&` vs `and` and a trailing colon do not matter.

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u

/** `1. **API Design & Implementation**:` -> `api design and implementation`. */
export function normaliseTitle(title: string): string {
  let s = title.toLowerCase().replace(/&/g, ' and ')
  s = stripLeadingNumbering(s)
  let out = ''
  let pendingSpace = false
  for (const ch of s) {
    if (isLetterOrDigit(ch)) {
      if (pendingSpace && out.length > 0) out += ' '
      out += ch
      pendingSpace = false
    } else if (ch !== "'" && ch !== '\u2019') {
      // apostrophes join (`fiber's` -> `fibers`); everything else separates words
      pendingSpace = true
    }
  }
  return out
}

function isLetterOrDigit(ch: string): boolean {
  const c = ch.charCodeAt(0)
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90)
  return LETTER_OR_DIGIT.test(ch)
}

/** Slug for section keys: the normalised title with hyphens; `section` when nothing is left. */
export function slugOfTitle(title: string): string {
  const normalised = normaliseTitle(title)
  return normalised.length === 0 ? 'section' : normalised.replace(/ /g, '-')
}

/** Drops list/section numbering at the start (`1.`, `2)`, `1.2.3`, `3 -`); keeps `2024 roadmap`, `3.5 sonnet`. */
function stripLeadingNumbering(s: string): string {
  let i = 0
  while (i < s.length && (s[i] === ' ' || s[i] === '*' || s[i] === '_' || s[i] === '#')) i++
  let j = i
  while (j < s.length && ((s[j]! >= '0' && s[j]! <= '9') || s[j] === '.')) j++
  if (j === i) return s
  if (j < s.length && s[j] === ')') j++
  const digitsOnly = s.slice(i, j).replace(/[.)]/g, '')
  if (digitsOnly.length === 0) return s
  // `2024 roadmap` keeps its number: numbering is followed by a separator (`.`, `)`, `:` or `-`)
  const token = s.slice(i, j)
  const dots = token.split('.').length - 1
  const separated = /[.)]$/.test(token) || dots >= 2 || s[j] === ':' || (s[j] === ' ' && s[j + 1] === '-')
  if (!separated && j < s.length) return s
  return s.slice(j)
}
