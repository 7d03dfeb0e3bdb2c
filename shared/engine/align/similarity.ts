// Fast text similarity for matching sections and grouping files: Dice coefficient over a set of
// word unigrams and bigrams. Sets are built once per text (cache them with `tokenSet`) and capped,
// so comparing two sections costs O(|A| + |B|) at most, no matter how long the texts are.
//
// A set holds numbers, not strings: a `TokenSpace` (shared by the sets compared with each other)
// numbers each distinct word and each distinct word pair once, so two tokens share a number
// exactly when they are the same word or word pair. The figures are those of sets of the strings
// "word" and "word word", without building a string per word pair and a hash set per text (the
// aligner and the proposal spent most of their time doing that). Words: word-numbers.ts.

import { PairNumbers } from './pair-numbers'
import { FAR_SPAN, firstAtOrAfter, ReadText } from './read-text'
import { makeRoomForToken, nextStamp, scratch } from './token-stamps'
import { lookupTable } from './token-table'
import { currentWordTable } from './word-table'

/** Words beyond this many are ignored (the start of a text is enough to recognise it). */
export const MAX_WORDS = 1500

/** The default space starts over past this many tokens (it would otherwise grow for as long as
 *  the process runs); sets made before still compare correctly (see sharedTokens). */
const MAX_DEFAULT_SPACE_TOKENS = 2 ** 22

/** A text's distinct words and word pairs. Only comparable through the functions here (token
 *  numbers mean something only within their space). */
export interface TokenSet {
  readonly size: number
  /** Distinct token numbers: the words in order of first appearance, then the word pairs so. */
  readonly tokens: Int32Array
  readonly space: TokenSpace
  /** The text it was made from (to compare with a set of another space). */
  readonly text: string
}

/** Fewest characters of text per distinct word pair expected (see expectText). */
const CHARACTERS_PER_PAIR = 8
const MAX_RESERVED_PAIRS = 1 << 16

/** Largest size of the blocks token sets are cut from. */
const TOKEN_BLOCK = 1 << 16

/** Token numbers for the sets compared with each other. Sets of one space compare in O(|A|+|B|)
 *  with no allocation: a scratch array of stamps marks one set's tokens (see `scratch`). */
export class TokenSpace {
  /** The table current when the space was made: its word numbers stay this space's to map. */
  private readonly words = currentWordTable()
  /** Per word number of `words`: its token number in this space (0: none yet). */
  private tokenOfWord = new Int32Array(1024)
  private readonly pairs = new PairNumbers(() => this.next())
  private count = 0
  /** The sets' tokens, cut from shared blocks: a typed array per set (tens of thousands per
   *  group) cost more to allocate and collect than to fill. */
  private block = new Int32Array(0)
  private blockUsed = 0

  /** How many distinct words and word pairs have numbers. */
  get tokens(): number {
    return this.count
  }

  tokenSet(text: string): TokenSet {
    const ids = this.words.readView(text, MAX_WORDS)
    const tokenOfWord = this.wordTokens()
    for (let k = 0; k < ids.length; k++) ids[k] = tokenOfWord[ids[k]!] || this.newWordToken(ids[k]!)
    return this.setOf(text, ids, 0, ids.length, null)
  }

  /** Room for `characters` more of text to be read before the space's pair table grows (up to
   *  MAX_RESERVED_PAIRS pairs: a long text may be read only as far as its spans need). */
  expectText(characters: number): void {
    // A library's bodies hold about one distinct word pair per CHARACTERS_PER_PAIR characters.
    this.pairs.reserve(Math.min(MAX_RESERVED_PAIRS, Math.ceil(characters / CHARACTERS_PER_PAIR)))
  }

  /** `tokenOfWord`, long enough for every word of the table. */
  private wordTokens(): Int32Array {
    const words = this.words.size
    if (words >= this.tokenOfWord.length) {
      const grown = new Int32Array(Math.max(words + 1, 2 * this.tokenOfWord.length))
      grown.set(this.tokenOfWord)
      this.tokenOfWord = grown
    }
    return this.tokenOfWord
  }

  private newWordToken(word: number): number {
    return (this.tokenOfWord[word] = this.next())
  }

  /** `text` from `from` on, to be read as its spans need it (`spanSet`): once, however many
   *  spans overlap. */
  readText(text: string, from = 0): ReadText {
    return new ReadText(text, from)
  }

  /** The set of `read.text.slice(start, end)`, equal to `tokenSet` of that slice. */
  spanSet(read: ReadText, start: number, end: number): TokenSet {
    const slice = (): string => read.text.slice(start, end)
    if (start < read.from) return this.tokenSet(slice())
    // Far: past FAR_SPAN and past as much as is read (reading on to it at most doubles the reading).
    if (start > read.reached + Math.max(FAR_SPAN, read.reached - read.from) && read.farBudget > 0) {
      const set = this.tokenSet(slice())
      read.farBudget -= this.words.lastReadEnd
      return set
    }
    // Read on until the span's words are read, or its first MAX_WORDS (all the set takes); past
    // a span's end, on for up to MAX_WORDS words or FAR_SPAN characters more, for the spans that
    // follow. (A fixed count of words read on went a quarter past the spans of two 2 MB files of
    // 822-character words.)
    let lo = firstAtOrAfter(read.starts, read.count, start)
    if (!read.done && read.reached < end && read.count - lo < MAX_WORDS) {
      this.readMore(read, MAX_WORDS - (read.count - lo), end)
      if (!read.done && read.reached >= end) this.readMore(read, MAX_WORDS, read.reached + FAR_SPAN)
      lo = firstAtOrAfter(read.starts, read.count, start)
    }
    // Past where the text needs the regular expression: read as a text of its own.
    if (read.reached < end && read.count - lo < MAX_WORDS) return this.tokenSet(slice())
    const hi = firstAtOrAfter(read.starts, read.count, end)
    const { ends } = read
    // A span that cuts a word has a part of it as a word of its own: it is read as a text.
    if ((lo > 0 && ends[lo - 1]! > start) || (hi > 0 && ends[hi - 1]! > end)) return this.tokenSet(slice())
    return this.setOf(slice(), read.ids, lo, Math.min(hi, lo + MAX_WORDS), read.pairs)
  }

  /** Up to `max` more words of `read`, those starting before `until`, their word pairs numbered. */
  private readMore(read: ReadText, max: number, until: number): void {
    const words = this.words.readWithOffsets(read.text, read.reached, max, until)
    if (words === null) {
      read.done = true
      return
    }
    const n = words.ids.length
    const first = read.count
    const done = words.end === read.text.length
    if (first + n > read.ids.length) {
      // The last reading of a text gets arrays of its exact size.
      const length = done ? first + n : Math.max(first + n, 2 * read.ids.length)
      const grown = (a: Int32Array): Int32Array<ArrayBuffer> => {
        const b = new Int32Array(length)
        b.set(a.subarray(0, first))
        return b
      }
      read.ids = grown(read.ids)
      read.starts = grown(read.starts)
      read.ends = grown(read.ends)
      read.pairs = grown(read.pairs)
    }
    read.starts.set(words.starts, first)
    read.ends.set(words.ends, first)
    const { ids, pairs } = read
    const tokenOfWord = this.wordTokens()
    for (let k = first; k < first + n; k++) {
      const word = words.ids[k - first]!
      ids[k] = tokenOfWord[word] || this.newWordToken(word)
      if (k > 0) pairs[k] = this.pairs.numberOf(ids[k - 1]!, ids[k]!)
    }
    read.count = first + n
    read.reached = words.end
    read.done = done
  }

  /** The distinct words ids[lo..hi) and then their distinct pairs (`pairs[k]`: the pair ending
   *  at word k, or numbered here when null). */
  private setOf(text: string, ids: Int32Array, lo: number, hi: number, pairs: Int32Array | null): TokenSet {
    const room = Math.max(0, 2 * (hi - lo) - 1)
    if (this.blockUsed + room > this.block.length) {
      // Blocks double up to TOKEN_BLOCK: a space made for two small texts stays small.
      this.block = new Int32Array(Math.max(room, Math.min(TOKEN_BLOCK, 2 * this.block.length || 256)))
      this.blockUsed = 0
    }
    const out = this.block
    const first = this.blockUsed
    const stamp = nextStamp()
    let size = first
    const { stamps } = scratch
    for (let i = lo; i < hi; i++) {
      const id = ids[i]!
      if (stamps[id] !== stamp) {
        stamps[id] = stamp
        out[size++] = id
      }
    }
    for (let i = lo + 1; i < hi; i++) {
      const id = pairs === null ? this.pairs.numberOf(ids[i - 1]!, ids[i]!) : pairs[i]!
      // (Numbering a new pair may have grown the stamps.)
      if (scratch.stamps[id] !== stamp) {
        scratch.stamps[id] = stamp
        out[size++] = id
      }
    }
    this.blockUsed = size
    return { size: size - first, tokens: out.subarray(first, size), space: this, text }
  }

  /** Tokens `a` and `b` share (both of this space). */
  shared(a: TokenSet, b: TokenSet): number {
    return this.sharedAtLeast(a, b, 0)
  }

  /** `shared(a, b)` when it is at least `needed`, else -1: the count stops at the first token
   *  missing too many to get there. */
  sharedAtLeast(a: TokenSet, b: TokenSet, needed: number): number {
    // (No array or iterator per call: this runs for every pair of sections compared.)
    const small = a.size <= b.size ? a : b
    const large = small === a ? b : a
    const allowedMisses = small.size - needed
    if (allowedMisses < 0) return -1
    let misses = 0
    const smallTokens = small.tokens
    if (small.size * 4 < large.size) {
      const table = lookupTable(large)
      for (let i = 0; i < smallTokens.length; i++) if (!table.has(smallTokens[i]!) && ++misses > allowedMisses) return -1
    } else {
      const stamp = nextStamp()
      const { stamps } = scratch
      const largeTokens = large.tokens
      for (let i = 0; i < largeTokens.length; i++) stamps[largeTokens[i]!] = stamp
      for (let i = 0; i < smallTokens.length; i++) if (stamps[smallTokens[i]!] !== stamp && ++misses > allowedMisses) return -1
    }
    return small.size - misses
  }

  private next(): number {
    const id = ++this.count
    makeRoomForToken(id)
    return id
  }
}


let defaultSpace = new TokenSpace()

/** The token set of a text in the process's default space. Callers that compare many sets of one
 *  task should give them a space of their own (`new TokenSpace().tokenSet`). */
export function tokenSet(text: string): TokenSet {
  if (defaultSpace.tokens > MAX_DEFAULT_SPACE_TOKENS) defaultSpace = new TokenSpace()
  return defaultSpace.tokenSet(text)
}

/** Number of tokens two sets share. */
export function sharedTokens(a: TokenSet, b: TokenSet): number {
  if (a.space === b.space) return a.space.shared(a, b)
  const space = new TokenSpace()
  return sharedTokens(space.tokenSet(a.text), space.tokenSet(b.text))
}

/** Dice coefficient of two token sets: 1 for equal sets (also two empty ones), 0 for disjoint. */
export function tokenSetSimilarity(a: TokenSet, b: TokenSet): number {
  if (a.size === 0 && b.size === 0) return 1
  if (a.size === 0 || b.size === 0) return 0
  return (2 * sharedTokens(a, b)) / (a.size + b.size)
}

/** `tokenSetSimilarity(a, b)` when it is at least `threshold` (> 0), else 0: sets whose sizes
 *  alone keep them below it are not compared, and the count of shared tokens stops as soon as
 *  the rest cannot get there. */
export function similarityAtLeast(a: TokenSet, b: TokenSet, threshold: number): number {
  if (a.size === 0 || b.size === 0 || a.space !== b.space) {
    const similarity = tokenSetSimilarity(a, b)
    return similarity >= threshold ? similarity : 0
  }
  const sizes = a.size + b.size
  // The fewest shared tokens that reach the threshold (the same division as tokenSetSimilarity's).
  let needed = Math.max(0, Math.floor((threshold * sizes) / 2) - 1)
  while (needed <= Math.min(a.size, b.size) && (2 * needed) / sizes < threshold) needed++
  if (needed > Math.min(a.size, b.size)) return 0
  const shared = a.space.sharedAtLeast(a, b, needed)
  return shared < 0 ? 0 : (2 * shared) / sizes
}

/** Similarity of two texts, 0..1 (1 when they have the same words in the same neighbourhoods). */
export function textSimilarity(a: string, b: string): number {
  if (a === b) return 1
  const space = new TokenSpace()
  return tokenSetSimilarity(space.tokenSet(a), space.tokenSet(b))
}

