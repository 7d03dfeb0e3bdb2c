// Aligns the sibling sections of N variants (the top level, or the children of one matched row)
// hub-and-spoke, as Meld does for N panes: the first variant's list is the merged sequence, and
// each further variant is aligned to the growing merged sequence with a weighted LCS over section
// matches. Unmatched sections become rows of their own, placed between the matched anchors, so
// every section lands in exactly one row and each variant's own order is kept.

import { emptyCells } from './aligned-rows'
import type { OutlineFeatures, SectionFeatures } from './section-features'
import { similarityAtLeast, tokenSetSimilarity } from './similarity'

/** Content similarity needed to match sections whose titles differ. */
export const CONTENT_MATCH = 0.5
/** Lower content similarity accepted when the titles are also alike. */
export const CONTENT_MATCH_WITH_TITLE = 0.3
export const TITLE_ALIKE = 0.5

/** One merged row: per variant, the index into that variant's sections, or null. */
export type Cells = (number | null)[]

interface MergedRow {
  readonly cells: Cells
  /** The row's distinct normalised titles, in the order they were placed (few: an array). */
  readonly titleKeys: string[]
  /** Features compared for content: the first section placed in the row and the latest. */
  readonly reps: SectionFeatures[]
}

/**
 * @param lists per variant, the indices of the sibling sections to align (empty when the variant
 *   has none here)
 * @param order the variants in processing order (the most complete first)
 */
export function alignSiblings(lists: readonly (readonly number[])[], order: readonly number[], features: readonly OutlineFeatures[]): Cells[] {
  const variantCount = lists.length
  let merged: MergedRow[] = []
  for (const variant of order) {
    const list = lists[variant]!
    if (list.length === 0) continue
    const sectionFeatures = features[variant]!.sections
    if (merged.length === 0) {
      merged = list.map((section) => newRow(variantCount, variant, section, sectionFeatures[section]!))
      continue
    }
    const pairs = bestMatches(merged, list.map((s) => sectionFeatures[s]!))
    merged = mergeIn(merged, list, pairs, variant, sectionFeatures, variantCount)
  }
  // Every variant starts with its preamble, so the (single) preamble row goes first whatever
  // the order variants were merged in.
  const preamble = merged.findIndex((row) => row.reps[0]!.isPreamble)
  if (preamble > 0) merged.unshift(...merged.splice(preamble, 1))
  return merged.map((row) => row.cells)
}

function newRow(variantCount: number, variant: number, section: number, f: SectionFeatures): MergedRow {
  const cells = emptyCells(variantCount)
  cells[variant] = section
  return { cells, titleKeys: f.titleKey === '' ? [] : [f.titleKey], reps: [f] }
}

/** Above this many (row, section) pairs the weighted LCS table itself is too big: equal titles
 *  are matched greedily in order instead. Real groups need at most a few hundred pairs (408 in
 *  the corpus, its groups and a 2,578-file library); filling a table of 4 million took 0.6 s. */
export const TABLE_PAIR_BUDGET = 250_000
/** Above this much work comparing content (per pair compared, the sizes of both token sets and
 *  PAIR_WORK for the pair itself) only equal titles match. Real groups need at most 100,000; two
 *  files of 500 sections of 4 KB would need 600 million (3 s). */
export const CONTENT_WORK_BUDGET = 5_000_000
/** A pair's own cost (scoring it, comparing titles) in token comparisons: the pairs alone decide
 *  a long list (172,000 pairs), before any of its sections is read for its tokens. */
const PAIR_WORK = 64

export interface ScoreOptions {
  /** Compare content when the titles are equal (to choose among repeated titles). */
  readonly contentForEqualTitles: boolean
  /** Compare content when the titles differ (to find renamed sections). */
  readonly contentForOtherTitles: boolean
}

const FULL: ScoreOptions = { contentForEqualTitles: true, contentForOtherTitles: true }

/** The four options, made once: bestMatches asks for one per pair (up to TABLE_PAIR_BUDGET). */
const SCORE_OPTIONS: readonly ScoreOptions[] = [false, true].flatMap((equal) => [false, true].map((other) => ({ contentForEqualTitles: equal, contentForOtherTitles: other })))

/** How well a section fits a merged row; 0 = no match. Equal titles beat any content match. */
export function matchScore(row: Pick<MergedRow, 'titleKeys' | 'reps'>, f: SectionFeatures, options: ScoreOptions = FULL): number {
  const first = row.reps[0]!
  if (f.isPreamble || first.isPreamble) return f.isPreamble && first.isPreamble ? 10 : 0
  const sameTitle = f.titleKey !== '' && row.titleKeys.includes(f.titleKey)
  if (sameTitle && !options.contentForEqualTitles) return 3
  if (!sameTitle && !options.contentForOtherTitles) return 0
  // (Indexed loops: a closure or an iterator per call was most of what scoring 220,000 pairs a
  // library allocated.)
  const { reps, titleKeys } = row
  if (sameTitle) {
    let content = 0
    for (let r = 0; r < reps.length; r++) if (!sameSetAsFirst(reps, r)) content = Math.max(content, tokenSetSimilarity(reps[r]!.subtreeTokens(), f.subtreeTokens()))
    return 2 + content
  }
  if (f.titleKey !== '') for (let r = 0; r < reps.length; r++) if (reps[r]!.descendantTitles().has(f.titleKey)) return 0
  for (let k = 0; k < titleKeys.length; k++) if (f.descendantTitles().has(titleKeys[k]!)) return 0
  let title = 0
  for (let r = 0; r < reps.length; r++) title = Math.max(title, tokenSetSimilarity(reps[r]!.titleTokens(), f.titleTokens()))
  // Only content at least this alike matches, and at least as alike as a rep compared before: a
  // rep's exact similarity is needed only from there up.
  const needed = title >= TITLE_ALIKE ? CONTENT_MATCH_WITH_TITLE : CONTENT_MATCH
  let content = 0
  for (let r = 0; r < reps.length; r++) if (!sameSetAsFirst(reps, r)) content = Math.max(content, similarityAtLeast(reps[r]!.subtreeTokens(), f.subtreeTokens(), Math.max(needed, content)))
  return content >= needed ? content + 0.5 * title : 0
}

/** Whether rep `r` (after the first) has the first's very set (copies of one body share their
 *  sets): comparing it again gives the same figure. */
function sameSetAsFirst(reps: readonly SectionFeatures[], r: number): boolean {
  return r > 0 && reps[r]!.subtreeTokens() === reps[0]!.subtreeTokens()
}

/**
 * Weighted LCS: the order-preserving set of (row, section) pairs with the highest total score.
 * Content is compared only where it can matter, which keeps 20 variants of 75 sections fast:
 * between a row and a section with equal titles only when that title repeats, and between
 * different titles only when neither the row nor the section has a title the other side has.
 */
function bestMatches(rows: readonly MergedRow[], sections: readonly SectionFeatures[]): [number, number][] {
  const m = rows.length
  const n = sections.length
  if (m * n > TABLE_PAIR_BUDGET) return greedyTitleMatches(rows, sections)
  const sectionTitles = countTitles(sections.map((f) => [f.titleKey]))
  const rowTitles = countTitles(rows.map((row) => row.titleKeys))
  // (Flags as bytes: boolean arrays made by `map` deoptimised this function.)
  const orphanRow = Uint8Array.from(rows, (row) => Number(!row.titleKeys.some((key) => sectionTitles.has(key))))
  const orphanSection = Uint8Array.from(sections, (f) => Number(!rowTitles.has(f.titleKey)))
  const repeated = (key: string): boolean => (sectionTitles.get(key) ?? 0) > 1 || (rowTitles.get(key) ?? 0) > 1
  const repeatedTitle = Uint8Array.from(sections, (f) => Number(repeated(f.titleKey))) // (asked for every pair)
  // No content is compared where every title is on both sides and none repeats (near-copies).
  const comparesContent = repeatedTitle.includes(1) || (orphanRow.includes(1) && orphanSection.includes(1))
  // (Bounds of the sets' sizes decide nearly every group, before any set is made to count it.)
  const overBudget = (size: SizeOf): boolean => contentWork(rows, sections, orphanRow, orphanSection, repeated, size) > CONTENT_WORK_BUDGET
  const titlesOnly = comparesContent && overBudget(sizeAtMost) && overBudget(exactSize)
  const optionsFor = (i: number, j: number): ScoreOptions => {
    const equal = !titlesOnly && repeatedTitle[j] === 1
    const other = !titlesOnly && orphanRow[i] === 1 && orphanSection[j] === 1
    return SCORE_OPTIONS[2 * Number(equal) + Number(other)]!
  }
  const width = n + 1
  const { best, score } = lcsTables((m + 1) * width, m * n)
  // (Reused tables: the first row and column must read 0; every other cell is written first.)
  best.fill(0, 0, width)
  for (let i = 1; i <= m; i++) best[i * width] = 0
  for (let i = 1; i <= m; i++) {
    for (let j = 1; j <= n; j++) {
      const s = matchScore(rows[i - 1]!, sections[j - 1]!, optionsFor(i - 1, j - 1))
      score[(i - 1) * n + (j - 1)] = s
      const skip = Math.max(best[(i - 1) * width + j]!, best[i * width + j - 1]!)
      best[i * width + j] = s > 0 ? Math.max(skip, best[(i - 1) * width + j - 1]! + s) : skip
    }
  }
  const pairs: [number, number][] = []
  let i = m
  let j = n
  while (i > 0 && j > 0) {
    const s = score[(i - 1) * n + (j - 1)]!
    if (s > 0 && best[i * width + j] === best[(i - 1) * width + j - 1]! + s) {
      pairs.push([i - 1, j - 1])
      i--
      j--
    } else if (best[(i - 1) * width + j] === best[i * width + j]) i--
    else j--
  }
  return pairs.reverse()
}

/** The size of a section's subtree set, or a bound of it. */
type SizeOf = (f: SectionFeatures) => number
const exactSize: SizeOf = (f) => f.subtreeTokens().size
const sizeAtMost: SizeOf = (f) => f.subtreeSizeAtMost()

/** bestMatches' tables, reused from call to call (grown as needed): a library aligns tens of
 *  thousands of sibling lists, and two array buffers a list cost more to make than to fill. */
const tables = { best: new Float64Array(1024), score: new Float64Array(1024) }

function lcsTables(bestSize: number, scoreSize: number): { readonly best: Float64Array; readonly score: Float64Array } {
  if (bestSize > tables.best.length) tables.best = new Float64Array(Math.max(bestSize, 2 * tables.best.length))
  if (scoreSize > tables.score.length) tables.score = new Float64Array(Math.max(scoreSize, 2 * tables.score.length))
  return tables
}

/** The work of comparing content where bestMatches would (see CONTENT_WORK_BUDGET), counted up
 *  to just past the budget, with the sets' sizes as `size` gives them. */
function contentWork(rows: readonly MergedRow[], sections: readonly SectionFeatures[], orphanRow: Uint8Array, orphanSection: Uint8Array, repeated: (key: string) => boolean, size: SizeOf): number {
  const repTokens = (row: MergedRow): number => row.reps.reduce((sum, rep) => sum + size(rep), 0)
  // Different titles: each orphan row with each orphan section, every rep of the row.
  const orphanSections = sections.filter((_, j) => orphanSection[j] === 1)
  const orphanRows = rows.filter((_, i) => orphanRow[i] === 1)
  const reps = orphanRows.reduce((sum, row) => sum + row.reps.length, 0)
  let work = reps * orphanSections.length * PAIR_WORK
  if (work > CONTENT_WORK_BUDGET) return work
  for (const row of orphanRows) if ((work += orphanSections.length * repTokens(row)) > CONTENT_WORK_BUDGET) return work
  for (const f of orphanSections) if ((work += reps * size(f)) > CONTENT_WORK_BUDGET) return work
  // Equal titles that repeat: each such section with each row that has its title.
  const rowsByTitle = new Map<string, MergedRow[]>()
  for (const row of rows) {
    for (const key of row.titleKeys) {
      if (!repeated(key)) continue
      const list = rowsByTitle.get(key)
      if (list) list.push(row)
      else rowsByTitle.set(key, [row])
    }
  }
  for (const f of sections) {
    for (const row of rowsByTitle.get(f.titleKey) ?? []) {
      if ((work += repTokens(row) + row.reps.length * (size(f) + PAIR_WORK)) > CONTENT_WORK_BUDGET) return work
    }
  }
  return work
}

function countTitles(lists: readonly (readonly string[])[]): Map<string, number> {
  const counts = new Map<string, number>()
  for (const list of lists) for (const key of list) if (key !== '') counts.set(key, (counts.get(key) ?? 0) + 1)
  return counts
}

/** Equal titles (and the preambles) matched in order, each section to the next free row with its
 *  title after the previous match: linear, for inputs too large for the table. */
function greedyTitleMatches(rows: readonly MergedRow[], sections: readonly SectionFeatures[]): [number, number][] {
  const rowsByTitle = new Map<string, number[]>()
  rows.forEach((row, i) => {
    const keys = row.reps[0]!.isPreamble ? ['\u0000preamble'] : row.titleKeys
    for (const key of keys) {
      const list = rowsByTitle.get(key)
      if (list) list.push(i)
      else rowsByTitle.set(key, [i])
    }
  })
  const pairs: [number, number][] = []
  let after = -1
  sections.forEach((f, j) => {
    const key = f.isPreamble ? '\u0000preamble' : f.titleKey
    if (key === '') return
    const candidates = rowsByTitle.get(key)
    const next = candidates?.find((i) => i > after)
    if (next === undefined) return
    pairs.push([next, j])
    after = next
  })
  return pairs
}

/** The merged sequence with the variant's sections placed: matched ones into their rows,
 *  unmatched ones as new rows after the merged rows that precede the next anchor. */
function mergeIn(
  rows: readonly MergedRow[],
  list: readonly number[],
  pairs: readonly [number, number][],
  variant: number,
  sectionFeatures: readonly SectionFeatures[],
  variantCount: number,
): MergedRow[] {
  const out: MergedRow[] = []
  let r = 0
  let s = 0
  const place = (upToRow: number, upToSection: number): void => {
    while (r < upToRow) out.push(rows[r++]!)
    while (s < upToSection) {
      const section = list[s++]!
      out.push(newRow(variantCount, variant, section, sectionFeatures[section]!))
    }
  }
  for (const [rowIndex, sectionIndex] of pairs) {
    place(rowIndex, sectionIndex)
    const row = rows[rowIndex]!
    const section = list[sectionIndex]!
    const f = sectionFeatures[section]!
    row.cells[variant] = section
    if (f.titleKey !== '' && !row.titleKeys.includes(f.titleKey)) row.titleKeys.push(f.titleKey)
    if (row.reps.length < 2) row.reps.push(f)
    else row.reps[1] = f
    out.push(row)
    r = rowIndex + 1
    s = sectionIndex + 1
  }
  place(rows.length, list.length)
  return out
}
