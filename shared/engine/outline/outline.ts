// The outline of a Markdown body: flat sections in document order that tile the body exactly,
// nested through `parent`. Real headings first (ATX, setext); then, inside sections without
// real sub-headings, bold pseudo-headings split the text when there are at least two of them.

import type { Section } from '../model'
import { lineNumberAt } from '../parse/lines'
import { scanBlocks } from './block-scan'
import { hasFewerLinesThan, unclosedFenceLine } from './fence-search'
import { sectionDraft, type SectionDraft } from './section-draft'
import { sectionKeys } from './section-keys'

export interface BodyOutline {
  readonly sections: readonly Section[]
  /** 1-based line of a fence left open at the end of the file, or null. */
  readonly unclosedFenceLine: number | null
}


export function outlineBody(text: string, bodyStart: number): readonly Section[] {
  return outlineBodyDetailed(text, bodyStart).sections
}

/** `firstLine` is the 1-based line of `bodyStart` when the caller knows it (else it is counted);
 *  `firstCr` where the text's first `\r` is, when the caller knows (see lineCursor). */
export function outlineBodyDetailed(text: string, bodyStart: number, firstLine = lineNumberAt(text, bodyStart), firstCr?: number): BodyOutline {
  const drafts = sectionDrafts(text, bodyStart, firstCr)
  const sections = drafts.sections
  const keys = sectionKeys(sections)
  for (let index = 0; index < sections.length; index++) {
    const section = sections[index]!
    section.key = keys[index]!
    section.end = index + 1 < sections.length ? sections[index + 1]!.start : text.length
    section.line += firstLine // from the scan's count to the file's line
  }
  return { sections, unclosedFenceLine: drafts.unclosedFence === -1 ? null : firstLine + drafts.unclosedFence }
}

/** What a listing needs of the outline (`scan`): whether the body has more sections than
 *  `maxSections` and the fence left open, as outlineBodyDetailed finds them, without the
 *  sections' keys or titles. */
export interface OutlineSize {
  readonly tooManySections: boolean
  readonly unclosedFenceLine: number | null
}

export function outlineSize(text: string, bodyStart: number, firstLine: number, maxSections: number, firstCr?: number): OutlineSize {
  // A line holds at most two sections (a setext title can be a pseudo-heading too), plus the
  // preamble: a body of fewer lines than half the bound needs only its open fence, found by
  // searching for fence markers (a walk of every line, reading headings, costs several times more).
  if (hasFewerLinesThan(text, bodyStart, maxSections / 2, firstCr)) {
    const unclosed = unclosedFenceLine(text, bodyStart)
    return { tooManySections: false, unclosedFenceLine: unclosed === -1 ? null : firstLine + unclosed }
  }
  const drafts = sectionDrafts(text, bodyStart, firstCr)
  return { tooManySections: drafts.sections.length > maxSections, unclosedFenceLine: drafts.unclosedFence === -1 ? null : firstLine + drafts.unclosedFence }
}

/** The sections in text order, nested through `parent`, with lines counted from the body's
 *  first line and neither keys nor ends yet; the scan's unclosed fence line (or -1). */
function sectionDrafts(text: string, bodyStart: number, firstCr?: number): { readonly sections: SectionDraft[]; readonly unclosedFence: number } {
  const scan = scanBlocks(text, bodyStart, firstCr)
  const drafts: SectionDraft[] = []
  const first = scan.headings[0]
  if (bodyStart < text.length && (!first || first.line > 0)) drafts.push(sectionDraft('', 0, 'preamble', 0, bodyStart, bodyStart))
  const stack: number[] = [] // indices of open real headings, by increasing level
  for (const heading of scan.headings) {
    while (stack.length > 0 && drafts[stack[stack.length - 1]!]!.level >= heading.level) stack.pop()
    heading.parent = stack.length > 0 ? stack[stack.length - 1]! : null
    drafts.push(heading)
    stack.push(drafts.length - 1)
  }
  return { sections: splitPseudoHeadings(scan.pseudoHeadings, drafts), unclosedFence: scan.unclosedFence }
}

/** Splits each section that has no real sub-headings at its pseudo-heading lines (2 or more). */
function splitPseudoHeadings(pseudoHeadings: readonly SectionDraft[], drafts: SectionDraft[]): SectionDraft[] {
  if (pseudoHeadings.length < 2) return drafts
  const out: SectionDraft[] = []
  const newIndex: number[] = []
  // Sections and pseudo-headings are both in text order: one cursor walks the pseudo-headings.
  let cursor = 0
  drafts.forEach((section, index) => {
    const next = drafts[index + 1]
    const hasChildren = next !== undefined && next.parent === index
    const own = out.length
    newIndex[index] = own
    section.parent = section.parent === null ? null : newIndex[section.parent]! // renumber in place
    out.push(section)
    if (hasChildren) return
    // The section's own text: after its heading, before the next section.
    const contentTo = next ? next.start : Infinity
    while (cursor < pseudoHeadings.length && pseudoHeadings[cursor]!.start < section.headingEnd) cursor++
    const from = cursor
    while (cursor < pseudoHeadings.length && pseudoHeadings[cursor]!.start < contentTo) cursor++
    if (cursor - from < 2) return
    const found = pseudoHeadings.slice(from, cursor)
    for (const pseudo of found) {
      pseudo.level = section.level + 1
      pseudo.parent = own
    }
    // A preamble that is empty once split goes away; its pseudo-sections become top-level.
    if (section.kind === 'preamble' && found[0]!.start === section.headingEnd) {
      out.pop()
      newIndex[index] = -1
      for (const f of found) f.parent = null
    }
    out.push(...found)
  })
  return out
}
