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

interface Draft {
  title: string
  level: number
  kind: SectionKind
  line: number // index of the first line, counted from the body's first line
  start: number
  headingEnd: number
  parent: number | null
}

export function outlineBody(text: string, bodyStart: number): readonly Section[] {
  return outlineBodyDetailed(text, bodyStart).sections
}

/** `firstLine` is the 1-based line of `bodyStart` when the caller knows it (else it is counted). */
export function outlineBodyDetailed(text: string, bodyStart: number, firstLine = lineNumberAt(text, bodyStart)): BodyOutline {
  const scan = scanBlocks(text, bodyStart)
  const drafts: Draft[] = []
  const first = scan.headings[0]
  if (bodyStart < text.length && (!first || first.line > 0)) {
    drafts.push({ title: '', level: 0, kind: 'preamble', line: 0, start: bodyStart, headingEnd: bodyStart, parent: null })
  }
  const stack: number[] = [] // indices of open real headings, by increasing level
  for (const heading of scan.headings) {
    while (stack.length > 0 && drafts[stack[stack.length - 1]!]!.level >= heading.level) stack.pop()
    const parent = stack.length > 0 ? stack[stack.length - 1]! : null
    drafts.push({ title: heading.title, level: heading.level, kind: heading.kind, line: heading.line, start: heading.start, headingEnd: heading.end, parent })
    stack.push(drafts.length - 1)
  }
  const withPseudo = splitPseudoHeadings(scan.pseudoHeadings, drafts)
  const keys = sectionKeys(withPseudo)
  const sections = withPseudo.map((draft, index): Section => {
    const next = withPseudo[index + 1]
    return { key: keys[index]!, title: draft.title, level: draft.level, kind: draft.kind, start: draft.start, end: next ? next.start : text.length, headingEnd: draft.headingEnd, line: firstLine + draft.line, parent: draft.parent }
  })
  return { sections, unclosedFenceLine: scan.unclosedFence === -1 ? null : firstLine + scan.unclosedFence }
}

/** Splits each section that has no real sub-headings at its pseudo-heading lines (2 or more). */
function splitPseudoHeadings(pseudoHeadings: readonly ScannedPseudoHeading[], drafts: Draft[]): Draft[] {
  if (pseudoHeadings.length < 2) return drafts
  const out: Draft[] = []
  const newIndex: number[] = []
  // Sections and pseudo-headings are both in text order: one cursor walks the pseudo-headings.
  let cursor = 0
  drafts.forEach((draft, index) => {
    const next = drafts[index + 1]
    const hasChildren = next !== undefined && next.parent === index
    const own = out.length
    newIndex[index] = own
    draft.parent = draft.parent === null ? null : newIndex[draft.parent]! // drafts are ours: renumber in place
    out.push(draft)
    if (hasChildren) return
    // The section's own text: after its heading, before the next section.
    const contentTo = next ? next.start : Infinity
    while (cursor < pseudoHeadings.length && pseudoHeadings[cursor]!.start < draft.headingEnd) cursor++
    const found: Draft[] = []
    for (; cursor < pseudoHeadings.length && pseudoHeadings[cursor]!.start < contentTo; cursor++) {
      const pseudo = pseudoHeadings[cursor]!
      found.push({ title: pseudo.title, level: draft.level + 1, kind: pseudo.kind, line: pseudo.line, start: pseudo.start, headingEnd: pseudo.end, parent: own })
    }
    if (found.length < 2) return
    // A preamble that is empty once split goes away; its pseudo-sections become top-level.
    if (draft.kind === 'preamble' && found[0]!.start === draft.headingEnd) {
      out.pop()
      newIndex[index] = -1
      for (const f of found) out.push({ ...f, parent: null })
      return
    }
    out.push(...found)
  })
  return out
}
