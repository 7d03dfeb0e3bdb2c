// The outline of a Markdown body: flat sections in document order that tile the body exactly,
// nested through `parent`. Real headings first (ATX, setext); then, inside sections without
// real sub-headings, bold pseudo-headings split the text when there are at least two of them.

import type { Section, SectionKind } from '../model'
import { lineNumberAt } from '../parse/lines'
import { scanBlocks, type ScannedPseudoHeading } from './block-scan'
import { sectionKeys } from './section-keys'

export interface BodyOutline {
  readonly sections: readonly Section[]
  /** 1-based line of a fence left open at the end of the file, or null. */
  readonly unclosedFenceLine: number | null
}

/** A section being built: key and end are filled in last, in place (one object per section). */
type Draft = { -readonly [K in keyof Section]: Section[K] }

function draft(title: string, level: number, kind: SectionKind, line: number, start: number, headingEnd: number, parent: number | null): Draft {
  return { key: '', title, level, kind, start, end: 0, headingEnd, line, parent }
}

export function outlineBody(text: string, bodyStart: number): readonly Section[] {
  return outlineBodyDetailed(text, bodyStart).sections
}

/** `firstLine` is the 1-based line of `bodyStart` when the caller knows it (else it is counted);
 *  `firstCr` where the text's first `\r` is, when the caller knows (see lineCursor). */
export function outlineBodyDetailed(text: string, bodyStart: number, firstLine = lineNumberAt(text, bodyStart), firstCr?: number): BodyOutline {
  const scan = scanBlocks(text, bodyStart, firstCr)
  const drafts: Draft[] = []
  const first = scan.headings[0]
  if (bodyStart < text.length && (!first || first.line > 0)) {
    drafts.push(draft('', 0, 'preamble', firstLine, bodyStart, bodyStart, null))
  }
  const stack: number[] = [] // indices of open real headings, by increasing level
  for (const heading of scan.headings) {
    while (stack.length > 0 && drafts[stack[stack.length - 1]!]!.level >= heading.level) stack.pop()
    const parent = stack.length > 0 ? stack[stack.length - 1]! : null
    drafts.push(draft(heading.title, heading.level, heading.kind, firstLine + heading.line, heading.start, heading.end, parent))
    stack.push(drafts.length - 1)
  }
  const sections = splitPseudoHeadings(scan.pseudoHeadings, drafts, firstLine)
  const keys = sectionKeys(sections)
  for (let index = 0; index < sections.length; index++) {
    const section = sections[index]!
    section.key = keys[index]!
    section.end = index + 1 < sections.length ? sections[index + 1]!.start : text.length
  }
  return { sections, unclosedFenceLine: scan.unclosedFence === -1 ? null : firstLine + scan.unclosedFence }
}

/** Splits each section that has no real sub-headings at its pseudo-heading lines (2 or more). */
function splitPseudoHeadings(pseudoHeadings: readonly ScannedPseudoHeading[], drafts: Draft[], firstLine: number): Draft[] {
  if (pseudoHeadings.length < 2) return drafts
  const out: Draft[] = []
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
    const found: Draft[] = []
    for (; cursor < pseudoHeadings.length && pseudoHeadings[cursor]!.start < contentTo; cursor++) {
      const pseudo = pseudoHeadings[cursor]!
      found.push(draft(pseudo.title, section.level + 1, pseudo.kind, firstLine + pseudo.line, pseudo.start, pseudo.end, own))
    }
    if (found.length < 2) return
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
