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

export function jaccard(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 || b.size === 0) return 0
  let shared = 0
  for (const t of a) if (b.has(t)) shared++
  return shared / (a.size + b.size - shared)
}

/** Name likeness: mean of Jaccard and containment, so `code-reviewer` vs `senior-code-reviewer`
 *  scores high (one name holds the other) while sharing one generic word scores low. */
export function nameSimilarity(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0
  const setB = new Set(b)
  let shared = 0
  for (const t of a) if (setB.has(t)) shared++
  const union = a.length + b.length - shared
  return (shared / union + shared / Math.min(a.length, b.length)) / 2
}

