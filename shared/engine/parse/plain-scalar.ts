// Reads an entry's value the way a YAML parser folds a plain (unquoted) scalar, for values that
// strict YAML rejects only because of a character it gives meaning to (`*` at the start, `: `
// inside). Backslashes stay literal (plain scalars have no escapes): `\n` stays two characters.

/** Folds the lines of a plain scalar: lines trimmed and joined with a space; each run of
 *  n blank lines becomes n newlines. A `#` is text, never a comment: the values folded here are
 *  ones strict YAML rejects anyway, so no YAML reading of them exists, and their ` #` is what the
 *  author wrote as text (`hit #1 on the App Store`, `# Output Format` inside an example). */
export function foldPlainScalar(firstLineRest: string, continuation: readonly string[]): string {
  let value = ''
  let pendingBlank = 0
  for (const [index, raw] of [firstLineRest, ...continuation].entries()) {
    const line = raw.trim()
    if (line.length === 0) {
      if (index > 0) pendingBlank++
      continue
    }
    if (value.length === 0) value = line
    else value += (pendingBlank > 0 ? '\n'.repeat(pendingBlank) : ' ') + line
    pendingBlank = 0
  }
  return value
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

/** A key for a message: as it is when it is printable, else in double quotes with escapes. */
export function keyForMessage(key: string): string {
  NEEDS_ESCAPE.lastIndex = 0
  const odd = NEEDS_ESCAPE.test(key.replace(/["\\]/g, ''))
  return odd ? quoteYamlString(key) : key
}
