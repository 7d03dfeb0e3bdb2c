// Bounded diffs for showing how a variant's section differs from the reference. Every call sets
// both an edit-length cap and a time budget, so a pathological pair gives `tooLarge` (a value the
// UI shows) instead of freezing the window.

import { diffWordsWithSpace } from 'diff'
import type { ChangeObject } from 'diff'
import type { DiffPart, WordDiff } from '../alignment-model'

export interface DiffBounds {
  /** Give up beyond this many inserted + removed tokens. */
  readonly maxEditLength?: number
  /** Give up after this many milliseconds. */
  readonly timeoutMs?: number
}

export const DEFAULT_MAX_EDIT_LENGTH = 2000
export const DEFAULT_TIMEOUT_MS = 150
/** Give up, before tokenising, when the changed middle of the two texts (what is left between
 *  their common start and end) is longer than this: jsdiff tokenises both texts whole before its
 *  edit cap and time budget apply (two 2 MB sections that differ throughout: 1.7 s). */
export const MAX_CHANGED_CHARS = 200_000

/** Word-level diff of `other` against `reference` (whitespace runs are tokens, so joining the
 *  `same` + `remove` parts gives `reference` and `same` + `add` gives `other`). Line endings do
 *  not count: when only one text uses CRLF, `other` is compared (and given back) with the
 *  reference's line endings, so a CRLF copy does not show every line as changed. */
export function diffWords(reference: string, other: string, options: DiffBounds = {}): WordDiff {
  other = withLineEndingsOf(reference, other)
  if (reference === other) return sameDiff(reference)
  const maxEditLength = options.maxEditLength ?? DEFAULT_MAX_EDIT_LENGTH
  const timeout = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
  // The common start and end, cut back to a blank so no word is split, are one same part each.
  let start = commonPrefixLength(reference, other)
  while (start > 0 && !isBlank(reference.charCodeAt(start - 1))) start--
  let end = commonSuffixLength(reference, other, start)
  while (end > 0 && !isBlank(reference.charCodeAt(reference.length - end))) end--
  const referenceMiddle = reference.slice(start, reference.length - end)
  const otherMiddle = other.slice(start, other.length - end)
  if (referenceMiddle.length + otherMiddle.length > MAX_CHANGED_CHARS) return tooLarge(maxEditLength, timeout)
  const changes = diffWordsWithSpace(referenceMiddle, otherMiddle, { maxEditLength, timeout })
  if (changes === undefined) return tooLarge(maxEditLength, timeout)
  const parts = toParts([
    { value: reference.slice(0, start), added: false, removed: false, count: 0 },
    ...changes,
    { value: reference.slice(reference.length - end), added: false, removed: false, count: 0 },
  ])
  return { kind: 'ok', parts }
}

const isBlank = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13

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

function tooLarge(maxEditLength: number, timeout: number): WordDiff {
  return {
    kind: 'tooLarge',
    reason: `The texts differ too much to show a word diff (more than ${maxEditLength} edits, ${timeout} ms or ${MAX_CHANGED_CHARS.toLocaleString('en-US')} changed characters).`,
  }
}

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
