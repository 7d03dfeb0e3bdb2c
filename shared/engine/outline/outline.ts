// The outline of a Markdown body: flat sections in document order that tile the body exactly,
// nested through `parent`. Real headings first (ATX, setext); then, inside sections without
// real sub-headings, bold pseudo-headings split the text when there are at least two of them.

import type { Section, SectionKind } from '../model'
import type { LineTable } from '../parse/lines'
import { lineContentEnd, lineEnd, lineStart, linesFrom, lineTable } from '../parse/lines'
import { scanBlocks } from './block-scan'
import { parsePseudoHeading } from './pseudo-headings'
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
  firstLine: number // index into body lines
  headingLines: number // how many lines the heading takes (0 for the preamble)
  parent: number | null
}

export function outlineBody(text: string, bodyStart: number): readonly Section[] {
  return outlineBodyDetailed(text, bodyStart).sections
}

/** `fileLines` (the lines of the whole text, if the caller has them) saves splitting again. */
export function outlineBodyDetailed(text: string, bodyStart: number, fileLines?: LineTable): BodyOutline {
  let lines: LineTable
  let lineOffset: number
  const at = fileLines ? firstLineAtOrAfter(fileLines, bodyStart) : -1
  // Reuse only when the body starts on a line boundary (not after a BOM in the first line).
  if (fileLines && (at === fileLines.count || lineStart(fileLines, at) === bodyStart) && (at === 0 || lineEnd(fileLines, at - 1) === bodyStart)) {
    lineOffset = at
    lines = linesFrom(fileLines, at)
  } else {
    lines = lineTable(text, bodyStart)
    lineOffset = bodyStart === 0 ? 0 : lineTable(text, 0, bodyStart).count
  }
  const scan = scanBlocks(text, lines)
  const drafts: Draft[] = []
  const first = scan.headings[0]
  if (lines.count > 0 && (!first || first.firstLine > 0)) {
    drafts.push({ title: '', level: 0, kind: 'preamble', firstLine: 0, headingLines: 0, parent: null })
  }
  const stack: number[] = [] // indices of open real headings, by increasing level
  for (const heading of scan.headings) {
    while (stack.length > 0 && drafts[stack[stack.length - 1]!]!.level >= heading.level) stack.pop()
    const parent = stack.length > 0 ? stack[stack.length - 1]! : null
    drafts.push({ title: heading.title, level: heading.level, kind: heading.kind, firstLine: heading.firstLine, headingLines: heading.lastLine - heading.firstLine + 1, parent })
    stack.push(drafts.length - 1)
  }
  const withPseudo = splitPseudoHeadings(text, lines, scan.fences, drafts)
  const keys = sectionKeys(withPseudo)
  const bodyEnd = text.length
  const sections = withPseudo.map((draft, index): Section => {
    const next = withPseudo[index + 1]
    const start = draft.firstLine === 0 && draft.kind === 'preamble' ? bodyStart : lineStart(lines, draft.firstLine)
    const end = next ? lineStart(lines, next.firstLine) : bodyEnd
    const headingEnd = draft.headingLines === 0 ? start : lineEnd(lines, draft.firstLine + draft.headingLines - 1)
    return { key: keys[index]!, title: draft.title, level: draft.level, kind: draft.kind, start, end, headingEnd, line: lineOffset + draft.firstLine + 1, parent: draft.parent }
  })
  return { sections, unclosedFenceLine: scan.unclosedFence === -1 ? null : lineOffset + scan.unclosedFence + 1 }
}

/** Index of the first line starting at or after `offset` (a line start or the end of the text). */
function firstLineAtOrAfter(lines: LineTable, offset: number): number {
  let lo = 0
  let hi = lines.count
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (lineStart(lines, mid) < offset) lo = mid + 1
    else hi = mid
  }
  return lo
}

/** Splits each section that has no real sub-headings at its pseudo-heading lines (2 or more). */
function splitPseudoHeadings(text: string, lines: LineTable, fences: readonly number[], drafts: Draft[]): Draft[] {
  const out: Draft[] = []
  const newIndex: number[] = []
  // Lines are visited in increasing order: one cursor walks the fenced ranges (pairs of first and
  // last line) alongside them.
  let fence = 0
  drafts.forEach((draft, index) => {
    const next = drafts[index + 1]
    const hasChildren = next !== undefined && next.parent === index
    const own = out.length
    newIndex[index] = own
    draft.parent = draft.parent === null ? null : newIndex[draft.parent]! // drafts are ours: renumber in place
    out.push(draft)
    if (hasChildren) return
    const contentFrom = draft.firstLine + draft.headingLines
    const contentTo = next ? next.firstLine : lines.count
    const found: Draft[] = []
    for (let i = contentFrom; i < contentTo; i++) {
      while (fence < fences.length && fences[fence + 1]! < i) fence += 2
      if (fence < fences.length && fences[fence]! <= i) continue // inside fenced code
      const pseudo = parsePseudoHeading(text, lineStart(lines, i), lineContentEnd(lines, i))
      if (pseudo) found.push({ title: pseudo.title, level: draft.level + 1, kind: pseudo.kind, firstLine: i, headingLines: 1, parent: own })
    }
    if (found.length < 2) return
    // A preamble that is empty once split goes away; its pseudo-sections become top-level.
    if (draft.kind === 'preamble' && found[0]!.firstLine === contentFrom) {
      out.pop()
      newIndex[index] = -1
      for (const f of found) out.push({ ...f, parent: null })
      return
    }
    out.push(...found)
  })
  return out
}
