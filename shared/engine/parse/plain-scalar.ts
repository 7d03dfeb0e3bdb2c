// Reads an entry's value the way a YAML parser reads a plain (unquoted) scalar, for values that
// strict YAML rejects only because of a character it gives meaning to (`*` at the start, `: `
// inside). Backslashes stay literal (plain scalars have no escapes): `\n` stays two characters.

/** Folds the lines of a plain scalar: lines trimmed and joined with a space; each run of
 *  n blank lines becomes n newlines. A ` #` on the first line starts a comment. */
export function foldPlainScalar(firstLineRest: string, continuation: readonly string[]): string {
  let first = firstLineRest
  const comment = first.indexOf(' #')
  if (comment !== -1) first = first.slice(0, comment)
  let value = first.trim()
  let pendingBlank = 0
  for (const raw of continuation) {
    const line = raw.trim()
    if (line.length === 0) {
      pendingBlank++
      continue
    }
    if (value.length === 0) value = line
    else value += (pendingBlank > 0 ? '\n'.repeat(pendingBlank) : ' ') + line
    pendingBlank = 0
  }
  return value
}

/** A YAML double-quoted scalar for `value` (JSON string syntax is valid YAML double-quoted). */
export function quoteYamlString(value: string): string {
  let out = '"'
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i)
    const ch = value[i]!
    if (ch === '"') out += '\\"'
    else if (ch === '\\') out += '\\\\'
    else if (c === 10) out += '\\n'
    else if (c === 9) out += '\\t'
    else if (c === 13) out += '\\r'
    else if (c < 0x20 || c === 0x7f || (c >= 0x80 && c <= 0x9f) || c === 0xfeff || (c >= 0xd800 && c <= 0xdfff) || c === 0xfffe || c === 0xffff) {
      out += '\\u' + c.toString(16).padStart(4, '0')
    } else out += ch
  }
  return out + '"'
}
