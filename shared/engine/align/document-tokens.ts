// Token sets of spans of the documents compared together (a section, a section with its
// subsections, a section's body), all in one space: each document's body is read once, as far as
// the spans asked for need it, and the set of any span of it is made from those words. The aligner and the proposal
// share one, so a group's texts are read once for both.
//
// Variants of one agent are often copies that differ only in their frontmatter (many of a
// library's group members): a body equal to one already read is not read again, and a span of it
// asked for before gets the set made then (a set depends only on its text).

import { keepHiddenClass } from '../hidden-class'
import type { AgentDocument } from '../model'
import type { ReadText } from './read-text'
import { TokenSpace, type TokenSet } from './similarity'

export class DocumentTokens {
  readonly space: TokenSpace
  private readonly bodies = new Map<AgentDocument, Body>()
  /** One per distinct body, in the order first read. */
  private readonly distinct: Body[] = []

  constructor(space: TokenSpace = new TokenSpace()) {
    this.space = space
  }

  /** Makes room for the words of `docs`' bodies (each distinct body counted once), before any is
   *  read: the space's tables are made at their size rather than grown as the bodies are read. */
  expect(docs: readonly AgentDocument[]): void {
    const known = this.distinct.length
    for (const doc of docs) if (!this.bodies.has(doc)) this.bodyOf(doc)
    let characters = 0
    for (let i = known; i < this.distinct.length; i++) characters += this.distinct[i]!.length
    this.space.expectText(characters)
  }

  /** The token set of `doc.text.slice(start, end)`. */
  span(doc: AgentDocument, start: number, end: number): TokenSet {
    // (A span that starts before the body is none of the body's.)
    if (start < doc.bodyStart) return this.space.tokenSet(doc.text.slice(start, end))
    const body = this.bodies.get(doc) ?? this.bodyOf(doc)
    return body.span(start - doc.bodyStart, end - doc.bodyStart)
  }

  /** The token set of a text of its own (a title). */
  text(text: string): TokenSet {
    return this.space.tokenSet(text)
  }

  private bodyOf(doc: AgentDocument): Body {
    let body = this.distinct.find((known) => known.isBodyOf(doc))
    if (body === undefined) this.distinct.push((body = new Body(this.space, doc)))
    this.bodies.set(doc, body)
    return body
  }
}

/** A body as read, and the sets made of its spans; offsets are relative to the body's start. */
class Body {
  private readonly read: ReadText
  private readonly sets = new Map<number, TokenSet>()

  constructor(
    private readonly space: TokenSpace,
    private readonly doc: AgentDocument,
  ) {
    this.read = space.readText(doc.text, doc.bodyStart)
  }

  /** Characters of the body. */
  get length(): number {
    return this.doc.text.length - this.doc.bodyStart
  }

  isBodyOf(other: AgentDocument): boolean {
    const { text, bodyStart } = this.doc
    if (text.length - bodyStart !== other.text.length - other.bodyStart) return false
    return other === this.doc || text.slice(bodyStart) === other.text.slice(other.bodyStart)
  }

  /** The set of the span `from..to` of the body (offsets from its start). */
  span(from: number, to: number): TokenSet {
    const key = to < KEY_SCALE ? from * KEY_SCALE + to : -1
    let set = key < 0 ? undefined : this.sets.get(key)
    if (set === undefined) {
      set = this.space.spanSet(this.read, this.doc.bodyStart + from, this.doc.bodyStart + to)
      if (key >= 0) this.sets.set(key, set)
    }
    return set
  }
}

/** Span keys are `from * KEY_SCALE + to`: exact numbers for bodies of up to 2^26 characters. */
const KEY_SCALE = 2 ** 26

// One per group: see hidden-class.ts (this one also keeps the hidden classes
// of a TokenSpace and of its WordNumbers and PairNumbers).
const kept = keepHiddenClass(new DocumentTokens())
keepHiddenClass(new Body(kept.space, { text: '', bodyStart: 0 } as AgentDocument))
