// What the aligner compares about each section, computed once per section: the normalised title,
// word token sets of the section's own text and of its whole subtree, and the text used to
// decide "same" (heading markers and trailing whitespace do not count).

import { keepHiddenClass } from '../hidden-class'
import type { AgentDocument, Section } from '../model'
import { normaliseTitle } from '../outline/normalise-title'
import { parseUnhashed } from '../parse/parse-document'
import { DocumentTokens } from './document-tokens'
import { MAX_WORDS, type TokenSet } from './similarity'

export interface SectionFeatures {
  readonly titleKey: string
  // Token sets are computed on first use and kept: most pairs are decided by their titles, so
  // most sections are never tokenised.
  titleTokens(): TokenSet
  /** Tokens of the section's own span (heading line included). */
  ownTokens(): TokenSet
  /** Tokens of the section and all its descendants: recognises a renamed parent whose own text is
   *  only a heading. The same set as `ownTokens` for a leaf. */
  subtreeTokens(): TokenSet
  /** At least `subtreeTokens().size`, without making the set (its exact size once it is made). */
  subtreeSizeAtMost(): number
  /** Normalised titles of the section's descendants: a section whose title is among them is that
   *  descendant left without its parent heading, not the parent renamed. */
  descendantTitles(): ReadonlySet<string>
  /** The section's own span of the text (heading line included). */
  readonly own: string
  /** Own text with heading markers and trailing whitespace normalised away (see `comparableText`):
   *  made on first use, as equal `own` texts need no comparison of it (sameOwnText). */
  comparable(): string
  readonly isPreamble: boolean
}

/** A document's outline as the aligner sees it: every section's features and the section tree. */
export interface OutlineFeatures {
  readonly sections: readonly SectionFeatures[]
  /** Indices of each section's children, in order; index `sections.length` holds the top level. */
  readonly children: readonly (readonly number[])[]
}

/** `tokens`: the token sets of the documents aligned together (their sets are compared). */
export function outlineFeatures(doc: AgentDocument, tokens: DocumentTokens = new DocumentTokens()): OutlineFeatures {
  const count = doc.sections.length
  const children: number[][] = Array.from({ length: count + 1 }, () => [])
  const subtreeEnd = doc.sections.map((s) => s.end)
  doc.sections.forEach((section, index) => {
    children[section.parent ?? count]!.push(index)
  })
  // Sections tile the body in order, so a subtree ends where its last descendant ends.
  for (let i = count - 1; i >= 0; i--) {
    const parent = doc.sections[i]!.parent
    if (parent !== null) subtreeEnd[parent] = Math.max(subtreeEnd[parent]!, subtreeEnd[i]!)
  }
  const outline: Outline = { doc, tokens, children, subtreeEnd, titleKeys: doc.sections.map((section) => normaliseTitle(section.title)) }
  return { sections: doc.sections.map((_, index) => new LazySectionFeatures(outline, index)), children }
}

/** What the sections of one document share. */
interface Outline {
  readonly doc: AgentDocument
  readonly tokens: DocumentTokens
  readonly children: readonly (readonly number[])[]
  readonly subtreeEnd: readonly number[]
  readonly titleKeys: readonly string[]
}

const NO_TITLES: ReadonlySet<string> = new Set()

/** One object a section, its sets and texts made on first use (a closure per feature made a
 *  dozen objects a section, tens of thousands a group: most of them were never called). */
class LazySectionFeatures implements SectionFeatures {
  readonly titleKey: string
  readonly isPreamble: boolean
  private ownText: string | undefined
  private titleSet: TokenSet | undefined
  private ownSet: TokenSet | undefined
  private subtreeSet: TokenSet | undefined
  private descendants: ReadonlySet<string> | undefined
  private comparableOwn: string | undefined

  constructor(
    private readonly outline: Outline,
    private readonly index: number,
  ) {
    this.titleKey = outline.titleKeys[index]!
    this.isPreamble = outline.doc.sections[index]!.kind === 'preamble'
  }

  get own(): string {
    const section = this.outline.doc.sections[this.index]!
    return (this.ownText ??= this.outline.doc.text.slice(section.start, section.end))
  }

  titleTokens(): TokenSet {
    return (this.titleSet ??= this.outline.tokens.text(this.outline.doc.sections[this.index]!.title))
  }

  ownTokens(): TokenSet {
    const section = this.outline.doc.sections[this.index]!
    return (this.ownSet ??= this.outline.tokens.span(this.outline.doc, section.start, section.end))
  }

  subtreeTokens(): TokenSet {
    const { doc, tokens, children, subtreeEnd } = this.outline
    if (children[this.index]!.length === 0) return this.ownTokens()
    return (this.subtreeSet ??= tokens.span(doc, doc.sections[this.index]!.start, subtreeEnd[this.index]!))
  }

  subtreeSizeAtMost(): number {
    const { doc, children, subtreeEnd } = this.outline
    const set = children[this.index]!.length === 0 ? this.ownSet : this.subtreeSet
    if (set !== undefined) return set.size
    // A word is at least one character (`İ` lowercases to two: one word still), and a set holds
    // at most its MAX_WORDS words and their pairs.
    return Math.min(2 * MAX_WORDS - 1, 2 * (subtreeEnd[this.index]! - doc.sections[this.index]!.start))
  }

  descendantTitles(): ReadonlySet<string> {
    if (this.descendants) return this.descendants
    const { children, titleKeys } = this.outline
    if (children[this.index]!.length === 0) return NO_TITLES // (most sections: no set each)
    const titles = new Set<string>()
    const stack = [...children[this.index]!]
    while (stack.length > 0) {
      const child = stack.pop()!
      titles.add(titleKeys[child]!)
      stack.push(...children[child]!)
    }
    return (this.descendants = titles)
  }

  comparable(): string {
    return (this.comparableOwn ??= comparableText(this.own, this.outline.doc.sections[this.index]!))
  }
}

/** Whether two sections' own texts compare as the same (`comparable`), building it only when
 *  their texts differ. */
export function sameOwnText(a: SectionFeatures, b: SectionFeatures): boolean {
  return (a.own === b.own && a.isPreamble === b.isPreamble) || a.comparable() === b.comparable()
}

/** A section's own text as compared for "same": line endings as `\n`, trailing whitespace of each
 *  line and trailing blank lines dropped, and the heading line's markers removed (`## `, `1. `,
 *  `- `, closing `#`s), so `## Foo` and `### Foo` with equal content are the same. */
export function comparableText(own: string, section: Pick<Section, 'kind'>): string {
  // One trimEnd drops the trailing blank lines and the last line's trailing blanks; only the
  // lines before it that end in blanks need a pass of their own (splitting every line made 2
  // million strings of a section of 2 MB of blank lines). trimEnd drops what `\s+$` would, in
  // linear time (the regex took over 20 s on a line with a run of 2 million spaces).
  const text = (own.includes('\r') ? own.replace(/\r\n?/g, '\n') : own).trimEnd()
  const firstBreak = text.indexOf('\n')
  const first = firstBreak < 0 ? text : text.slice(0, firstBreak).trimEnd()
  const head = section.kind === 'preamble' ? first : stripHeadingMarkers(first)
  if (firstBreak < 0) return head
  const rest = text.slice(firstBreak + 1)
  return `${head}\n${/[^\S\n]\n/.test(rest) ? rest.split('\n').map((line) => line.trimEnd()).join('\n') : rest}`
}

function stripHeadingMarkers(line: string): string {
  return withoutClosingHashes(line.replace(/^ {0,3}#{1,6}(?=\s|$)\s*/, ''))
    .replace(/^\s*(?:\d+[.)]|[-*+])\s+/, '')
    .trim()
}

/** `line` without closing `#`s after whitespace (what `/\s+#+$/` removes, in linear time: the
 *  regex backtracked over every space of a long run that did not end in `#`). */
function withoutClosingHashes(line: string): string {
  let end = line.length
  while (end > 0 && line.charCodeAt(end - 1) === 35) end--
  if (end === line.length) return line
  const beforeHashes = line.slice(0, end)
  const trimmed = beforeHashes.trimEnd()
  return trimmed.length < beforeHashes.length ? trimmed : line
}

// One per section aligned: see hidden-class.ts.
keepHiddenClass(outlineFeatures(parseUnhashed('kept', 'kept.md')).sections[0]!)
