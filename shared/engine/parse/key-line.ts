// Recognises a top-level `key: value` line of a frontmatter block without regular expressions
// (real descriptions are single lines of several KB; a backtracking regex would be quadratic).

export interface KeyLine {
  /** The key as written, quotes removed. */
  readonly key: string
  /** Offset (in the text) just after the `:` that ends the key. */
  readonly colonEnd: number
}

/** The key of a column-0 `key:` line in `text.slice(start, end)`, or null when it is not one.
 *  An anchor or a tag written before the key (`&anchor key: v`, `!!str key: v`) is skipped:
 *  YAML reads the key after it. */
export function readKeyLine(text: string, lineStart: number, end: number): KeyLine | null {
  if (lineStart >= end) return null
  let start = lineStart
  let first = text.charCodeAt(start)
  if (first === 38 || first === 33) {
    start = afterNodeProperties(text, start, end)
    if (start >= end) return null
    first = text.charCodeAt(start)
  }
  // space, tab, `#` comment, `-` list item / delimiter, `{`/`[` flow collections, `?`/`:` complex keys
  if (first === 32 || first === 9 || first === 35 || first === 45 || first === 123 || first === 91 || first === 63 || first === 58) return null
  if (first === 34 || first === 39) return readQuotedKey(text, start, end, first)
  for (let i = start; i < end; i++) {
    if (text.charCodeAt(i) !== 58) continue
    const next = i + 1 < end ? text.charCodeAt(i + 1) : -1
    if (next === -1 || next === 32 || next === 9) {
      const key = text.slice(start, i).trimEnd()
      // YAML takes implicit keys up to 1024 characters; a long one with spaces is prose.
      if (key.length === 0 || key.length > 1024 || (key.length > 80 && key.includes(' ')) || key.includes(' #')) return null
      return { key, colonEnd: i + 1 }
    }
  }
  return null
}

function readQuotedKey(text: string, start: number, end: number, quote: number): KeyLine | null {
  for (let i = start + 1; i < end; i++) {
    const c = text.charCodeAt(i)
    if (c === 92 && quote === 34) {
      i++
      continue
    }
    if (c !== quote) continue
    if (quote === 39 && i + 1 < end && text.charCodeAt(i + 1) === 39) {
      i++
      continue
    }
    let j = i + 1
    while (j < end && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j++
    if (j >= end || text.charCodeAt(j) !== 58) return null
    const next = j + 1 < end ? text.charCodeAt(j + 1) : -1
    if (next !== -1 && next !== 32 && next !== 9) return null
    const written = text.slice(start + 1, i)
    return { key: quote === 39 ? written.replaceAll("''", "'") : unescapeDoubleQuoted(written), colonEnd: j + 1 }
  }
  return null
}

/** Offset past the `&anchor` and `!tag` properties (and the blanks after each) at `start`. */
function afterNodeProperties(text: string, start: number, end: number): number {
  let i = start
  for (let c = text.charCodeAt(i); i < end && (c === 38 || c === 33); c = text.charCodeAt(i)) {
    while (i < end && text.charCodeAt(i) !== 32 && text.charCodeAt(i) !== 9) i++
    if (i === end) return end
    while (i < end && (text.charCodeAt(i) === 32 || text.charCodeAt(i) === 9)) i++
  }
  return i
}

/** The text of a double-quoted key: YAML's escapes (`\u0000`, `\t`, `\\`, ...) read as YAML reads
 *  them, so the key is the one the strict reader's map holds. Unknown escapes stay as written. */
function unescapeDoubleQuoted(written: string): string {
  if (!written.includes('\\')) return written
  return written.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/g, (all, e: string) => {
    if (e.length > 1) {
      const code = parseInt(e.slice(1), 16)
      return code <= 0x10ffff ? String.fromCodePoint(code) : all
    }
    return SIMPLE_ESCAPES[e] ?? all
  })
}

const SIMPLE_ESCAPES: { readonly [c: string]: string } = {
  '0': '\0', a: '\x07', b: '\b', t: '\t', '\t': '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b', ' ': ' ', '"': '"', '/': '/', '\\': '\\',
  N: '\u0085', _: '\u00a0', L: '\u2028', P: '\u2029',
}

/** Whether the line is a column-0 YAML comment. */
export function isCommentLine(text: string, start: number, end: number): boolean {
  return start < end && text.charCodeAt(start) === 35
}

/** Whether the line starts with a space or a tab (a continuation in block YAML). */
export function isIndentedLine(text: string, start: number, end: number): boolean {
  if (start >= end) return false
  const c = text.charCodeAt(start)
  return c === 32 || c === 9
}

/** Whether the line is a column-0 block sequence item (`- x` or a lone `-`). */
export function isListItemLine(text: string, start: number, end: number): boolean {
  if (start >= end || text.charCodeAt(start) !== 45) return false
  if (start + 1 === end) return true
  const c = text.charCodeAt(start + 1)
  return c === 32 || c === 9
}

/** Whether the line is a frontmatter delimiter (`---` or `...`, trailing blanks allowed). */
export function isDelimiterLine(text: string, start: number, end: number): boolean {
  if (end - start < 3) return false
  const c = text.charCodeAt(start)
  if (c !== 45 && c !== 46) return false
  if (text.charCodeAt(start + 1) !== c || text.charCodeAt(start + 2) !== c) return false
  for (let i = start + 3; i < end; i++) {
    const d = text.charCodeAt(i)
    if (d !== 32 && d !== 9) return false
  }
  return true
}

/** Whether the line closes a frontmatter block: a delimiter, or four or more dashes alone (a
 *  longer rule some authors close with; read as the `---` they meant). */
export function isClosingLine(text: string, start: number, end: number): boolean {
  if (isDelimiterLine(text, start, end)) return true
  let i = start
  while (i < end && text.charCodeAt(i) === 45) i++
  return i - start >= 4 && isBlankTail(text, i, end)
}

function isBlankTail(text: string, from: number, end: number): boolean {
  for (let i = from; i < end; i++) {
    const d = text.charCodeAt(i)
    if (d !== 32 && d !== 9) return false
  }
  return true
}

/** Whether the line is a YAML document end marker (`...`, trailing blanks allowed). */
export function isDocumentEndLine(text: string, start: number, end: number): boolean {
  return isDelimiterLine(text, start, end) && text.charCodeAt(start) === 46
}

/** Whether the line opens with `---` (the only delimiter that may open a block). */
export function isOpeningDelimiter(text: string, start: number, end: number): boolean {
  return isDelimiterLine(text, start, end) && text.charCodeAt(start) === 45
}
