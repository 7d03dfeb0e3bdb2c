// Titles as the aligner compares them and as section keys spell them: case, numbering,
// emoji, punctuation, `&` vs `and` and a trailing colon do not matter. One pass, no regex per
// character: it runs for every section of every file.

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u

/** `1. **API Design & Implementation**:` -> `api design and implementation`. */
export function normaliseTitle(title: string): string {
  let out = ''
  let pendingSpace = false
  for (let i = numberingEnd(title); i < title.length; i++) {
    const c = title.charCodeAt(i)
    let piece: string
    if (c < 128) {
      if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) piece = title[i]!
      else if (c >= 65 && c <= 90) piece = String.fromCharCode(c + 32)
      else if (c === 38) piece = 'and' // `&`
      else {
        if (c !== 39) pendingSpace = true // apostrophes join (`fiber's` -> `fibers`)
        continue
      }
      if (c === 38) pendingSpace = true
    } else {
      const ch = c >= 0xd800 && c <= 0xdbff ? title.slice(i, i + 2) : title[i]!
      if (ch.length === 2) i++
      if (c === 0x2019) continue
      if (!LETTER_OR_DIGIT.test(ch)) {
        pendingSpace = true
        continue
      }
      piece = ch.toLowerCase()
    }
    if (pendingSpace && out.length > 0) out += ' '
    out += piece
    pendingSpace = c === 38
  }
  return out
}

/** Slug for section keys: the normalised title with hyphens; `section` when nothing is left. */
export function slugOfTitle(title: string): string {
  const normalised = normaliseTitle(title)
  return normalised.length === 0 ? 'section' : normalised.replaceAll(' ', '-')
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
