// One-character tests for the line readers, which look at `text[i]` (undefined past the end).

export function isBlank(c: string | undefined): boolean {
  return c === ' ' || c === '\t'
}

export function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9'
}
