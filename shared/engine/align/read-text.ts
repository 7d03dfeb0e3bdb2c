// A text read for token sets of its spans (TokenSpace.spanSet): the words read so far, with their
// offsets and word-pair numbers, read on only as far as the spans asked for need.

import { keepHiddenClass } from '../hidden-class'

/** A span starting this far (characters) past what is read of its text, and further than what
 *  is read, is read as a text of its own rather than by reading on to it (see `spanSet`); a span
 *  read on to is read on as far past its end (or its first MAX_WORDS words), so that spans asked
 *  for in turn are read in one go. */
export const FAR_SPAN = 32 * 1024

const EMPTY = new Int32Array(0)

/** A text read by `TokenSpace.readText`: its words from `from` on, read only as far as the spans
 *  asked for need (the first MAX_WORDS words of each), so a 2 MB body compared by its sections'
 *  first words is not read to its end. */
export class ReadText {
  // Sized when words are read: exactly, once the text is read to its end.
  ids = EMPTY
  starts = EMPTY
  ends = EMPTY
  /** pairs[k]: the number of the pair of words k - 1 and k (pairs[0] is unused). */
  pairs = EMPTY
  count = 0
  /** Every word that starts before this is read. */
  reached: number
  /** Nothing more can be read: the text ended, or it needs the regular expression from `reached` on. */
  done = false
  /** Characters left to read spans far ahead as texts of their own (see FAR_SPAN): with the text's
   *  own length, the whole costs at most two readings of it. */
  farBudget: number

  constructor(
    readonly text: string,
    /** Where the reading started: spans start here or later. */
    readonly from: number,
  ) {
    this.reached = from
    this.farBudget = text.length - from
  }
}

/** Index of the first of the ascending `values[0..length)` that is >= `x` (length when none is). */
export function firstAtOrAfter(values: Int32Array, length: number, x: number): number {
  let lo = 0
  let hi = length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if (values[mid]! < x) lo = mid + 1
    else hi = mid
  }
  return lo
}

// One per document aligned: see hidden-class.ts.
keepHiddenClass(new ReadText('', 0))
