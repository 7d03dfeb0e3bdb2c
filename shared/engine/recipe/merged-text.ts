// Accumulates the merged text and, for every span, where it came from.

import type { Origin } from './recipe-model'

export interface MergedText {
  text: string
  readonly origins: Origin[]
}

export function newMergedText(): MergedText {
  return { text: '', origins: [] }
}

export function append(out: MergedText, text: string, source: Origin['source'], label: { row?: string; key?: string } = {}): void {
  if (text === '') return
  const start = out.text.length
  out.text += text
  const last = out.origins[out.origins.length - 1]
  // Neighbouring spans of one source and one row/key are one span.
  if (last && last.end === start && last.source === source && last.row === label.row && last.key === label.key) {
    out.origins[out.origins.length - 1] = { ...last, end: out.text.length }
    return
  }
  out.origins.push({ start, end: out.text.length, source, ...label })
}

/** Whether nothing but a byte-order mark has been written yet. */
export function isAtStart(out: MergedText): boolean {
  return out.text === '' || out.text === '\uFEFF'
}

/** Starts a new line unless nothing was written yet or the text already ends with a line break. */
export function ensureLineBreak(out: MergedText, eol: string): void {
  if (!isAtStart(out) && !out.text.endsWith('\n')) append(out, eol, 'generated')
}

/** Drops trailing line breaks (for a base without a final newline), clipping the origins. */
export function trimTrailingLineBreaks(out: MergedText): void {
  const trimmed = out.text.replace(/(\r?\n)+$/, '')
  if (trimmed.length === out.text.length) return
  out.text = trimmed
  for (let i = out.origins.length - 1; i >= 0; i--) {
    const origin = out.origins[i]!
    if (origin.start >= trimmed.length) out.origins.splice(i, 1)
    else if (origin.end > trimmed.length) out.origins[i] = { ...origin, end: trimmed.length }
  }
}

/** 1-based line of an offset in the text built so far. */
export function lineAt(out: MergedText, offset = out.text.length): number {
  let line = 1
  for (let i = out.text.indexOf('\n'); i !== -1 && i < offset; i = out.text.indexOf('\n', i + 1)) line++
  return line
}
