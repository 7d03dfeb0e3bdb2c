// Token sets of spans of the documents compared together (a section, a section with its
// subsections, a section's body), all in one space: each document's body is read once, as far as
// the spans asked for need it, and the set of any span of it is made from those words. The aligner and the proposal
// share one, so a group's texts are read once for both.

import { keepHiddenClass } from '../hidden-class'
import type { AgentDocument } from '../model'
import type { ReadText } from './read-text'
import { TokenSpace, type TokenSet } from './similarity'

export class DocumentTokens {
  readonly space: TokenSpace
  private readonly read = new Map<AgentDocument, ReadText>()

  constructor(space: TokenSpace = new TokenSpace()) {
    this.space = space
  }

  /** The token set of `doc.text.slice(start, end)`. */
  span(doc: AgentDocument, start: number, end: number): TokenSet {
    let read = this.read.get(doc)
    if (read === undefined) this.read.set(doc, (read = this.space.readText(doc.text, doc.bodyStart)))
    return this.space.spanSet(read, start, end)
  }

  /** The token set of a text of its own (a title). */
  text(text: string): TokenSet {
    return this.space.tokenSet(text)
  }
}

// One per group: see hidden-class.ts (this one also keeps the hidden classes
// of a TokenSpace and of its WordNumbers and PairNumbers).
keepHiddenClass(new DocumentTokens())
