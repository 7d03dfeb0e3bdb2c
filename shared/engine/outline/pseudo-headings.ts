// Bold pseudo-headings: many agent files structure their text with lines that are only
// `**Title**`, `**Title**:` or `**Title:**` (or the same with `__`), or with numbered items such as
// `1. **API Design & Implementation**: When building APIs...`. Those lines act as headings.

export interface PseudoHeading {
  readonly kind: 'bold' | 'item'
  readonly title: string
}

export function parsePseudoHeading(text: string, start: number, end: number): PseudoHeading | null {
  const first = text.charCodeAt(start) // most lines are rejected on this one character
  const bold = first === 42 || first === 95
  if (!bold && !(first >= 48 && first <= 57)) return null
  while (end > start && (text.charCodeAt(end - 1) === 32 || text.charCodeAt(end - 1) === 9)) end--
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
  while (i < end && i - start < 4 && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++
  if (i >= end || (text.charCodeAt(i) !== 46 && text.charCodeAt(i) !== 41)) return null
  i++
  if (i >= end || text.charCodeAt(i) !== 32) return null
  while (i < end && text.charCodeAt(i) === 32) i++
  const bold = readBold(text, i, end)
  if (!bold) return null
  if (bold.end === end || bold.colonInside) return { kind: 'item', title: bold.title }
  const next = text.charCodeAt(bold.end)
  if (next === 58) return { kind: 'item', title: bold.title }
  const dash = text.slice(bold.end, bold.end + 3)
  if (dash === ' - ' || dash === ' \u2014 ' || dash === ' \u2013 ') return { kind: 'item', title: bold.title }
  return null
}

/** `**Title**` or `__Title__` (the same strong emphasis in Markdown) at `start`. */
function readBold(text: string, start: number, end: number): { title: string; end: number; colonInside: boolean } | null {
  const mark = text.charCodeAt(start)
  if ((mark !== 42 && mark !== 95) || text.charCodeAt(start + 1) !== mark) return null
  let close = -1
  for (let k = start + 2; k + 1 < end; k++) {
    if (text.charCodeAt(k) === mark && text.charCodeAt(k + 1) === mark) {
      close = k
      break
    }
  }
  if (close === -1 || close === start + 2) return null
  let title = text.slice(start + 2, close).trim()
  if (title.length === 0 || title.charCodeAt(0) === mark) return null
  const colonInside = title.endsWith(':')
  if (colonInside) title = title.slice(0, -1).trimEnd()
  if (title.length === 0) return null
  return { title, end: close + 2, colonInside }
}
