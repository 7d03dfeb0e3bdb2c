// The words of a text as numbers, for token sets (similarity.ts): the first MAX_WORDS runs of
// letters, digits and `_` of the lowercased text (the regular expression /[\p{L}\p{N}_]+/gu over
// text.toLowerCase()), each distinct word numbered once.
//
// Most text is read without that regular expression and without a string per word: ASCII is
// classified and lowercased by code, and a word already numbered is found in a hash table by
// comparing characters. A character outside ASCII that is neither part of a word nor changed by
// lowercasing (a dash, a quote, an emoji) separates words as the expression would; any other (an
// accented letter, a Greek capital) sends the whole text the expression's way, so the words are
// always exactly the expression's.

import { folded, HASH_START, separatesWords, step, WORD, WORD_UNIT } from './word-chars'

/** The words of a text in order: their numbers and where each starts and ends in the text. */
export interface WordOffsets {
  readonly ids: Int32Array
  readonly starts: Int32Array
  readonly ends: Int32Array
  /** Where the reading stopped (the text's end, the end of the last word when `max` words were
   *  read, or `until` or the end of the word running over it): every word that starts before it
   *  is among these. */
  readonly end: number
}

/** The words of the latest reading (numbers, starts, ends), reused from one reading to the next
 *  by every WordNumbers (a reading runs to its end before another starts): a text's words were
 *  most of what aligning a group allocated. */
let found = new Int32Array(1024)
let starts = new Int32Array(1024)
let ends = new Int32Array(1024)
/** Where the latest reading stopped. */
let stoppedAt = 0

/** Why WordNumbers.scanWords stopped: the reading is over; `found` is full; the word
 *  text[wordStart..reached) is not in the table (its slot would be `wordSlot`); a unit outside
 *  ASCII at `reached`, or one right after such a word. */
const DONE = 0
const FOUND_FULL = 1
const NEW_WORD = 2
const NOT_ASCII = 3
const WORD_BEFORE_NOT_ASCII = 4
/** The reading in progress: where it is and how many words it has; the word it stopped at. */
let reached = 0
let count = 0
let wordStart = 0
let wordHash = 0
let wordSlot = 0

function growFound(): void {
  const grown = (a: Int32Array): Int32Array<ArrayBuffer> => {
    const b = new Int32Array(a.length * 2)
    b.set(a)
    return b
  }
  found = grown(found)
  starts = grown(starts)
  ends = grown(ends)
}

export class WordNumbers {
  /** Open addressing, four numbers a slot (its word's number, 0 = free; the word's hash; where
   *  the word is in `units`; its length: one cache line per probe). */
  private slots = new Int32Array(4 * 1024)
  /** The words' code units, folded, one after another: a string per new word (a slice and
   *  its lowercase copy, hundreds of thousands a library) cost more than reading the words. */
  private units = new Uint16Array(4096)
  private unitsUsed = 0
  private count = 0

  /** `next` hands out a new number for a word not seen before. */
  constructor(private readonly next: () => number) {}

  /** Numbers of the first `max` words of `text`, in order. */
  read(text: string, max: number): number[] {
    return Array.from(this.readView(text, max))
  }

  /** `read` as a view that the next reading overwrites. */
  readView(text: string, max: number): Int32Array {
    const n = this.readAscii(text, 0, max, Infinity)
    return n >= 0 ? found.subarray(0, n) : Int32Array.from(this.readByExpression(text, max))
  }

  /** The words of `text` from `from` on (the first `max` of them, and only those starting before
   *  `until`), with where each starts and ends; null when the text needs the regular expression there (a character outside ASCII that
   *  is part of a word or changes when lowercased). The words of any span of the text that cuts
   *  no word are then a run of these (lowercasing ASCII depends on no neighbour), and reading on
   *  from `end` gives the words that follow. The arrays are views the next reading overwrites. */
  readWithOffsets(text: string, from: number, max = Infinity, until = Infinity): WordOffsets | null {
    const n = this.readAscii(text, from, max, until)
    return n < 0 ? null : { ids: found.subarray(0, n), starts: starts.subarray(0, n), ends: ends.subarray(0, n), end: stoppedAt }
  }

  /** How many words have numbers. */
  get size(): number {
    return this.count
  }

  /** How far into its text the latest `read` or `readView` went (characters). */
  get lastReadEnd(): number {
    return stoppedAt
  }

  /** The ASCII-only reading of `read` into `found`, `starts` and `ends`: how many words, or -1
   *  where only the expression can read the text. */
  private readAscii(text: string, from: number, max: number, until: number): number {
    reached = from
    count = 0
    for (;;) {
      const why = this.scanWords(text, max, until)
      if (why === DONE) break
      if (why === FOUND_FULL) growFound()
      else if (why === NEW_WORD) this.keepWord(this.insert(wordSlot, text, wordStart, reached, wordHash, true))
      else {
        const cp = text.codePointAt(reached)!
        if (!separatesWords(cp)) return -1
        // A word running into a separator outside ASCII ("plan—"); else the separator is passed.
        if (why === WORD_BEFORE_NOT_ASCII) this.keepWord(this.numberOfSpan(text, wordStart, reached, wordHash))
        else reached += cp > 0xffff ? 2 : 1
      }
    }
    stoppedAt = reached
    return count
  }

  /** The word text[wordStart..reached) numbered `id`, the next of `found`. */
  private keepWord(id: number): void {
    found[count] = id
    starts[count] = wordStart
    ends[count] = reached
    count++
  }

  /** readAscii's loop, from `reached` on (`count` words read): reads ASCII words the table holds
   *  and stops at anything else, saying why (`reached`, `count` and the word's `wordStart`,
   *  `wordHash`, `wordSlot` say where). Every rare case is left to readAscii: a short process
   *  compiles this before they happen, and each one met later threw the compiled loop away (and
   *  readAscii's compile is a large one, done again each time). */
  private scanWords(text: string, max: number, until: number): number {
    const length = text.length
    const { slots, units } = this
    const mask = (slots.length >> 2) - 1
    const shift = Math.clz32(mask)
    const ids = found
    const begins = starts
    const finishes = ends
    let n = count
    let i = reached
    let why = DONE
    while (i < length && n < max && i < until) {
      let c = text.charCodeAt(i)
      if (c >= 128) {
        why = NOT_ASCII
        break
      }
      if (WORD_UNIT[c] === 0) {
        i++
        continue
      }
      if (n === ids.length) {
        why = FOUND_FULL
        break
      }
      const start = i
      let hash = HASH_START
      for (;;) {
        hash = Math.imul(hash ^ (c | 32), 0x01000193)
        if (++i === length) break
        c = text.charCodeAt(i)
        if (c >= 128 || WORD_UNIT[c] === 0) break
      }
      const wordLength = i - start
      let slot = Math.imul(hash, 0x9e3779b1) >>> shift
      let id = slots[4 * slot]!
      while (id !== 0) {
        if (slots[4 * slot + 1] === hash && slots[4 * slot + 3] === wordLength) {
          const at = slots[4 * slot + 2]! - start
          let k = start
          while (k < i && (text.charCodeAt(k) | 32) === units[at + k]) k++
          if (k === i) break
        }
        slot = (slot + 1) & mask
        id = slots[4 * slot]!
      }
      if (id === 0 || (i < length && c >= 128)) {
        why = id === 0 && !(i < length && c >= 128) ? NEW_WORD : WORD_BEFORE_NOT_ASCII
        wordStart = start
        wordHash = hash
        wordSlot = slot
        break
      }
      ids[n] = id
      begins[n] = start
      finishes[n] = i
      n++
    }
    reached = i
    count = n
    return why
  }

  private readByExpression(text: string, max: number): number[] {
    const lower = text.toLowerCase()
    const out: number[] = []
    WORD.lastIndex = 0
    for (let match = WORD.exec(lower); match !== null && out.length < max; match = WORD.exec(lower)) {
      const word = match[0]
      let hash = HASH_START
      for (let k = 0; k < word.length; k++) hash = step(hash, folded(word.charCodeAt(k)))
      out.push(this.numberOfSpan(word, 0, word.length, hash, false))
    }
    stoppedAt = text.length
    return out
  }

  /** The number of the word text[start..end) (`hash` that of its folded units): ASCII word units,
   *  or, when `ascii` is false, already lowercase. */
  private numberOfSpan(text: string, start: number, end: number, hash: number, ascii = true): number {
    const { slots, units } = this
    const mask = (slots.length >> 2) - 1
    const length = end - start
    for (let slot = slotOf(hash, mask); ; slot = (slot + 1) & mask) {
      const id = slots[4 * slot]!
      if (id === 0) return this.insert(slot, text, start, end, hash, ascii)
      if (slots[4 * slot + 1] !== hash || slots[4 * slot + 3] !== length) continue
      const at = slots[4 * slot + 2]! - start
      let k = start
      if (ascii) while (k < end && (text.charCodeAt(k) | 32) === units[at + k]) k++
      else while (k < end && folded(text.charCodeAt(k)) === units[at + k]) k++
      if (k === end) return id
    }
  }

  private insert(slot: number, text: string, start: number, end: number, hash: number, ascii: boolean): number {
    const length = end - start
    if (this.unitsUsed + length > this.units.length) {
      const grown = new Uint16Array(Math.max(2 * this.units.length, this.unitsUsed + length))
      grown.set(this.units.subarray(0, this.unitsUsed))
      this.units = grown
    }
    const at = this.unitsUsed
    for (let k = 0; k < length; k++) {
      const c = text.charCodeAt(start + k)
      this.units[at + k] = ascii ? c | 32 : folded(c)
    }
    this.unitsUsed += length
    const id = this.next()
    const { slots } = this
    slots[4 * slot] = id
    slots[4 * slot + 1] = hash
    slots[4 * slot + 2] = at
    slots[4 * slot + 3] = length
    if (++this.count * 2 > slots.length >> 2) this.grow()
    return id
  }

  private grow(): void {
    const old = this.slots
    const slots = (this.slots = new Int32Array(old.length * 2))
    const mask = (slots.length >> 2) - 1
    for (let j = 0; j < old.length; j += 4) {
      if (old[j] === 0) continue
      let slot = slotOf(old[j + 1]!, mask)
      while (slots[4 * slot] !== 0) slot = (slot + 1) & mask
      for (let k = 0; k < 4; k++) slots[4 * slot + k] = old[j + k]!
    }
  }
}

/** A slot of a table of mask + 1 (a power of two) slots: the top bits of a Fibonacci product. */
function slotOf(hash: number, mask: number): number {
  return Math.imul(hash, 0x9e3779b1) >>> Math.clz32(mask)
}

