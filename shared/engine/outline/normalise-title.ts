// Titles as the aligner compares them and as section keys spell them: case, numbering,
// emoji, punctuation, `&` vs `and` and a trailing colon do not matter. One pass, no regex per
// character: it runs for every section of every file.

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u

/** `1. **API Design & Implementation**:` -> `api design and implementation`. */
export function normaliseTitle(title: string): string {
  const lower = title.toLowerCase()
  return joinWords(lower, 0, lower.length, ' ')
}

/** Slug for section keys: the normalised title with hyphens; `section` when nothing is left. */
export function slugOfTitle(title: string): string {
  const lower = title.toLowerCase()
  return slugOf(joinWords(lower, 0, lower.length, '-'))
}

/** slugOfTitle of each title. The titles are lowercased together, in one call rather than one
 *  per title: that call cost more than the rest of the work on a short title. */
export function slugsOfTitles(titles: readonly string[]): string[] {
  const joined = titles.join('\n')
  const lower = joined.toLowerCase()
  // Lowercasing may change a length (`İ` becomes two characters): then the offsets below would
  // not hold, and each title is lowercased on its own.
  if (lower.length !== joined.length) return titles.map(slugOfTitle)
  const slugs: string[] = []
  let from = 0
  for (const title of titles) {
    const to = from + title.length
    slugs.push(slugOf(joinWords(lower, from, to, '-')))
    from = to + 1
  }
  return slugs
}

const slugOf = (words: string): string => (words.length === 0 ? 'section' : words)

/** The words of `lower.slice(from, to)` (see normaliseTitle) joined with `separator`. */
function joinWords(lower: string, from: number, to: number, separator: string): string {
  let out = ''
  let pendingSpace = false
  let i = numberingEnd(lower, from, to)
  while (i < to) {
    const c = lower.charCodeAt(i)
    if (isAsciiLetterOrDigit(c)) {
      let j = i + 1
      while (j < to && isAsciiLetterOrDigit(lower.charCodeAt(j))) j++
      if (pendingSpace && out.length > 0) out += separator
      out += lower.slice(i, j) // whole runs at once: titles are mostly ASCII words
      pendingSpace = false
      i = j
    } else if (c === 38) {
      if (out.length > 0) out += separator // `&` reads `and`, a word of its own
      out += 'and'
      pendingSpace = true
      i++
    } else if (c === 39 || c === 0x2019) {
      i++ // apostrophes join (`fiber's` -> `fibers`)
    } else if (c < 128) {
      pendingSpace = true
      i++
    } else {
      const ch = String.fromCodePoint(lower.codePointAt(i)!)
      if (LETTER_OR_DIGIT.test(ch)) {
        if (pendingSpace && out.length > 0) out += separator
        out += ch
        pendingSpace = false
      } else pendingSpace = true
      i += ch.length
    }
  }
  return out
}

function isAsciiLetterOrDigit(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 48 && c <= 57)
}

/** Where leading numbering in `s.slice(from, to)` ends (`1.`, `2)`, `1.2.3`, `3 -`, `4:`), after
 *  any `#`, `*`, `_` or spaces before it; `from` when there is none. `2024 roadmap` and
 *  `3.5 sonnet` keep their numbers. */
function numberingEnd(s: string, from: number, to: number): number {
  let i = from
  while (i < to && isNumberingLead(s.charCodeAt(i))) i++
  let j = i
  let digits = 0
  let dots = 0
  while (j < to) {
    const c = s.charCodeAt(j)
    if (c >= 48 && c <= 57) digits++
    else if (c === 46) dots++
    else break
    j++
  }
  if (digits === 0) return from
  if (j === to) return j
  const next = s.charCodeAt(j)
  if (next === 41) return j + 1 // `)`
  if (s.charCodeAt(j - 1) === 46 || dots >= 2 || next === 58 || (next === 32 && j + 1 < to && s.charCodeAt(j + 1) === 45)) return j
  return from
}

/** ` `, `*`, `_`, `#`: what may come before numbering (`## 1. Title`, `**2) Title**`). */
function isNumberingLead(c: number): boolean {
  return c === 32 || c === 42 || c === 95 || c === 35
}
