// How much of a text is new to texts already taken (the proposal's "only 12 % of its words are
// new to the result").

import { IdSet } from './id-set'
import type { TokenSet, TokenSpace } from './similarity'

/** The tokens of several sets of one space together, growing as sets are added: how many of a
 *  set's tokens are new to it. */
export class TokenUnion {
  private readonly known = new IdSet(1024)

  constructor(private readonly space: TokenSpace) {}

  add(set: TokenSet): void {
    if (set.space !== this.space) throw new Error('TokenUnion: a set of another space')
    for (const t of set.tokens) this.known.add(t)
  }

  /** Tokens of `set` not in the union. */
  missing(set: TokenSet): number {
    if (set.space !== this.space) throw new Error('TokenUnion: a set of another space')
    let missing = 0
    for (const t of set.tokens) if (!this.known.has(t)) missing++
    return missing
  }
}
