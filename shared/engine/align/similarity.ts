// Fast text similarity for matching sections and grouping files: Dice coefficient over a set of
// word unigrams and bigrams. Sets are built once per text (cache them with `tokenSet`) and capped,
// so comparing two sections costs O(min(|A|, |B|)) no matter how long they are.

/** Words beyond this many are ignored (the start of a text is enough to recognise it). */
export const MAX_WORDS = 1500

export type TokenSet = ReadonlySet<string>

const WORD = /[\p{L}\p{N}_]+/gu

export function tokenSet(text: string): TokenSet {
  const words = (text.toLowerCase().match(WORD) ?? []).slice(0, MAX_WORDS)
  const set = new Set<string>(words)
  for (let i = 1; i < words.length; i++) set.add(`${words[i - 1]} ${words[i]}`)
  return set
}

/** Dice coefficient of two token sets: 1 for equal sets (also two empty ones), 0 for disjoint. */
export function tokenSetSimilarity(a: TokenSet, b: TokenSet): number {
  if (a.size === 0 && b.size === 0) return 1
  if (a.size === 0 || b.size === 0) return 0
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  let shared = 0
  for (const token of small) if (large.has(token)) shared++
  return (2 * shared) / (a.size + b.size)
}

/** Similarity of two texts, 0..1 (1 when they have the same words in the same neighbourhoods). */
export function textSimilarity(a: string, b: string): number {
  if (a === b) return 1
  return tokenSetSimilarity(tokenSet(a), tokenSet(b))
}
