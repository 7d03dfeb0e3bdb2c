// What a word is, for the word numbers (word-numbers.ts): the runs of letters, digits and `_` of
// the lowercased text (the regular expression /[\p{L}\p{N}_]+/gu over text.toLowerCase()), how
// an ASCII code unit is classified and folded without that expression, and the hash of a word.

export const WORD = /[\p{L}\p{N}_]+/gu
const WORD_CHAR = /^[\p{L}\p{N}_]$/u

/** Code points outside ASCII known to separate words unchanged (true) or not (false). */
const separators = new Map<number, boolean>()

export function separatesWords(cp: number): boolean {
  let known = separators.get(cp)
  if (known === undefined) {
    const char = String.fromCodePoint(cp)
    known = !WORD_CHAR.test(char) && char.toLowerCase() === char
    if (separators.size < 4096) separators.set(cp, known)
  }
  return known
}

/** Hash of a word, fed one lowercased code unit at a time (FNV-1a). */
export const HASH_START = 0x811c9dc5 | 0
export const step = (hash: number, unit: number): number => Math.imul(hash ^ unit, 0x01000193)

/** A word's code unit as the table keeps it: `unit | 32` for ASCII, which lowercases the letters,
 *  keeps the digits and makes `_` 127 (no other word unit becomes 127), so a word read from the
 *  text is compared with the table's without a look-up per character; other units as they are. */
export const folded = (unit: number): number => (unit < 128 ? unit | 32 : unit)

/** Per ASCII code unit: 1 when it is part of a word ([0-9A-Za-z_]), else 0. A code unit of 128 or
 *  more reads as undefined, which is no word unit either. */
export const WORD_UNIT = new Uint8Array(128)
for (let c = 0; c < 128; c++) {
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95) WORD_UNIT[c] = 1
}
