// Cheap similarity of short texts (names, descriptions) as sets of stemmed tokens.

import { stemToken } from './name-keys'

const STOPWORDS = new Set(
  (
    'the and for with you your are this that use when from into any all can will not has have its ' +
    'who what how should must may more also such use uses using used proactively agent expert specialist ' +
    'specializing specializes example examples context user assistant commentary'
  ).split(' '),
)

/** Distinct stemmed content words (3+ letters, stopwords out) of a free text. */
export function contentTokens(text: string | null): ReadonlySet<string> {
  const tokens = new Set<string>()
  if (text === null) return tokens
  for (const word of text.toLowerCase().split(/[^a-z0-9]+/)) {
    if (word.length >= 3 && !STOPWORDS.has(word)) tokens.add(stemToken(word))
  }
  return tokens
}

/** Numbers for tokens, shared by every file of one grouping, so that each file keeps its tokens
 *  as a short sorted array of numbers instead of a Set of strings cut from its text (a Set and
 *  its strings were ~1.5 KB a file and kept every lowercased description alive). */
export interface TokenVocabulary {
  /** The distinct numbers of `contentTokens(text)`, ascending; one shared array for every copy of
   *  the same text: copies of an agent repeat its description. */
  numbersOfText(text: string | null): readonly number[]
}

export function createTokenVocabulary(): TokenVocabulary {
  const numbers = new Map<string, number>()
  const numbersOf = (tokens: Iterable<string>): readonly number[] => {
    const out: number[] = []
    for (const token of tokens) {
      let n = numbers.get(token)
      if (n === undefined) {
        n = numbers.size
        // The key is copied so that the map does not keep the text the token was cut from.
        numbers.set(token.length < 13 ? token : ` ${token}`.slice(1), n)
      }
      out.push(n)
    }
    out.sort((a, b) => a - b)
    return out.filter((n, i) => i === 0 || n !== out[i - 1])
  }
  // Keyed by the text itself: a caller that keeps the vocabulary passes detached text (the scan does).
  const byText = new Map<string, readonly number[]>()
  const none: readonly number[] = []
  return {
    numbersOfText(text) {
      if (text === null) return none
      let out = byText.get(text)
      if (out === undefined) {
        out = numbersOf(contentTokens(text))
        byText.set(text, out)
      }
      return out
    },
  }
}

/** Jaccard similarity of two token sets given as sorted distinct numbers (TokenVocabulary). */
export function jaccard(a: readonly number[], b: readonly number[]): number {
  if (a.length === 0 || b.length === 0) return 0
  let shared = 0
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      shared++
      i++
      j++
    } else if (a[i]! < b[j]!) i++
    else j++
  }
  return shared / (a.length + b.length - shared)
}

/** Name likeness: mean of Jaccard and containment, so `code-reviewer` vs `senior-code-reviewer`
 *  scores high (one name holds the other) while sharing one generic word scores low. */
export function nameSimilarity(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0
  let shared = 0
  for (const t of a) if (b.includes(t)) shared++ // names have a few tokens: no Set
  const union = a.length + b.length - shared
  return (shared / union + shared / Math.min(a.length, b.length)) / 2
}

