// Look-up tables of token sets, built once per set, for many membership questions in a row.

import { IdSet } from './id-set'
import type { TokenSet } from './similarity'

const tables = new WeakMap<TokenSet, IdSet>()

export function lookupTable(set: TokenSet): IdSet {
  let table = tables.get(set)
  if (!table) {
    table = new IdSet(set.size)
    for (const t of set.tokens) table.add(t)
    tables.set(set, table)
  }
  return table
}

/** Whether the set holds a token (a number from `tokens` of a set in the same space).
 *  The first call builds a table for the set, so many look-ups in one set cost O(1) each. */
export function hasToken(set: TokenSet, token: number): boolean {
  return lookupTable(set).has(token)
}

/** The set's look-up table, for many `hasToken` questions in a row. */
export function tokenTable(set: TokenSet): { has(token: number): boolean } {
  return lookupTable(set)
}
