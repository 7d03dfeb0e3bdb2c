// How much of a text is new to texts already taken (the proposal's "only 12 % of its words are
// new to the result").

import { keepHiddenClass } from '../hidden-class'
import { type TokenSet, TokenSpace } from './similarity'

/** The tokens of several sets of one space together, growing as sets are added: how many of a
 *  set's tokens are new to it. */
export class TokenUnion {
  /** known[t] is 1 when token t is in the union: a space numbers its tokens from 1, densely, so
   *  an array indexed by number is smaller and faster than a hash set. */
  private known: Uint8Array

  constructor(private readonly space: TokenSpace) {
    this.known = new Uint8Array(space.tokens + 1024)
  }

  add(set: TokenSet): void {
    if (set.space !== this.space) throw new Error('TokenUnion: a set of another space')
    const { tokens } = set
    let known = this.known
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!
      if (t >= known.length) known = this.grow(t)
      known[t] = 1
    }
  }

  /** Tokens of `set` not in the union. */
  missing(set: TokenSet): number {
    if (set.space !== this.space) throw new Error('TokenUnion: a set of another space')
    const { tokens } = set
    const known = this.known
    let missing = 0
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!
      if (t >= known.length || known[t] === 0) missing++
    }
    return missing
  }

  private grow(token: number): Uint8Array {
    let length = this.known.length
    while (length <= token) length *= 2
    const grown = new Uint8Array(length)
    grown.set(this.known)
    return (this.known = grown)
  }
}

// One per proposal: see hidden-class.ts.
keepHiddenClass(new TokenUnion(new TokenSpace()))
