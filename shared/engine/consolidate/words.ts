// Small text measures for the reasons a proposal gives.

import type { AgentDocument } from '../model'

const WORD_CHAR = /[\p{L}\p{N}_]/u

/** 1 for the ASCII characters that make words (letters, digits, `_`). */
const ASCII_WORD = new Uint8Array(128)
for (let c = 0; c < 128; c++) ASCII_WORD[c] = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 ? 1 : 0

/** Words as the similarity measure counts them (runs of letters, digits and `_`) in
 *  `text.slice(from, to)`, without a regular expression over the whole text: ASCII by a table and
 *  without branches (a word starts where a word character follows another character), other
 *  characters one by one. Counted in place: a slice is read more slowly, character by character. */
export function countWords(text: string, from = 0, to = text.length): number {
  let n = 0
  let previous = 0
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i)
    const word = c < 128 ? ASCII_WORD[c]! : isWordChar(text, i, from, to) ? 1 : 0
    n += word & ~previous
    previous = word
  }
  return n
}

const bodyWordCounts = new WeakMap<AgentDocument, number>()

/** The words of a document's body (after its frontmatter), counted once per document: choosing
 *  the base and limiting what is added to it both need the base's. */
export function bodyWords(doc: AgentDocument): number {
  let n = bodyWordCounts.get(doc)
  if (n === undefined) bodyWordCounts.set(doc, (n = countWords(doc.text, doc.bodyStart)))
  return n
}

/** Whether the character at `i` is part of a word: a surrogate as its pair when both halves lie
 *  in `from..to`, and never when it is alone (as the expression with the `u` flag reads it). */
function isWordChar(text: string, i: number, from: number, to: number): boolean {
  const c = text.charCodeAt(i)
  if (isLowSurrogate(c)) return i - 1 >= from && isHighSurrogate(text.charCodeAt(i - 1)) && WORD_CHAR.test(text.slice(i - 1, i + 1))
  if (isHighSurrogate(c)) return i + 1 < to && isLowSurrogate(text.charCodeAt(i + 1)) && WORD_CHAR.test(text.slice(i, i + 2))
  return WORD_CHAR.test(text[i]!)
}

const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff
const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff

/** 12345 -> "12,345" (toLocaleString is slow when called for every row). */
export function thousands(n: number): string {
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',')
}

export function plural(n: number, noun: string): string {
  return `${thousands(n)} ${noun}${n === 1 ? '' : 's'}`
}

/** "3", "2 and 3", "2, 3 and 5" (1-based variant numbers, as people see them). */
export function variantList(variants: readonly number[]): string {
  const names = variants.map((v) => String(v + 1))
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`
}

/** The variants with a cell in a row (a section or a key). */
export function variantsWith(cells: readonly unknown[]): number[] {
  const having: number[] = []
  for (let v = 0; v < cells.length; v++) if (cells[v] != null) having.push(v)
  return having
}

export function percent(x: number): string {
  return `${Math.round(x * 100)} %`
}
