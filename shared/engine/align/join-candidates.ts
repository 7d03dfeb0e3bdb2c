// Which incomplete rows may stand for the same section under different parents (see
// join-across-parents.ts), best first: equal titles (ranked by shared text), then sections with
// nearly the same text. Cheap filters come first, as these pairs grow with the square of the rows.

import type { SectionRow } from '../alignment-model'
import type { OutlineFeatures, SectionFeatures } from './section-features'
import { tokenSetSimilarity, type TokenSet } from './similarity'
import { tokenTable } from './token-table'

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

export function joinCandidates(rows: readonly SectionRow[], features: readonly OutlineFeatures[]): Candidate[] {
  const referenceOf = (i: number): SectionFeatures => features[rows[i]!.reference]!.sections[rows[i]!.cells[rows[i]!.reference]!]!
  const eligible = rows.flatMap((row, i) => (row.cells.includes(null) && !referenceOf(i).isPreamble ? [i] : []))
  const pairs: { readonly a: number; readonly b: number; readonly threshold: number; readonly bonus: number }[] = []
  const seen = new Set<number>() // a * rows.length + b
  for (const [title, list] of rowsByTitle(rows, eligible, features)) {
    if (list.length < 2 || list.length > MAX_ROWS_PER_TITLE) continue
    const threshold = title.includes(' ') ? JOIN_SPECIFIC_TITLE_CONTENT : JOIN_TITLE_CONTENT
    eachPair(list, (a, b) => {
      if (overlaps(rows[a]!.cells, rows[b]!.cells) || seen.has(a * rows.length + b)) return
      seen.add(a * rows.length + b)
      pairs.push({ a, b, threshold, bonus: 2 })
    })
  }
  // Different titles: leaf sections only (a renamed and moved topic), and only while the pairs
  // stay few; a parent's text is mostly its children's, which join on their own.
  const leaves = eligible.filter((i) => features[rows[i]!.reference]!.children[rows[i]!.cells[rows[i]!.reference]!]!.length === 0)
  if ((leaves.length * (leaves.length - 1)) / 2 <= CONTENT_PAIR_BUDGET)
    eachPair(leaves, (a, b) => {
      if (seen.has(a * rows.length + b) || overlaps(rows[a]!.cells, rows[b]!.cells)) return
      const [la, lb] = [referenceOf(a).comparable().length, referenceOf(b).comparable().length]
      // Texts of very different lengths cannot have nearly the same words.
      if (Math.min(la, lb) < (JOIN_CONTENT / 2) * Math.max(la, lb)) return
      pairs.push({ a, b, threshold: JOIN_CONTENT, bonus: 0 })
    })
  readInOrder(pairs, rows, referenceOf)
  const compare = comparer(referenceOf)
  const candidates: Candidate[] = []
  for (const { a, b, threshold, bonus } of pairs) {
    const similarity = compare(a, b, threshold)
    if (similarity >= threshold) candidates.push({ a, b, score: bonus + similarity })
  }
  return candidates.sort((p, q) => q.score - p.score || p.b - p.a - (q.b - q.a) || p.a - q.a)
}

/** Makes the subtree sets the pairs compare in each document's order, so that each text is read
 *  once from its start (asked for in the pairs' order, the sets of a variant whose titles are
 *  shuffled were read out of order: 0.6 MB of a 2 MB body read a second time, as texts of their
 *  own). The sets are the same either way. */
function readInOrder(pairs: readonly { readonly a: number; readonly b: number }[], rows: readonly SectionRow[], referenceOf: (i: number) => SectionFeatures): void {
  const compared = [...new Set(pairs.flatMap(({ a, b }) => [a, b]))]
  const sectionOf = (i: number): number => rows[i]!.cells[rows[i]!.reference]!
  compared.sort((i, j) => rows[i]!.reference - rows[j]!.reference || sectionOf(i) - sectionOf(j))
  for (const i of compared) referenceOf(i).subtreeTokens()
}

/** Eligible rows by the normalised titles of their sections. */
function rowsByTitle(rows: readonly SectionRow[], eligible: readonly number[], features: readonly OutlineFeatures[]): Map<string, number[]> {
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

/** Similarity of two rows' reference sections (their subtrees), or 0 when a cheap estimate shows
 *  it cannot reach `threshold`: Dice >= t needs at least a share t of the smaller set in the
 *  larger, which a spread sample of the smaller set estimates. */
function comparer(referenceOf: (i: number) => SectionFeatures): (a: number, b: number, threshold: number) => number {
  const samples = new Map<number, number[]>()
  const tokensOf = (i: number): TokenSet => referenceOf(i).subtreeTokens()
  return (a, b, threshold) => {
    const [sa, sb] = [tokensOf(a).size, tokensOf(b).size]
    // Dice is at most 2·min/(a+b): sets of very different sizes cannot reach the threshold.
    // (Two empty sets are alike: 1.)
    if (sa + sb > 0 && (2 * Math.min(sa, sb)) / (sa + sb) < threshold) return 0
    const [small, large] = sa <= sb ? [a, b] : [b, a]
    let sample = samples.get(small)
    if (!sample) samples.set(small, (sample = spreadSample(tokensOf(small))))
    const table = tokenTable(tokensOf(large))
    let found = 0
    for (const token of sample) if (table.has(token)) found++
    if (sample.length > 0 && found / sample.length < threshold - SAMPLE_MARGIN) return 0
    return tokenSetSimilarity(tokensOf(a), tokensOf(b))
  }
}

/** Up to SAMPLE_SIZE tokens spread evenly over the set (in the order the text has them). */
function spreadSample(set: TokenSet): number[] {
  const all = set.tokens
  if (all.length <= SAMPLE_SIZE) return Array.from(all)
  const step = all.length / SAMPLE_SIZE
  return Array.from({ length: SAMPLE_SIZE }, (_, i) => all[Math.floor(i * step)]!)
}

function eachPair(list: readonly number[], visit: (a: number, b: number) => void): void {
  for (let x = 0; x < list.length; x++) for (let y = x + 1; y < list.length; y++) visit(list[x]!, list[y]!)
}

function overlaps(a: readonly (number | null)[], b: readonly (number | null)[]): boolean {
  return a.some((cell, v) => cell !== null && b[v] !== null)
}
