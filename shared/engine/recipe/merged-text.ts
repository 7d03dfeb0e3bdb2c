// Accumulates the merged text and, for every span, where it came from.

import type { Origin } from './recipe-model'

/** How many of the last characters `tail` keeps: enough for every look at the end (a blank
 *  line, a closing `---`), short enough to copy on every append. */
const TAIL = 1024

export interface MergedText {
  /** The text so far: a string built by `+=`, which V8 keeps as a rope. Looking at its end
   *  (`endsWith`, a regex with `$`) flattens the whole rope, so every check after every section
   *  made a merge quadratic. Checks look at `tail` instead. */
  text: string
  readonly origins: Origin[]
  /** The last TAIL characters of `text` (all of it while shorter). */
  tail: string
  /** Line breaks (`\n`) in `text`. */
  breaks: number
}

export function newMergedText(): MergedText {
  return { text: '', origins: [], tail: '', breaks: 0 }
}

export function append(out: MergedText, text: string, source: Origin['source'], label: { row?: string; key?: string } = {}): void {
  if (text === '') return
  const start = out.text.length
  addText(out, text)
  const last = out.origins[out.origins.length - 1]
  // Neighbouring spans of one source and one row/key are one span.
  if (last && last.end === start && last.source === source && last.row === label.row && last.key === label.key) {
    out.origins[out.origins.length - 1] = { ...last, end: out.text.length }
    return
  }
  out.origins.push({ start, end: out.text.length, source, ...label })
}

/** Adds text without an origin (the caller keeps the origins right). */
export function addText(out: MergedText, text: string): void {
  out.text += text
  out.tail = text.length >= TAIL ? text.slice(-TAIL) : (out.tail + text).slice(-TAIL)
  out.breaks += countBreaks(text)
}

/** Replaces the whole text (rare: trimming the end, inserting before the body). */
export function setText(out: MergedText, text: string): void {
  out.text = text
  out.tail = text.slice(-TAIL)
  out.breaks = countBreaks(text)
}

function countBreaks(text: string): number {
  let n = 0
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++
  return n
}

/** Whether the text so far matches `pattern`, which must be anchored at the end (`$`) and may
 *  use `^` only as "the start of the text". */
export function endMatches(out: MergedText, pattern: RegExp): boolean {
  if (out.tail.length === out.text.length) return pattern.test(out.tail)
  // A longer text: `^` in the tail is not the start of the text; match after the tail's first line break.
  const firstBreak = out.tail.indexOf('\n')
  return firstBreak !== -1 && pattern.test(out.tail.slice(firstBreak))
}

/** Whether nothing but a byte-order mark has been written yet. */
export function isAtStart(out: MergedText): boolean {
  return out.text === '' || out.text === '\uFEFF'
}

/** Whether the text so far ends with a line break. */
export function endsWithLineBreak(out: MergedText): boolean {
  return out.tail.endsWith('\n')
}

/** Starts a new line unless nothing was written yet or the text already ends with a line break. */
export function ensureLineBreak(out: MergedText, eol: string): void {
  if (!isAtStart(out) && !endsWithLineBreak(out)) append(out, eol, 'generated')
}

/** Drops trailing line breaks (for a base without a final newline), clipping the origins. */
export function trimTrailingLineBreaks(out: MergedText): void {
  if (!/(\r?\n)+$/.test(out.tail)) return
  const trimmed = out.text.replace(/(\r?\n)+$/, '')
  setText(out, trimmed)
  for (let i = out.origins.length - 1; i >= 0; i--) {
    const origin = out.origins[i]!
    if (origin.start >= trimmed.length) out.origins.splice(i, 1)
    else if (origin.end > trimmed.length) out.origins[i] = { ...origin, end: trimmed.length }
  }
}

/** 1-based line of the end of the text built so far. */
export function lineAt(out: MergedText): number {
  return out.breaks + 1
}
