// Bold pseudo-headings: many agent files structure their text with lines that are only
// `**Title**`, `**Title**:` or `**Title:**` (or the same with `__`), or with numbered items such as
// `1. **API Design & Implementation**: When building APIs...`. Those lines act as headings.

import { isDigit } from './chars'

export interface PseudoHeading {
  readonly kind: 'bold' | 'item'
  readonly title: string
}

export function parsePseudoHeading(text: string, start: number, end: number): PseudoHeading | null {
  const first = text[start] // most lines are rejected on this one character
  const bold = first === '*' || first === '_'
  if (!bold && !isDigit(first)) return null
  while (end > start && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--
  return bold ? parseBoldLine(text, start, end) : parseNumberedItem(text, start, end)
}

/** `**Title**`, `**Title**:` or `**Title:**`, nothing else on the line. */
function parseBoldLine(text: string, start: number, end: number): PseudoHeading | null {
  const bold = readBold(text, start, end)
  if (!bold) return null
  const tail = text.slice(bold.end, end)
  if (tail !== '' && tail !== ':') return null
  return { kind: 'bold', title: bold.title }
}

/** `1. **Title**`, then nothing, `:` or a dash and text; or `1. **Title:**` and text. */
function parseNumberedItem(text: string, start: number, end: number): PseudoHeading | null {
  let i = start
  while (i < end && i - start < 4 && isDigit(text[i])) i++
  if (i >= end || (text[i] !== '.' && text[i] !== ')')) return null
  i++
  if (i >= end || text[i] !== ' ') return null
  while (i < end && text[i] === ' ') i++
  const bold = readBold(text, i, end)
  if (!bold) return null
  if (bold.end === end || bold.colonInside) return { kind: 'item', title: bold.title }
  if (text[bold.end] === ':') return { kind: 'item', title: bold.title }
  const dash = text.slice(bold.end, bold.end + 3)
  if (dash === ' - ' || dash === ' \u2014 ' || dash === ' \u2013 ') return { kind: 'item', title: bold.title }
  return null
}

/** `**Title**` or `__Title__` (the same strong emphasis in Markdown) at `start`. */
function readBold(text: string, start: number, end: number): { title: string; end: number; colonInside: boolean } | null {
  const mark = text[start]
  if ((mark !== '*' && mark !== '_') || text[start + 1] !== mark) return null
  let close = -1
  for (let k = start + 2; k + 1 < end; k++) {
    if (text[k] === mark && text[k + 1] === mark) {
      close = k
      break
    }
  }
  if (close === -1 || close === start + 2) return null
  let title = text.slice(start + 2, close).trim()
  if (title.length === 0 || title[0] === mark) return null
  const colonInside = title.endsWith(':')
  if (colonInside) title = title.slice(0, -1).trimEnd()
  if (title.length === 0) return null
  return { title, end: close + 2, colonInside }
}
