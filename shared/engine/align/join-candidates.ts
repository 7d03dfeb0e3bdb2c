// Which incomplete rows may stand for the same section under different parents (see
// join-across-parents.ts), best first: equal titles (ranked by shared text), then sections with
// nearly the same text. Cheap filters come first, as these pairs grow with the square of the rows.

import { keepHiddenClass } from '../hidden-class'
import type { AlignedRow } from './aligned-rows'
import type { OutlineFeatures, SectionFeatures } from './section-features'
import { tokenSetSimilarity, type TokenSet } from './similarity'
import { nextStamp, scratch } from './token-stamps'

/** Same-titled sections under other parents join when their texts share at least this much, or
 *  a little when the title is specific (two words or more): `Security` under `Python` and under
 *  `Go` may mean different things; `System Architecture` is one topic wherever it sits. */
export const JOIN_TITLE_CONTENT = 0.4
export const JOIN_SPECIFIC_TITLE_CONTENT = 0.1
/** Sections with different titles join across parents only when their texts are nearly the same. */
export const JOIN_CONTENT = 0.7
/** Bounds that keep the search cheap on large or repetitive inputs. */
const MAX_ROWS_PER_TITLE = 40
const CONTENT_PAIR_BUDGET = 3_000
/** Sample size and allowance for the share estimate (3 standard deviations at 48 tokens). */
const SAMPLE_SIZE = 48
const SAMPLE_MARGIN = 0.2

export interface Candidate {
  readonly a: number
  readonly b: number
  readonly score: number
}

/** What a pair needs to join: same titles (specific or not) or nearly the same text. */
const KINDS = [
  { threshold: JOIN_SPECIFIC_TITLE_CONTENT, bonus: 2 },
  { threshold: JOIN_TITLE_CONTENT, bonus: 2 },
  { threshold: JOIN_CONTENT, bonus: 0 },
] as const
const SPECIFIC_TITLE = 0
const TITLE = 1
const CONTENT = 2

/** The pairs of rows to compare (a before b) and their kinds, in typed arrays grown by doubling:
 *  a large library has very many, nearly all different titles that the sample rules out. */
class Pairs {
  a = new Int32Array(64)
  b = new Int32Array(64)
  kind = new Uint8Array(64)
  count = 0

  add(a: number, b: number, kind: number): void {
    if (this.count === this.a.length) {
      const grow = <T extends Int32Array | Uint8Array>(old: T, into: T): T => (into.set(old), into)
      this.a = grow(this.a, new Int32Array(2 * this.count))
      this.b = grow(this.b, new Int32Array(2 * this.count))
      this.kind = grow(this.kind, new Uint8Array(2 * this.count))
    }
    this.a[this.count] = a
    this.b[this.count] = b
    this.kind[this.count++] = kind
  }
}

export function joinCandidates(rows: readonly AlignedRow[], features: readonly OutlineFeatures[]): Candidate[] {
  const referenceOf = (i: number): SectionFeatures => features[rows[i]!.reference]!.sections[rows[i]!.cells[rows[i]!.reference]!]!
  // (Lists of row numbers are pushed to, not made by flatMap or filter: those give arrays of
  // other kinds, and compiled code that met a new kind was thrown away. See emptyCells.)
  const eligible: number[] = []
  for (let i = 0; i < rows.length; i++) if (rows[i]!.cells.includes(null) && !referenceOf(i).isPreamble) eligible.push(i)
  const pairs = new Pairs()
  const seen = new Set<number>() // a * rows.length + b
  for (const [title, list] of rowsByTitle(rows, eligible, features)) {
    if (list.length < 2 || list.length > MAX_ROWS_PER_TITLE) continue
    const kind = title.includes(' ') ? SPECIFIC_TITLE : TITLE
    eachPair(list, (a, b) => {
      if (overlaps(rows[a]!.cells, rows[b]!.cells) || seen.has(a * rows.length + b)) return
      seen.add(a * rows.length + b)
      pairs.add(a, b, kind)
    })
  }
  // Different titles: leaf sections only (a renamed and moved topic), and only while the pairs
  // stay few; a parent's text is mostly its children's, which join on their own.
  const leaves: number[] = []
  for (const i of eligible) if (features[rows[i]!.reference]!.children[rows[i]!.cells[rows[i]!.reference]!]!.length === 0) leaves.push(i)
  // (Fewer than two leaves make no pair; zero leaves made the count -0, which deoptimised this.)
  if (leaves.length >= 2 && (leaves.length * (leaves.length - 1)) / 2 <= CONTENT_PAIR_BUDGET) {
    const lengths = new Int32Array(leaves.length).fill(-1)
    const lengthOf = (x: number): number => (lengths[x]! >= 0 ? lengths[x]! : (lengths[x] = referenceOf(leaves[x]!).comparable().length))
    const present = presentMasks(rows, leaves)
    const anySeen = seen.size > 0 // (no look-up per pair where no titles were paired)
    for (let x = 0; x < leaves.length; x++) {
      const a = leaves[x]!
      for (let y = x + 1; y < leaves.length; y++) {
        const b = leaves[y]!
        if (present ? (present[x]! & present[y]!) !== 0 : overlaps(rows[a]!.cells, rows[b]!.cells)) continue
        if (anySeen && seen.has(a * rows.length + b)) continue
        // Texts of very different lengths cannot have nearly the same words.
        const lx = lengthOf(x)
        const ly = lengthOf(y)
        if (Math.min(lx, ly) < (JOIN_CONTENT / 2) * Math.max(lx, ly)) continue
        pairs.add(a, b, CONTENT)
      }
    }
  }
  const sets = readInOrder(pairs, rows, referenceOf)
  const estimated = sampledShares(pairs, sets)
  const candidates: Candidate[] = []
  for (let p = 0; p < pairs.count; p++) {
    if (!estimated[p]) continue
    const a = pairs.a[p]!
    const b = pairs.b[p]!
    const { threshold, bonus } = KINDS[pairs.kind[p]!]!
    const similarity = tokenSetSimilarity(sets[a]!, sets[b]!)
    if (similarity >= threshold) candidates.push({ a, b, score: bonus + similarity })
  }
  return candidates.sort((p, q) => q.score - p.score || p.b - p.a - (q.b - q.a) || p.a - q.a)
}

/** The subtree sets of the rows the pairs compare (by row), made in each document's order, so
 *  that each text is read once from its start (asked for in the pairs' order, the sets of a
 *  variant whose titles are shuffled were read out of order, much of its body a second time, as
 *  texts of their own). The sets are the same either way. */
function readInOrder(pairs: Pairs, rows: readonly AlignedRow[], referenceOf: (i: number) => SectionFeatures): (TokenSet | undefined)[] {
  const inPair = new Uint8Array(rows.length)
  for (let p = 0; p < pairs.count; p++) inPair[pairs.a[p]!] = inPair[pairs.b[p]!] = 1
  const compared: number[] = []
  inPair.forEach((flag, i) => flag && compared.push(i))
  const sectionOf = (i: number): number => rows[i]!.cells[rows[i]!.reference]!
  compared.sort((i, j) => rows[i]!.reference - rows[j]!.reference || sectionOf(i) - sectionOf(j))
  const sets: (TokenSet | undefined)[] = new Array(rows.length)
  for (const i of compared) sets[i] = referenceOf(i).subtreeTokens()
  return sets
}

/** Per pair, whether it may reach its threshold, by the sets' sizes and then by an estimate: Dice
 *  >= t needs at least a share t of the smaller set in the larger, which a spread sample of the
 *  smaller set (up to SAMPLE_SIZE tokens, in the order the text has them) estimates. The pairs
 *  are taken by their larger set, which is marked once for all of them. */
function sampledShares(pairs: Pairs, sets: readonly (TokenSet | undefined)[]): Uint8Array {
  const count = pairs.count
  const passed = new Uint8Array(count)
  const smaller = new Int32Array(count)
  const larger = new Int32Array(count)
  // Pairs by their larger set: a counting sort over the rows.
  const starts = new Int32Array(sets.length + 1)
  for (let p = 0; p < count; p++) {
    const a = pairs.a[p]!
    const b = pairs.b[p]!
    const sa = sets[a]!.size
    const sb = sets[b]!.size
    // Dice is at most 2·min/(a+b): sets of very different sizes cannot reach the threshold.
    // (Two empty sets are alike: 1.)
    if (sa + sb > 0 && (2 * Math.min(sa, sb)) / (sa + sb) < KINDS[pairs.kind[p]!]!.threshold) continue
    passed[p] = 1
    smaller[p] = sa <= sb ? a : b
    larger[p] = sa <= sb ? b : a
    starts[larger[p]! + 1]!++
  }
  for (let i = 0; i < sets.length; i++) starts[i + 1]! += starts[i]!
  const byLarger = new Int32Array(starts[sets.length]!)
  const next = starts.slice(0, sets.length)
  for (let p = 0; p < count; p++) if (passed[p]) byLarger[next[larger[p]!]!++] = p
  for (let large = 0; large < sets.length; large++) {
    if (starts[large] === starts[large + 1]) continue
    const stamp = nextStamp()
    const { stamps } = scratch
    for (const t of sets[large]!.tokens) stamps[t] = stamp
    for (let k = starts[large]!; k < starts[large + 1]!; k++) {
      const p = byLarger[k]!
      const tokens = sets[smaller[p]!]!.tokens
      const sampled = Math.min(tokens.length, SAMPLE_SIZE)
      if (sampled === 0) continue
      const share = KINDS[pairs.kind[p]!]!.threshold - SAMPLE_MARGIN
      // The fewest tokens found that keep the estimate at the share (the same division): the
      // count stops at the first miss too many (nearly every pair misses).
      let needed = Math.max(0, Math.ceil(share * sampled) - 1)
      while (needed <= sampled && needed / sampled < share) needed++
      if (needed === 0) continue
      if (needed > sampled) {
        passed[p] = 0
        continue
      }
      const step = tokens.length / SAMPLE_SIZE
      let misses = sampled - needed
      for (let i = 0; i < sampled; i++) {
        if (stamps[tokens[sampled < SAMPLE_SIZE ? i : Math.floor(i * step)]!] !== stamp && --misses < 0) {
          passed[p] = 0
          break
        }
      }
    }
  }
  return passed
}

/** Eligible rows by the normalised titles of their sections. */
function rowsByTitle(rows: readonly AlignedRow[], eligible: readonly number[], features: readonly OutlineFeatures[]): Map<string, number[]> {
  const byTitle = new Map<string, number[]>()
  for (const i of eligible) {
    rows[i]!.cells.forEach((cell, v) => {
      const title = cell === null ? '' : features[v]!.sections[cell]!.titleKey
      if (title === '') return
      const list = byTitle.get(title)
      if (list === undefined) byTitle.set(title, [i])
      else if (list[list.length - 1] !== i) list.push(i) // (two of its sections may share the title)
    })
  }
  return byTitle
}

/** Per row of `list`, a bit per variant that has a cell in it; null when the variants are too
 *  many for the bits of a number. */
function presentMasks(rows: readonly AlignedRow[], list: readonly number[]): Int32Array | null {
  if (list.length > 0 && rows[list[0]!]!.cells.length > 31) return null
  const masks = new Int32Array(list.length)
  for (let x = 0; x < list.length; x++) {
    const cells = rows[list[x]!]!.cells
    for (let v = 0; v < cells.length; v++) if (cells[v] !== null) masks[x]! |= 1 << v
  }
  return masks
}

function eachPair(list: readonly number[], visit: (a: number, b: number) => void): void {
  for (let x = 0; x < list.length; x++) for (let y = x + 1; y < list.length; y++) visit(list[x]!, list[y]!)
}

function overlaps(a: readonly (number | null)[], b: readonly (number | null)[]): boolean {
  return a.some((cell, v) => cell !== null && b[v] !== null)
}

// One per group aligned: see hidden-class.ts.
keepHiddenClass(new Pairs())
