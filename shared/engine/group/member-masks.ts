// Which of up to 16 texts hold each of their distinct tokens (the words and word pairs of
// align/similarity.ts's tokenSet), counted by that set of texts: enough to know every text's set
// size and every two texts' shared tokens, without a set per text, a sort or a merge per pair.
//
// Words are numbered by the aligner's WordNumbers (its exact reading of the first MAX_WORDS
// words) in the table the token spaces share (word-table.ts); a reading renumbers the words it
// meets densely from 1 (a stamp per word says which reading numbered it last), so word masks are
// an array indexed by that number, and a word pair is a key of its two numbers in a hash table
// of masks, freed slot by slot after each reading.

import { MAX_WORDS } from '../align/similarity'
import type { WordNumbers } from '../align/word-numbers'
import { currentWordTable } from '../align/word-table'
import { RepeatedTexts } from './repeated-texts'

/** Texts one reading compares at most: a text is one bit of a mask. */
export const MAX_MEMBERS = 16

/** How many distinct tokens each set of texts holds: `counts[k]` tokens are held by exactly the
 *  texts whose bits are in `masks[k]`, for k below `distinct`. Views the next reading overwrites. */
export interface MaskCounts {
  readonly masks: Int32Array
  readonly counts: Int32Array
  readonly distinct: number
}

/** Per table word: the reading that numbered it last, and its number in that reading. */
let stampOf = new Int32Array(4096)
let localOf = new Int32Array(4096)
let stamp = 0

/** Per word of the current reading (by its number): the texts holding it. */
let wordMasks = new Int32Array(4096)

/** Per word pair of the current reading: open addressing on the pair's key (its two words'
 *  numbers in 15 bits each), 0 = free, and the texts holding it; the slots in use in `pairSlots`
 *  (to count and then free them: the table is all free between readings). */
const PAIR_BITS = 15
if (MAX_MEMBERS * MAX_WORDS >= 1 << PAIR_BITS) throw new RangeError('a reading has more words than a pair key holds')
let pairKeys = new Int32Array(1 << 12)
let pairMasks = new Int32Array(1 << 12)
let pairSlots = new Int32Array(1 << 11)
let pairs = 0
/** Slots the current reading uses (a power of two, at most pairKeys.length). */
let pairCapacity = 1 << 12

/** The words of texts read lately (see RepeatedTexts), as `recentTable` numbered them: one body
 *  is often the body of files in several groups (a template under many names: a good share of the
 *  texts the corpus's groups read). The words are `recentIds[start..end)`: one buffer for all, started over
 *  with the store past a budget of words. */
const recent = new RepeatedTexts<{ readonly start: number; readonly end: number }>(1 << 24)
let recentIds = new Int32Array(4096)
let recentTable: WordNumbers | null = null
let recentWords = 0
const MAX_RECENT_WORDS = 1 << 20

/** The numbers of the first MAX_WORDS words of `text`: a view the next call may overwrite. */
function wordsOf(table: WordNumbers, text: string): Int32Array {
  if (table !== recentTable) forgetRecent(table)
  const known = recent.find(text)
  if (known !== undefined) return recentIds.subarray(known.start, known.end)
  const ids = table.readView(text, MAX_WORDS)
  if (!recent.metBefore(text)) return ids
  if (recentWords + ids.length > MAX_RECENT_WORDS) forgetRecent(table)
  const start = recentWords
  const end = start + ids.length
  if (end > recentIds.length) recentIds = grown(recentIds, end)
  recentIds.set(ids, start)
  recent.keep(text, { start, end })
  recentWords = end
  return recentIds.subarray(start, end)
}

function forgetRecent(table: WordNumbers): void {
  recent.clear()
  recentTable = table
  recentWords = 0
}

/** Tokens per set of texts (16 bits), and the sets met: reset after each reading. */
const countOfMask = new Int32Array(1 << MAX_MEMBERS)
let masksMet = new Int32Array(256)
let countsMet = new Int32Array(256)

function grown(a: Int32Array, length: number): Int32Array<ArrayBuffer> {
  const b = new Int32Array(Math.max(length, 2 * a.length))
  b.set(a)
  return b
}

/** The distinct tokens of `count` texts (at most MAX_MEMBERS; `textOf(k)` is asked once, in
 *  order), counted by the texts that hold them. */
export function memberMasks(count: number, textOf: (member: number) => string): MaskCounts {
  if (count > MAX_MEMBERS) throw new RangeError(`memberMasks compares at most ${MAX_MEMBERS} texts`)
  // A new table (see word-table.ts) leaves the stamps valid: its words are numbered by later readings.
  const table = currentWordTable()
  stamp++
  pairs = 0
  let words = 0
  const texts: string[] = []
  /** Per member that repeats an earlier text: that text's member (holding the same tokens). */
  const copies: { readonly member: number; readonly of: number }[] = []
  for (let member = 0; member < count; member++) {
    const text = textOf(member)
    // A verbatim copy (half the characters of the corpus's groups) is not read again.
    const of = texts.indexOf(text)
    texts.push(text)
    if (of >= 0) {
      copies.push({ member, of })
      continue
    }
    const ids = wordsOf(table, text)
    // Room for the first text's pairs and as many per other text: the table rarely grows.
    if (member === 0) startPairs(count * ids.length)
    words = addText(ids, 1 << member, words, table.size)
  }
  const counted = countMasks(words)
  for (let k = 0; k < counted.distinct; k++) {
    let mask = counted.masks[k]!
    for (const { member, of } of copies) if ((mask & (1 << of)) !== 0) mask |= 1 << member
    counted.masks[k] = mask
  }
  return counted
}

/** A power of two of at least 4,096 slots and twice `pairs`. */
function capacityFor(expected: number): number {
  let capacity = 1 << 12
  while (capacity < 2 * expected) capacity *= 2
  return capacity
}

/** A free table for `expected` pairs (the table is free between readings). */
function startPairs(expected: number): void {
  pairCapacity = capacityFor(expected)
  if (pairKeys.length < pairCapacity) {
    pairKeys = new Int32Array(pairCapacity)
    pairMasks = new Int32Array(pairCapacity)
  }
}

/** Room for `more` pairs past those held, the table at most half full. */
function makeRoomForPairs(more: number): void {
  if (pairs + more > pairSlots.length) pairSlots = grown(pairSlots, pairs + more)
  const capacity = capacityFor(pairs + more)
  if (capacity <= pairCapacity) return
  const keys = new Int32Array(capacity)
  const masks = new Int32Array(capacity)
  const shift = Math.clz32(capacity - 1)
  for (let k = 0; k < pairs; k++) {
    const from = pairSlots[k]!
    let slot = Math.imul(pairKeys[from]!, 0x9e3779b1) >>> shift
    while (keys[slot] !== 0) slot = (slot + 1) & (capacity - 1)
    keys[slot] = pairKeys[from]!
    masks[slot] = pairMasks[from]!
    pairSlots[k] = slot
  }
  pairKeys = keys
  pairMasks = masks
  pairCapacity = capacity
}

/** Marks `bit` on the words and word pairs of `ids`; returns how many words the reading has. */
function addText(ids: Int32Array, bit: number, wordsBefore: number, tableWords: number): number {
  if (tableWords >= stampOf.length) {
    stampOf = grown(stampOf, tableWords + 1)
    localOf = grown(localOf, tableWords + 1)
  }
  if (wordsBefore + ids.length >= wordMasks.length) {
    wordMasks = grown(wordMasks, wordsBefore + ids.length + 1)
  }
  makeRoomForPairs(ids.length)
  const stamps = stampOf
  const locals = localOf
  const masks = wordMasks
  const keys = pairKeys
  const held = pairMasks
  const slots = pairSlots
  const last = pairCapacity - 1
  const shift = Math.clz32(last)
  const now = stamp
  let words = wordsBefore
  let previous = 0
  for (let k = 0; k < ids.length; k++) {
    const id = ids[k]!
    let word: number
    if (stamps[id] === now) word = locals[id]!
    else {
      stamps[id] = now
      locals[id] = word = ++words
      masks[word] = 0
    }
    masks[word]! |= bit
    if (previous !== 0) {
      const key = (previous << PAIR_BITS) | word
      let slot = Math.imul(key, 0x9e3779b1) >>> shift
      for (;;) {
        const at = keys[slot]!
        if (at === key) break
        if (at === 0) {
          keys[slot] = key
          held[slot] = 0
          slots[pairs++] = slot
          break
        }
        slot = (slot + 1) & last
      }
      held[slot]! |= bit
    }
    previous = word
  }
  return words
}

/** The reading's tokens counted by mask; frees the pair table. */
function countMasks(words: number): MaskCounts {
  let distinct = 0
  const meet = (mask: number): void => {
    if (countOfMask[mask]!++ !== 0) return
    if (distinct === masksMet.length) masksMet = grown(masksMet, distinct + 1)
    masksMet[distinct++] = mask
  }
  for (let word = 1; word <= words; word++) meet(wordMasks[word]!)
  for (let k = 0; k < pairs; k++) {
    const slot = pairSlots[k]!
    meet(pairMasks[slot]!)
    pairKeys[slot] = 0
  }
  if (countsMet.length < masksMet.length) countsMet = new Int32Array(masksMet.length)
  for (let k = 0; k < distinct; k++) {
    countsMet[k] = countOfMask[masksMet[k]!]!
    countOfMask[masksMet[k]!] = 0
  }
  return { masks: masksMet, counts: countsMet, distinct }
}
