// Bounds on what one file may hold. The YAML reader checks duplicate keys and resolves aliases
// in time quadratic in their count, and recurses once per nesting level (6,000 levels abort
// the process); aligning and merging cost grows with the number of sections. Real agent files
// stay far below these bounds (the corpus: at most 46 headings, a few dozen keys and items, no anchors, 4 levels); a file
// beyond one is not read, with a one-line reason, so one hostile file cannot stall a folder.

import type { LineTable } from './lines'
import { lineContentEnd, lineEnd, lineStart } from './lines'
import { readKeyLine } from './key-line'

export const LIMITS = {
  /** `key:` lines, `key: value` pairs in flow maps and list items, at any depth (the YAML
   *  reader's time grows faster than their count; docs/performance.md). */
  frontmatterEntries: 2000,
  /** Block indentation levels plus flow `[` / `{` levels. */
  nesting: 100,
  /** YAML anchors (`&a`) and aliases (`*a`) together. */
  anchors: 100,
  /** Sections of the body (headings and pseudo-headings): aligning variants whose sections are
   *  shuffled grows faster than their count (docs/performance.md). */
  sections: 2500,
  /** Characters between the frontmatter's delimiters (or, unclosed, up to where the body is seen
   *  to start). The YAML reader and the repairs cost about 0.6 µs per character, several times
   *  over in a merge (read, repair, emit, read back): a never-closed block running on through
   *  1.3 MB of prose took 3.7 s of CPU in `merge --take 1`. Real frontmatter is small (the
   *  corpus: at most 3.9 KB). */
  frontmatterChars: 64 * 1024,
} as const

export interface LimitExcess {
  /** 1-based line where the bound was passed. */
  readonly line: number
  readonly message: string
}

const count = (n: number): string => n.toLocaleString('en-US')

function excess(line: number, what: string, limit: number, hint = ''): LimitExcess {
  return { line, message: `too complex: more than ${count(limit)} ${what} (the most Agent Merge reads); its frontmatter and sections are not read.${hint}` }
}

/** The frontmatter block's size past its bound, at the line where the bound is passed. */
export function frontmatterSizeExcess(lines: LineTable, firstLine: number, endLine: number, closed: boolean): LimitExcess | null {
  const start = lineStart(lines, firstLine)
  if (lineStart(lines, endLine) - start <= LIMITS.frontmatterChars) return null
  let i = firstLine
  while (lineEnd(lines, i) - start <= LIMITS.frontmatterChars) i++
  return excess(i + 1, 'KiB of frontmatter', LIMITS.frontmatterChars / 1024, closed ? '' : ' No `---` line closes it: add one after the last key.')
}

export function sectionsExcess(sectionCount: number, line: number): LimitExcess | null {
  return sectionCount > LIMITS.sections ? excess(line, 'sections (headings)', LIMITS.sections) : null
}

/** Whether a character may come right before a node's start: a flow indicator, a key's `:`, a
 *  sequence's `-`, `?`, or nothing (0: the start of the line's content). */
function beforesNode(c: number): boolean {
  return c === 0 || c === 58 || c === 91 || c === 123 || c === 44 || c === 45 || c === 63
}

const isSpace = (c: number): boolean => c === 32 || c === 9

/** The first bound the frontmatter lines [firstLine, endLine) pass, or null. One pass over the
 *  text, never parsing: it counts what the YAML reader would, generously (a `key: ` inside a
 *  description's continuation line counts as a key), which the bounds leave room for. */
export function frontmatterExcess(text: string, lines: LineTable, firstLine: number, endLine: number): LimitExcess | null {
  let entries = 0
  const tooMany = (i: number): LimitExcess => excess(i + 1, 'frontmatter keys and list items', LIMITS.frontmatterEntries)
  let anchors = 0
  let flow = 0 // open `[` / `{` levels
  const indents: number[] = [] // block levels: the indents of the open ones, increasing
  let scalarIndent = -1 // inside a `|` / `>` block scalar: the indent of its key (its lines are text)
  for (let i = firstLine; i < endLine; i++) {
    const start = lineStart(lines, i)
    const end = lineContentEnd(lines, i)
    let at = start
    while (at < end && isSpace(text.charCodeAt(at))) at++
    if (at === end || text.charCodeAt(at) === 35) continue // blank or comment
    const indent = at - start
    if (scalarIndent !== -1) {
      if (indent > scalarIndent) continue
      scalarIndent = -1
    }
    let prev = 0
    if (flow > 0 && indent === 0 && readKeyLine(text, at, end) !== null) flow = 0 // an unclosed `[` does not run on past the next key
    if (flow === 0) {
      while (indents.length > 0 && indents[indents.length - 1]! >= indent) indents.pop()
      indents.push(indent)
      let dashes = 0
      while (text.charCodeAt(at) === 45 && (at + 1 === end || isSpace(text.charCodeAt(at + 1)))) {
        at++
        while (at < end && isSpace(text.charCodeAt(at))) at++
        dashes++
        prev = 45
        if (++entries > LIMITS.frontmatterEntries) return tooMany(i)
      }
      if (indents.length + dashes > LIMITS.nesting) return excess(i + 1, 'levels of frontmatter nesting', LIMITS.nesting)
      const key = readKeyLine(text, at, end)
      if (key !== null) {
        if (++entries > LIMITS.frontmatterEntries) return tooMany(i)
        at = key.colonEnd
        prev = 58
        if (dashes > 0) indents.push(indent + 1) // a map inside a list item is one level deeper
      }
    }
    for (; at < end; at++) {
      const c = text.charCodeAt(at)
      if (isSpace(c)) continue
      if (c === 38 || c === 42) {
        // An anchor or an alias where a node may start; its name runs to the next space.
        if (beforesNode(prev) && at + 1 < end && !isSpace(text.charCodeAt(at + 1))) {
          if (++anchors > LIMITS.anchors) return excess(i + 1, 'YAML anchors and aliases', LIMITS.anchors)
          while (at + 1 < end && !isSpace(text.charCodeAt(at + 1)) && (flow === 0 || !isFlowIndicator(text.charCodeAt(at + 1)))) at++
          continue
        }
      } else if ((c === 91 || c === 123) && beforesNode(prev)) {
        if (++flow + indents.length > LIMITS.nesting) return excess(i + 1, 'levels of frontmatter nesting', LIMITS.nesting)
        if (++entries > LIMITS.frontmatterEntries) return tooMany(i)
      } else if ((c === 93 || c === 125) && flow > 0) {
        flow--
      } else if (flow > 0) {
        if (c === 34 || c === 39) at = quotedEnd(text, at, end)
        else if (c === 35 && isSpace(text.charCodeAt(at - 1))) break // a comment
        else if (c === 44 || (c === 58 && (at + 1 === end || isSpace(text.charCodeAt(at + 1)) || isFlowIndicator(text.charCodeAt(at + 1))))) {
          // An item after a comma, or a pair's value.
          if (++entries > LIMITS.frontmatterEntries) return tooMany(i)
        }
      } else {
        // Outside flow collections, the rest of the line is a scalar (or a block scalar's header).
        if ((c === 124 || c === 62) && isBlockScalarHeader(text, at, end)) scalarIndent = indent
        break
      }
      prev = c
    }
  }
  return null
}

function isFlowIndicator(c: number): boolean {
  return c === 44 || c === 91 || c === 93 || c === 123 || c === 125
}

/** Offset of the closing quote of the quoted scalar opening at `at` on this line (the line's
 *  last offset when it runs on: a multi-line quoted scalar's next lines are scanned as flow,
 *  which at worst counts a few keys too many). */
function quotedEnd(text: string, at: number, end: number): number {
  const quote = text.charCodeAt(at)
  for (let i = at + 1; i < end; i++) {
    const c = text.charCodeAt(i)
    if (c === 92 && quote === 34) i++
    else if (c === quote) {
      if (quote === 39 && text.charCodeAt(i + 1) === 39) i++
      else return i
    }
  }
  return end - 1
}

/** `|` or `>` with optional chomping and indentation indicators, then nothing but a comment. */
function isBlockScalarHeader(text: string, at: number, end: number): boolean {
  let i = at + 1
  while (i < end && i < at + 3) {
    const c = text.charCodeAt(i)
    if (c !== 43 && c !== 45 && !(c >= 49 && c <= 57)) break
    i++
  }
  while (i < end && isSpace(text.charCodeAt(i))) i++
  return i === end || text.charCodeAt(i) === 35
}
