// Reads an entry's value the way a YAML parser reads a plain (unquoted) scalar, for values that
// strict YAML rejects only because of a character it gives meaning to (`*` at the start, `: `
// inside). Backslashes stay literal (plain scalars have no escapes): `\n` stays two characters.

/** Folds the lines of a plain scalar: lines trimmed and joined with a space; each run of
 *  n blank lines becomes n newlines. A comment (` #`, or a line starting with `#`) ends the
 *  scalar, as in YAML. When text follows such a "comment", YAML has no reading of the value
 *  at all, and the `#` text is what the author meant as text (`# Output Format` inside an
 *  example): it is folded in like any other line. */
export function foldPlainScalar(firstLineRest: string, continuation: readonly string[]): string {
  return foldLines([firstLineRest, ...continuation], true) ?? foldLines([firstLineRest, ...continuation], false)!
}

function foldLines(lines: readonly string[], honourComments: boolean): string | null {
  let value = ''
  let pendingBlank = 0
  let ended = false
  for (const [index, raw] of lines.entries()) {
    let line = raw.trim()
    if (ended) {
      if (line.length === 0 || line.startsWith('#')) continue
      return null
    }
    const comment = honourComments ? commentStart(line) : -1
    if (comment !== -1) {
      line = line.slice(0, comment).trimEnd()
      ended = true
    }
    if (line.length === 0) {
      if (index > 0 && !ended) pendingBlank++
      continue
    }
    if (value.length === 0) value = line
    else value += (pendingBlank > 0 ? '\n'.repeat(pendingBlank) : ' ') + line
    pendingBlank = 0
  }
  return value
}

/** Where a comment starts in a trimmed line: `#` after a blank, or `#` opening a continuation line. */
function commentStart(line: string): number {
  if (line.startsWith('#')) return 0
  for (let i = line.indexOf('#'); i > 0; i = line.indexOf('#', i + 1)) {
    const before = line.charCodeAt(i - 1)
    if (before === 32 || before === 9) return i
  }
  return -1
}

/** A YAML double-quoted scalar for `value` (JSON string syntax is valid YAML double-quoted).
 *  Copies runs of ordinary characters whole, found by a native search from one character that
 *  needs an escape to the next: values are often KB-long descriptions. */
export function quoteYamlString(value: string): string {
  let out = '"'
  let runStart = 0
  NEEDS_ESCAPE.lastIndex = 0
  for (let match = NEEDS_ESCAPE.exec(value); match !== null; match = NEEDS_ESCAPE.exec(value)) {
    const i = match.index
    out += value.slice(runStart, i) + escapeOf(value.charCodeAt(i))
    runStart = i + 1
  }
  return out + value.slice(runStart) + '"'
}

/** The code units escapeOf escapes (one at a time: no `u` flag, so each surrogate alone). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const NEEDS_ESCAPE = /["\\\x00-\x1f\x7f-\x9f\ufeff\ud800-\udfff\ufffe\uffff]/g

/** The escape YAML needs for this code unit in a double-quoted scalar, or null for none. */
function escapeOf(c: number): string | null {
  if (c >= 0x20 && c < 0x7f) return c === 34 ? '\\"' : c === 92 ? '\\\\' : null
  if (c === 10) return '\\n'
  if (c === 9) return '\\t'
  if (c === 13) return '\\r'
  if (c < 0x20 || c === 0x7f || (c >= 0x80 && c <= 0x9f) || c === 0xfeff || (c >= 0xd800 && c <= 0xdfff) || c === 0xfffe || c === 0xffff) {
    return '\\u' + c.toString(16).padStart(4, '0')
  }
  return null
}
