// The process's one word table: every token space numbers words through it,
// so a library's vocabulary is numbered once, not again for every group (a table per group
// numbered 291 K words to read a library whose words are 3,817).

import { WordNumbers } from './word-numbers'

/** A new table is started past this many words (one would otherwise grow for as long as the
 *  process runs): about 3 MB at most. Whoever keeps word numbers keeps the table that gave them. */
const MAX_TABLE_WORDS = 1 << 16

let table = newWordTable()

function newWordTable(): WordNumbers {
  const words: WordNumbers = new WordNumbers(() => words.size + 1)
  return words
}

/** The table to number words with now (a new one once the current one is full). */
export function currentWordTable(): WordNumbers {
  if (table.size > MAX_TABLE_WORDS) table = newWordTable()
  return table
}
