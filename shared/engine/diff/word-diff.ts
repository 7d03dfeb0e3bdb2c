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

/** Word-level diff of `other` against `reference` (whitespace runs are tokens, so joining the
 *  `same` + `remove` parts gives `reference` and `same` + `add` gives `other`). Line endings do
 *  not count: when only one text uses CRLF, `other` is compared (and given back) with the
 *  reference's line endings, so a CRLF copy does not show every line as changed. */
export function diffWords(reference: string, other: string, options: DiffBounds = {}): WordDiff {
  other = withLineEndingsOf(reference, other)
  if (reference === other) return sameDiff(reference)
  const maxEditLength = options.maxEditLength ?? DEFAULT_MAX_EDIT_LENGTH
  const timeout = options.timeoutMs ?? DEFAULT_TIMEOUT_MS
  const changes = diffWordsWithSpace(reference, other, { maxEditLength, timeout })
  if (changes === undefined) return tooLarge(maxEditLength, timeout)
  return { kind: 'ok', parts: toParts(changes) }
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
    reason: `The texts differ too much to show a word diff (more than ${maxEditLength} edits or ${timeout} ms).`,
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
