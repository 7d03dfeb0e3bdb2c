// Accumulates the merged text and, for every span, where it came from.

import type { Origin } from './recipe-model'

/** How many of the last characters `endPasses` looks at: enough for every look at the end (a
 *  blank line, a closing `---`). */
const TAIL = 1024

export interface MergedText {
  /** The text so far: a string built by `+=`, which V8 keeps as a rope. Looking at its end
   *  (`endsWith`, a regex with `$`) flattens the whole rope, so every check after every section
   *  made a merge quadratic. Checks look at the tail instead (tailOf). */
  text: string
  readonly origins: Origin[]
  /** The last TAIL characters of `text` as of the last look at them, and the pieces added since:
   *  the tail is made only when a check needs it (most sections are placed without one), not
   *  copied on every append. */
  tail: string
  readonly pending: string[]
  /** Whether `text` ends with a line break (asked before every section placed). */
  endsWithBreak: boolean
  /** Line breaks (`\n`) in `text`. */
  breaks: number
}

export function newMergedText(): MergedText {
  return { text: '', origins: [], tail: '', pending: [], endsWithBreak: false, breaks: 0 }
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
  if (text === '') return
  out.text += text
  if (text.length >= TAIL) {
    // The tail lies within this piece: what came before is not needed.
    out.tail = ''
    out.pending.length = 0
  }
  out.pending.push(text)
  out.endsWithBreak = text.charCodeAt(text.length - 1) === 10
  out.breaks += countBreaks(text)
}

/** Replaces the whole text (rare: trimming the end, inserting before the body). */
export function setText(out: MergedText, text: string): void {
  out.text = text
  out.tail = text.slice(-TAIL)
  out.pending.length = 0
  out.endsWithBreak = text.endsWith('\n')
  out.breaks = countBreaks(text)
}

/** The last TAIL characters of the text (all of it while shorter). */
function tailOf(out: MergedText): string {
  const pending = out.pending
  if (pending.length > 0) {
    // Only the last pieces that hold TAIL characters are joined.
    let need = TAIL
    let first = pending.length
    while (first > 0 && need > 0) need -= pending[--first]!.length
    const recent = first === pending.length - 1 ? pending[first]! : pending.slice(first).join('')
    out.tail = (need > 0 ? out.tail + recent : recent).slice(-TAIL)
    pending.length = 0
  }
  return out.tail
}

function countBreaks(text: string): number {
  let n = 0
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++
  return n
}

/** Whether the end of the text so far passes `check`, which looks at `text.slice(from, to)` from
 *  its end, as a pattern anchored at the end (`$`) would (`from` stands for the start of the
 *  text: where `^` may match). */
export function endPasses(out: MergedText, check: (text: string, from: number, to: number) => boolean): boolean {
  const tail = tailOf(out)
  if (tail.length === out.text.length) return check(tail, 0, tail.length)
  // A longer text: `^` in the tail is not the start of the text; match after the tail's first line break.
  const firstBreak = tail.indexOf('\n')
  return firstBreak !== -1 && check(tail, firstBreak, tail.length)
}

/** Whether nothing but a byte-order mark has been written yet. */
export function isAtStart(out: MergedText): boolean {
  return out.text === '' || out.text === '\uFEFF'
}

/** Whether the text so far ends with a line break. */
export function endsWithLineBreak(out: MergedText): boolean {
  return out.endsWithBreak
}

/** Starts a new line unless nothing was written yet or the text already ends with a line break. */
export function ensureLineBreak(out: MergedText, eol: string): void {
  if (!isAtStart(out) && !endsWithLineBreak(out)) append(out, eol, 'generated')
}

/** Drops trailing line breaks (for a base without a final newline), clipping the origins. */
export function trimTrailingLineBreaks(out: MergedText): void {
  if (!out.endsWithBreak) return
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
