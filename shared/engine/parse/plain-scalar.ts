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

/** A YAML double-quoted scalar for `value`. JSON string syntax is YAML double-quoted syntax;
 *  JSON leaves a few characters YAML does not print (C1 controls, DEL, BOM, U+FFFE/U+FFFF) as
 *  they are, so those are escaped too. */
export function quoteYamlString(value: string): string {
  return JSON.stringify(value).replace(NOT_PRINTED_BY_YAML, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

const NOT_PRINTED_BY_YAML = /[\x7f-\x9f\ufeff\ufffe\uffff]/g

/** A key for a message: as it is when it is printable, else in double quotes with escapes. */
export function keyForMessage(key: string): string {
  const unquoted = key.replace(/["\\]/g, '')
  return quoteYamlString(unquoted) === `"${unquoted}"` ? key : quoteYamlString(key)
}
