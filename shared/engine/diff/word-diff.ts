// Bounded diffs for showing how a variant's section differs from the reference. Every call is
// bounded by the work it may do, counted, never by the clock: a pathological pair gives
// `tooLarge` (a value the UI shows) instead of freezing the window, and the same two texts give
// the same answer however busy the machine is.

import { diffArrays, wordsWithSpaceDiff } from 'diff'
import type { ChangeObject } from 'diff'
import type { DiffPart, WordDiff } from '../alignment-model'

/** Work left to a series of diffs (one command's): each spends the comparisons it made. */
export interface WorkBudget {
  remaining: number
}

export interface DiffBounds {
  /** Give up beyond this many inserted + removed tokens. */
  readonly maxEditLength?: number
  /** Give up after this many token comparisons (the work of aligning the two texts). */
  readonly maxComparisons?: number
  /** Also spend the comparisons from this budget, and give up once it is spent. */
  readonly budget?: WorkBudget
}

export const DEFAULT_MAX_EDIT_LENGTH = 2000
/** About 150-250 ms on this 2-core machine under load for the costliest pairs (each comparison
 *  there is a new diagonal of the edit graph, not a step along a run of equal words). */
export const DEFAULT_MAX_COMPARISONS = 1_000_000
/** Give up, before tokenising, when the changed middle of the two texts (what is left between
 *  their common start and end) is longer than this: tokenising two 2 MB sections that differ
 *  throughout takes 1.7 s. */
export const MAX_CHANGED_CHARS = 200_000

export function workBudget(comparisons: number): WorkBudget {
  return { remaining: comparisons }
}

/** Thrown from the comparator to stop jsdiff: it has no other way to stop on counted work. */
class OutOfWork extends Error {}

/** Word-level diff of `other` against `reference` (whitespace runs are tokens, so joining the
 *  `same` + `remove` parts gives `reference` and `same` + `add` gives `other`). Line endings do
 *  not count: when only one text uses CRLF, `other` is compared (and given back) with the
 *  reference's line endings, so a CRLF copy does not show every line as changed. */
export function diffWords(reference: string, other: string, options: DiffBounds = {}): WordDiff {
  other = withLineEndingsOf(reference, other)
  if (reference === other) return sameDiff(reference)
  const maxEditLength = options.maxEditLength ?? DEFAULT_MAX_EDIT_LENGTH
  const budget = options.budget
  if (budget !== undefined && budget.remaining <= 0) return budgetSpent()
  // The common start and end are one same part each, cut back to a blank where both texts have a
  // token boundary: a split word, space run or CRLF would give other tokens (and edit counts) than
  // jsdiff finds in the whole texts.
  let start = commonPrefixLength(reference, other)
  while (start > 0 && !(isBlank(reference.charCodeAt(start - 1)) && isTokenBoundary(reference, start) && isTokenBoundary(other, start))) start--
  let end = commonSuffixLength(reference, other, start)
  while (end > 0 && !(isBlank(reference.charCodeAt(reference.length - end)) && isTokenBoundary(reference, reference.length - end) && isTokenBoundary(other, other.length - end))) end--
  const referenceMiddle = reference.slice(start, reference.length - end)
  const otherMiddle = other.slice(start, other.length - end)
  if (referenceMiddle.length + otherMiddle.length > MAX_CHANGED_CHARS) return tooLarge(`over ${count(MAX_CHANGED_CHARS)} changed characters`)
  const referenceTokens = wordsWithSpaceDiff.tokenize(referenceMiddle)
  const otherTokens = wordsWithSpaceDiff.tokenize(otherMiddle)
  // Tokens only one side has must each be inserted or removed: when they alone pass the cap, the
  // diff would too, so say so at once rather than after millions of comparisons.
  if (unmatchedTokens(referenceTokens, otherTokens) > maxEditLength) return tooLarge(`more than ${count(maxEditLength)} edits`)
  const ownLimit = options.maxComparisons ?? DEFAULT_MAX_COMPARISONS
  const maxComparisons = Math.min(ownLimit, budget?.remaining ?? Infinity)
  let comparisons = 0
  const comparator = (a: string, b: string): boolean => {
    if (++comparisons > maxComparisons) throw new OutOfWork()
    return a === b
  }
  let changes: ChangeObject<string[]>[] | undefined
  try {
    changes = diffArrays(referenceTokens, otherTokens, { maxEditLength, comparator })
  } catch (error) {
    if (!(error instanceof OutOfWork)) throw error
    if (budget !== undefined) budget.remaining -= maxComparisons
    return maxComparisons < ownLimit ? budgetSpent() : tooLarge(`over ${count(ownLimit)} steps to align them`)
  }
  if (budget !== undefined) budget.remaining -= comparisons
  if (changes === undefined) return tooLarge(`more than ${count(maxEditLength)} edits`)
  const parts = toParts([
    { value: reference.slice(0, start), added: false, removed: false, count: 0 },
    ...changes.map((change) => ({ ...change, value: change.value.join('') })),
    { value: reference.slice(reference.length - end), added: false, removed: false, count: 0 },
  ])
  return { kind: 'ok', parts }
}

const count = (n: number): string => n.toLocaleString('en-US')

const isBlank = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13

/** Whitespace that jsdiff's wordsWithSpace tokenizer runs together (`[^\S\n\r]+`). */
const SPACE_RUN = /[^\S\n\r]/

/** Whether `at` falls between two of jsdiff's wordsWithSpace tokens in `text`, next to a blank
 *  (the only places the common start and end are cut): not inside a run of spaces and tabs, nor
 *  between the CR and LF of a line break. */
function isTokenBoundary(text: string, at: number): boolean {
  if (at <= 0 || at >= text.length) return true
  const before = text[at - 1]!
  const after = text[at]!
  if (before === '\r') return after !== '\n'
  return !(SPACE_RUN.test(before) && SPACE_RUN.test(after))
}

/** Tokens of either side with no equal token left on the other (counted with repeats): a lower
 *  bound of the edits any diff of the two needs. */
function unmatchedTokens(a: readonly string[], b: readonly string[]): number {
  const counts = new Map<string, number>()
  for (const token of a) counts.set(token, (counts.get(token) ?? 0) + 1)
  let matched = 0
  for (const token of b) {
    const left = counts.get(token)
    if (left !== undefined && left > 0) {
      counts.set(token, left - 1)
      matched++
    }
  }
  return a.length + b.length - 2 * matched
}

function commonPrefixLength(a: string, b: string): number {
  const max = Math.min(a.length, b.length)
  let i = 0
  while (i < max && a.charCodeAt(i) === b.charCodeAt(i)) i++
  return i
}

/** Length of the common end of `a` and `b` that starts after `from` in both. */
function commonSuffixLength(a: string, b: string, from: number): number {
  const max = Math.min(a.length, b.length) - from
  let i = 0
  while (i < max && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++
  return i
}

function withLineEndingsOf(reference: string, other: string): string {
  const crlf = reference.includes('\r\n')
  if (crlf === other.includes('\r\n')) return other
  return crlf ? other.replace(/\r?\n/g, '\r\n') : other.replace(/\r\n/g, '\n')
}

function sameDiff(text: string): WordDiff {
  return { kind: 'ok', parts: text === '' ? [] : [{ text, op: 'same' }] }
}

function tooLarge(reason: string): WordDiff {
  return { kind: 'tooLarge', reason }
}

const budgetSpent = (): WordDiff => tooLarge('the work budget of these word diffs is spent')

function toParts(changes: readonly ChangeObject<string>[]): DiffPart[] {
  const parts: DiffPart[] = []
  for (const change of changes) {
    if (change.value === '') continue
    const op = change.added ? 'add' : change.removed ? 'remove' : 'same'
    const last = parts[parts.length - 1]
    // jsdiff can emit neighbouring parts with the same op; merge them for the renderer.
    if (last && last.op === op) parts[parts.length - 1] = { text: last.text + change.value, op }
    else parts.push({ text: change.value, op })
  }
  return parts
}
