// Row decisions of a proposal. The base's rows are all taken. A row the base lacks is taken
// (from the variant with the longest text in it) when it brings text the result lacks; it is left
// out when its text is nearly the same as a row the result has (the same text under another
// heading), when a row of the result has its heading (one topic twice reads as a mistake), or
// when most of its words are already in the result. A heading with nothing below it
// is taken only when a row nested under it is. Other variants' different versions of taken rows
// are listed as left out.

import type { AlignedRow, AlignedRows } from '../align/aligned-rows'
import { DocumentTokens } from '../align/document-tokens'
import { tokenSetSimilarity, type TokenSet } from '../align/similarity'
import { TokenUnion } from '../align/token-union'
import type { AgentDocument } from '../model'
import { normaliseTitle } from '../outline/normalise-title'
import { sectionBodyLength, sectionBodyText } from '../recipe/section-identity'
import { orderForVariant } from '../recipe/variant-order'
import type { LeftOut, RowDecision } from './consolidate-model'
import { sameTextRow } from './same-text'
import { bodyWords, countWords, percent, plural, thousands, variantList, variantsWith } from './words'

/** A row whose words and word pairs are less than this share new to the result adds too little. */
export const MIN_NEW_SHARE = 0.3
/** Rows from other variants add at most this share of the base's words (and at least
 *  MIN_ADDED_WORDS may always be added): the proposal is the base made more complete, not the
 *  union of every write-up of the role. Rows past the limit are listed as left out. */
export const ADDED_WORDS_SHARE = 0.5
export const MIN_ADDED_WORDS = 150

export interface RowProposal {
  /** Row index in the alignment -> the variant taken, in result order; null = left out. */
  readonly order: readonly number[]
  readonly taken: readonly (number | null)[]
  readonly decisions: readonly RowDecision[]
  readonly leftOut: readonly LeftOut[]
}

type Verdict =
  | { readonly kind: 'base' }
  | { readonly kind: 'added'; readonly variant: number; readonly words: number }
  | { readonly kind: 'heading'; readonly variant: number }
  | { readonly kind: 'same-as'; readonly row: number; readonly similarity: number }
  | { readonly kind: 'same-title'; readonly row: number }
  | { readonly kind: 'covered'; readonly newShare: number }
  | { readonly kind: 'over-limit'; readonly words: number; readonly limit: number; readonly used: number }
  | { readonly kind: 'empty-heading' }
  | { readonly kind: 'not-in-base'; readonly why: string }

export function proposeRows(docs: readonly AgentDocument[], alignment: AlignedRows, base: number, extend: boolean, policyNote: string, tokens = new DocumentTokens()): RowProposal {
  const rows = alignment.rows
  const order = orderForVariant(rows.map((r) => r.cells[base] ?? null))
  const verdicts: (Verdict | undefined)[] = new Array(rows.length)
  const bodies = docs.map(() => new Map<number, TokenSet>()) // per variant: section -> tokens of the text below the heading
  const tokensOf = (variant: number, section: number): TokenSet => {
    let set = bodies[variant]!.get(section)
    if (!set) {
      const doc = docs[variant]!
      const { headingEnd, end } = doc.sections[section]!
      bodies[variant]!.set(section, (set = tokens.span(doc, headingEnd, end)))
    }
    return set
  }
  // The result's rows; their tokens are made on first need (a group whose base has every row
  // never needs them).
  const result: { readonly row: number; readonly variant: number; readonly cell: number; readonly length: number; tokens?: TokenSet }[] = []
  // Normalised title -> first result row with it; made on first need, like the union.
  let titles: Map<string, number> | null = null
  const titlesOfResult = (): Map<string, number> => {
    if (titles === null) {
      titles = new Map()
      for (const r of result) addTitle(titles, normaliseTitle(rows[r.row]!.title), r.row)
    }
    return titles
  }
  let union: TokenUnion | null = null
  const unionOfResult = (): TokenUnion => {
    if (union === null) {
      union = new TokenUnion(tokens.space)
      for (const r of result) union.add(tokensOf(r.variant, r.cell))
    }
    return union
  }
  const addToResult = (row: number, variant: number, cell: number): void => {
    result.push({ row, variant, cell, length: sectionBodyLength(docs[variant]!, cell) })
  }

  for (const index of order) {
    const cell = rows[index]!.cells[base]
    if (cell == null) continue
    verdicts[index] = { kind: 'base' }
    addToResult(index, base, cell)
  }
  const limit = Math.max(MIN_ADDED_WORDS, Math.round(ADDED_WORDS_SHARE * bodyWords(docs[base]!)))
  let added = 0 // words added from other variants so far
  const deferred: number[] = []
  for (const index of order) {
    if (verdicts[index]) continue
    const row = rows[index]!
    if (!extend) {
      verdicts[index] = { kind: 'not-in-base', why: policyNote }
      continue
    }
    const variant = longestVersion(row, docs)
    const length = sectionBodyLength(docs[variant]!, row.cells[variant]!)
    if (length === 0) {
      deferred.push(index)
      continue
    }
    const tokens = tokensOf(variant, row.cells[variant]!)
    const same = sameTextRow(length, tokens, result, (r) => (r.tokens ??= tokensOf(r.variant, r.cell)))
    if (same !== null) {
      verdicts[index] = { kind: 'same-as', row: same.row, similarity: same.similarity }
      continue
    }
    const title = normaliseTitle(row.title)
    const sameTitle = titlesOfResult().get(title)
    if (sameTitle !== undefined) {
      verdicts[index] = { kind: 'same-title', row: sameTitle }
      continue
    }
    const fresh = unionOfResult().missing(tokens)
    const newShare = tokens.size === 0 ? 0 : fresh / tokens.size
    if (newShare < MIN_NEW_SHARE) {
      verdicts[index] = { kind: 'covered', newShare }
      continue
    }
    const { headingEnd, end } = docs[variant]!.sections[row.cells[variant]!]!
    const words = countWords(docs[variant]!.text, headingEnd, end)
    if (added + words > limit) {
      verdicts[index] = { kind: 'over-limit', words, limit, used: added }
      continue
    }
    added += words
    verdicts[index] = { kind: 'added', variant, words }
    // (The union and the titles were made above for this row: they take it in too.)
    addToResult(index, variant, row.cells[variant]!)
    unionOfResult().add(tokens)
    addTitle(titlesOfResult(), title, index)
  }
  // Headings with nothing below them, innermost first (a nested empty heading decides its parent).
  const children = deferred.length > 0 ? childRows(rows) : null
  for (const index of [...deferred].reverse()) {
    const row = rows[index]!
    let anyChild = false
    let takenChild: number | undefined // the first taken child's variant that has this row
    for (const c of children!.get(row.id) ?? []) {
      const v = takenVariant(verdicts[c], base)
      if (v === null) continue
      anyChild = true
      if (takenChild === undefined && row.cells[v] != null) takenChild = v
    }
    verdicts[index] = anyChild ? { kind: 'heading', variant: takenChild ?? longestVersion(row, docs) } : { kind: 'empty-heading' }
  }

  const taken = verdicts.map((v) => takenVariant(v, base))
  const resultRow = new Map<number, number>()
  for (const index of order) if (taken[index] !== null) resultRow.set(index, resultRow.size + 1)
  const decisions: RowDecision[] = []
  const leftOut: LeftOut[] = []
  for (const index of order) {
    const row = rows[index]!
    const verdict = verdicts[index]!
    const variant = taken[index]!
    const having = variantsWith(row.cells)
    const reason = rowReason(verdict, having, base, resultRow, rows)
    decisions.push({ row: row.id, title: row.title, taken: variant, resultRow: resultRow.get(index) ?? null, reason })
    if (variant === null) leftOut.push({ kind: 'row', row: row.id, title: row.title, variants: having, reason })
    else leftOut.push(...otherVersions(row, variant, docs, tokensOf))
  }
  return { order, taken, decisions, leftOut }
}

function addTitle(titles: Map<string, number>, title: string, row: number): void {
  if (title !== '' && !titles.has(title)) titles.set(title, row)
}

function takenVariant(verdict: Verdict | undefined, base: number): number | null {
  if (!verdict) return null
  if (verdict.kind === 'base') return base
  if (verdict.kind === 'added' || verdict.kind === 'heading') return verdict.variant
  return null
}

function rowReason(verdict: Verdict, having: readonly number[], base: number, resultRow: ReadonlyMap<number, number>, rows: readonly AlignedRow[]): string {
  if (verdict.kind === 'base') return `in the base (${base + 1})` // (most rows: no list of variants)
  const where = having.length === 1 ? `only in ${having[0]! + 1}` : `in ${variantList(having)}, not in the base`
  switch (verdict.kind) {
    case 'added':
      return `${where}: adds ${plural(verdict.words, 'word')}`
    case 'heading':
      return `${where}: the heading of rows taken below it`
    case 'same-as':
      return `${where}: same as row ${resultRow.get(verdict.row)} of the result ("${rows[verdict.row]!.title || 'text before the first heading'}", ${percent(verdict.similarity)} alike): left out`
    case 'same-title':
      return `${where}: row ${resultRow.get(verdict.row)} of the result has the same heading ("${rows[verdict.row]!.title}"): left out`
    case 'covered':
      return `${where}: only ${percent(verdict.newShare)} of its words are new to the result: left out`
    case 'over-limit':
      return `${where}: adds ${plural(verdict.words, 'word')}, ${overLimit(verdict.limit, verdict.used)}: left out; take it by hand if you want it`
    case 'empty-heading':
      return `${where}: a heading with no text of its own and nothing taken below it: left out`
    case 'not-in-base':
      return `${where}: ${verdict.why}: left out`
  }
}

/** "more than the 88 words the base may still gain (208 in all, half its length)": what the
 *  limit is and what was left of it, in words a reader of the report needs no doc for. */
function overLimit(limit: number, used: number): string {
  const left = limit - used
  const room = left > 0 ? `more than the ${plural(left, 'word')} the base may still gain` : 'and the base may gain no more text'
  return `${room} (${thousands(limit)} in all, ${limit === MIN_ADDED_WORDS ? 'as much as any base may gain' : 'half its length'})`
}

/** The variant with the longest text in the row (ties: the earliest). */
function longestVersion(row: AlignedRow, docs: readonly AgentDocument[]): number {
  let best = -1
  let bestWords = -1
  row.cells.forEach((cell, v) => {
    if (cell == null) return
    const words = sectionBodyLength(docs[v]!, cell)
    if (words > bestWords) [best, bestWords] = [v, words]
  })
  return best
}

function childRows(rows: readonly AlignedRow[]): Map<string, number[]> {
  const byParent = new Map<string, number[]>()
  rows.forEach((row, index) => {
    if (row.parentId === null) return
    const siblings = byParent.get(row.parentId)
    if (siblings) siblings.push(index)
    else byParent.set(row.parentId, [index])
  })
  return byParent
}

/** Other variants' versions of a taken row whose text differs from the taken one. */
function otherVersions(row: AlignedRow, taken: number, docs: readonly AgentDocument[], tokensOf: (v: number, s: number) => TokenSet): LeftOut[] {
  const mine = docs[taken]!
  const own = sectionBodyText(mine, row.cells[taken]!).trimEnd()
  const out: LeftOut[] = []
  row.cells.forEach((cell, v) => {
    if (cell == null || v === taken) return
    if (sectionBodyText(docs[v]!, cell).trimEnd() === own) return
    const similarity = tokenSetSimilarity(tokensOf(v, cell), tokensOf(taken, row.cells[taken]!))
    out.push({ kind: 'version', row: row.id, title: row.title, variant: v, similarity, reason: `${v + 1}'s version differs (${percent(similarity)} alike); ${taken + 1}'s is taken` })
  })
  return out
}
