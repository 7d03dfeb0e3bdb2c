// Fast text similarity for matching sections and grouping files: Dice coefficient over a set of
// word unigrams and bigrams. Sets are built once per text (cache them with `tokenSet`) and capped,
// so comparing two sections costs O(|A| + |B|) at most, no matter how long the texts are.
//
// A set holds numbers, not strings: a `TokenSpace` (shared by the sets compared with each other)
// numbers each distinct word and each distinct word pair once, so two tokens share a number
// exactly when they are the same word or word pair. The figures are those of sets of the strings
// "word" and "word word", without building a string per word pair and a hash set per text (the
// aligner and the proposal spent most of their time doing that). Words: word-numbers.ts.

import { IdSet } from './id-set'
import { WordNumbers, type WordOffsets } from './word-numbers'

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

/** Largest size of the blocks token sets are cut from. */
const TOKEN_BLOCK = 1 << 16

/** A text read once by `TokenSpace.readText`. */
export interface ReadText {
  readonly text: string
  /** Where the reading started: spans start here or later. */
  readonly from: number
  readonly words: WordOffsets
  /** pairs[k]: the number of the pair of words k - 1 and k (pairs[0] is unused). */
  readonly pairs: Int32Array
}

/** Index of the first of the ascending `values` that is >= `x` (values.length when none is). */
function firstAtOrAfter(values: Int32Array, x: number): number {
  let lo = 0
  let hi = values.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (values[mid]! < x) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** Token numbers for the sets compared with each other. Sets of one space compare in O(|A|+|B|)
 *  with no allocation: a scratch array of stamps marks one set's tokens. */
export class TokenSpace {
  private readonly words = new WordNumbers(() => this.next())
  /** Word pairs (v, w) -> their number, open addressing; v = 0 marks a free slot. */
  private pairV = new Int32Array(1024)
  private pairW = new Int32Array(1024)
  private pairIds = new Int32Array(1024)
  private pairs = 0
  private count = 0
  private stamps = new Int32Array(1024)
  private generation = 0
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
    return this.setOf(text, ids, 0, ids.length, null)
  }

  /** `text` from `from` on, read once so that the sets of its spans (`spanSet`) need no reading
   *  of their own; null when its spans must be read one by one (see WordNumbers.readWithOffsets). */
  readText(text: string, from = 0): ReadText | null {
    const words = this.words.readWithOffsets(text, from)
    if (words === null) return null
    const ids = words.ids
    const pairs = new Int32Array(ids.length)
    this.reservePairs(ids.length)
    for (let k = 1; k < ids.length; k++) pairs[k] = this.pairId(ids[k - 1]!, ids[k]!)
    return { text, from, words, pairs }
  }

  /** The set of `read.text.slice(start, end)`, equal to `tokenSet` of that slice. */
  spanSet(read: ReadText, start: number, end: number): TokenSet {
    const { starts, ends, ids } = read.words
    const lo = firstAtOrAfter(starts, start)
    const hi = firstAtOrAfter(starts, end)
    // A span that cuts a word has a part of it as a word of its own: it is read as a text.
    if (start < read.from || (lo > 0 && ends[lo - 1]! > start) || (hi > 0 && ends[hi - 1]! > end)) return this.tokenSet(read.text.slice(start, end))
    return this.setOf(read.text.slice(start, end), ids, lo, Math.min(hi, lo + MAX_WORDS), read.pairs)
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
    const stamp = this.nextStamp()
    let size = first
    for (let i = lo; i < hi; i++) {
      const id = ids[i]!
      if (this.stamps[id] !== stamp) {
        this.stamps[id] = stamp
        out[size++] = id
      }
    }
    for (let i = lo + 1; i < hi; i++) {
      const id = pairs === null ? this.pairId(ids[i - 1]!, ids[i]!) : pairs[i]!
      if (this.stamps[id] !== stamp) {
        this.stamps[id] = stamp
        out[size++] = id
      }
    }
    this.blockUsed = size
    return { size: size - first, tokens: out.subarray(first, size), space: this, text }
  }

  /** Tokens `a` and `b` share (both of this space). */
  shared(a: TokenSet, b: TokenSet): number {
    const [small, large] = a.size <= b.size ? [a, b] : [b, a]
    // Much smaller than the other: look its tokens up in the other's table (built once per set).
    if (small.size * 4 < large.size) {
      const table = lookupTable(large)
      let shared = 0
      for (const t of small.tokens) if (table.has(t)) shared++
      return shared
    }
    const stamp = this.nextStamp()
    for (const t of large.tokens) this.stamps[t] = stamp
    let shared = 0
    for (const t of small.tokens) if (this.stamps[t] === stamp) shared++
    return shared
  }

  private next(): number {
    const id = ++this.count
    if (id >= this.stamps.length) {
      const grown = new Int32Array(this.stamps.length * 2)
      grown.set(this.stamps)
      this.stamps = grown
    }
    return id
  }

  private nextStamp(): number {
    if (this.generation === 0x7fffffff) {
      this.stamps.fill(0)
      this.generation = 0
    }
    return ++this.generation
  }

  private pairId(v: number, w: number): number {
    let mask = this.pairV.length - 1
    let i = slotOf(v, w, mask)
    for (; this.pairV[i] !== 0; i = (i + 1) & mask) if (this.pairV[i] === v && this.pairW[i] === w) return this.pairIds[i]!
    if ((this.pairs + 1) * 2 > this.pairV.length) {
      this.growPairs()
      mask = this.pairV.length - 1
      for (i = slotOf(v, w, mask); this.pairV[i] !== 0; i = (i + 1) & mask);
    }
    const id = this.next()
    this.pairV[i] = v
    this.pairW[i] = w
    this.pairIds[i] = id
    this.pairs++
    return id
  }

  /** Room for `more` new pairs without growing the table on the way. */
  private reservePairs(more: number): void {
    let length = this.pairV.length
    while ((this.pairs + more + 1) * 2 > length) length *= 2
    if (length > this.pairV.length) this.growPairs(length)
  }

  private growPairs(length = this.pairV.length * 2): void {
    const [vs, ws, ids] = [this.pairV, this.pairW, this.pairIds]
    this.pairV = new Int32Array(length)
    this.pairW = new Int32Array(length)
    this.pairIds = new Int32Array(length)
    const mask = this.pairV.length - 1
    for (let j = 0; j < vs.length; j++) {
      const v = vs[j]!
      if (v === 0) continue
      let i = slotOf(v, ws[j]!, mask)
      while (this.pairV[i] !== 0) i = (i + 1) & mask
      this.pairV[i] = v
      this.pairW[i] = ws[j]!
      this.pairIds[i] = ids[j]!
    }
  }
}

/** Fibonacci hashing of the pair: the product's top bits are its best mixed (mask + 1 slots). */
function slotOf(v: number, w: number, mask: number): number {
  return Math.imul(Math.imul(v, 0x9e3779b1) ^ w, 0x85ebca6b) >>> Math.clz32(mask)
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

/** Similarity of two texts, 0..1 (1 when they have the same words in the same neighbourhoods). */
export function textSimilarity(a: string, b: string): number {
  if (a === b) return 1
  const space = new TokenSpace()
  return tokenSetSimilarity(space.tokenSet(a), space.tokenSet(b))
}

/** The set's tokens in the order a set of strings lists them (words first, each in order of
 *  first appearance, then word pairs). */
export function orderedTokens(set: TokenSet): Int32Array {
  return set.tokens
}

const tables = new WeakMap<TokenSet, IdSet>()

function lookupTable(set: TokenSet): IdSet {
  let table = tables.get(set)
  if (!table) {
    table = new IdSet(set.size)
    for (const t of set.tokens) table.add(t)
    tables.set(set, table)
  }
  return table
}

/** Whether the set holds a token (a number from `orderedTokens` of a set in the same space).
 *  The first call builds a table for the set, so many look-ups in one set cost O(1) each. */
export function hasToken(set: TokenSet, token: number): boolean {
  return lookupTable(set).has(token)
}

/** The set's look-up table, for many `hasToken` questions in a row. */
export function tokenTable(set: TokenSet): { has(token: number): boolean } {
  return lookupTable(set)
}
