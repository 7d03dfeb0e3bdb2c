// Writes the merged body: the picked sections in the recipe's row order, each with a heading
// level that fits where it lands, line endings converted to the output's, and a line break
// before every next section.

import type { AlignedRow, AlignedRows } from '../align/aligned-rows'
import type { AgentDocument, Diagnostic, Section } from '../model'
import { normaliseTitle } from '../outline/normalise-title'
import { sectionWithin } from '../align/section-within'
import { convertEol } from './emit-frontmatter'
import { clampLevel, contentTopLevel, wantedLevel, withHeadingLevel } from './heading-levels'
import { endsWithBlankLine, endsWithDelimiterLine, isBlankLine } from './line-ends'
import { append, endPasses, endsWithLineBreak, ensureLineBreak, isAtStart, lineAt, type MergedText } from './merged-text'
import type { RowPick } from './recipe-model'
import { rowResolver, type RowResolver } from './resolve-row'
import { listItemLines, withoutRepeatedItems } from './combine-body'
import { sectionText } from './section-identity'

export interface BodyReport {
  readonly diagnostics: Diagnostic[]
  readonly undecidedRows: string[]
}

interface Placed {
  readonly variant: number
  readonly section: number
}

export function writeBody(out: MergedText, picks: readonly RowPick[], docs: readonly AgentDocument[], alignment: AlignedRows, base: number, eol: '\n' | '\r\n', report: BodyReport): void {
  const rowsById = new Map<string, AlignedRow>()
  for (const row of alignment.rows) rowsById.set(row.id, row)
  const emittedLevel = new Map<string, number>() // row id -> output level of its first piece
  // row id -> per variant, the output level of that variant's piece (no string key per piece)
  const pieceLevel = new Map<string, number[]>()
  const baseTop = docs[base] ? contentTopLevel(docs[base]) : null
  const tops = docs.map(contentTopLevel)
  const topDelta = tops.map((top) => (baseTop !== null && top !== null ? baseTop - top : 0))
  let last: Placed | null = null
  const seen = new Set<string>()

  /** @param underHeading set when the section's title is the one just written for this row (a
   *  combine of same-titled sections): only the text below its heading is added, without the
   *  list items already written there (`underHeading` holds them). */
  const place = (row: AlignedRow, variant: number, underHeading: Set<string> | null = null): void => {
    const doc = docs[variant]
    const cell = row.cells[variant]
    if (!doc || cell == null || !doc.sections[cell]) {
      report.diagnostics.push(problem('error', 'unresolved-row', `Variant ${variant + 1} has no section for "${row.title || row.id}"; nothing was written for it.`, lineAt(out)))
      return
    }
    const section = doc.sections[cell]!
    if (underHeading) {
      const body = withoutRepeatedItems(doc.text.slice(section.headingEnd, section.end), underHeading)
      if (body.trim() !== '') {
        ensureLineBreak(out, eol)
        append(out, doc.eol === eol ? body : convertEol(body, eol), variant, { row: row.id })
      }
      last = { variant, section: cell }
      return
    }
    const wanted = section.kind === 'preamble' ? 0 : wantedLevel(section.level, anchorOf(row, variant, section.level) ?? baseAnchor(row, section.level), topDelta[variant]!)
    const level = section.kind === 'preamble' ? 0 : clampLevel(wanted)
    const written = level === 0 ? section.level : level
    if (!emittedLevel.has(row.id)) emittedLevel.set(row.id, written)
    const levels = pieceLevel.get(row.id)
    if (levels) levels[variant] = written
    else pieceLevel.set(row.id, variantSlot(variant, written))
    let text = withHeadingLevel(sectionText(doc, cell), section, level)
    if (doc.eol !== eol) text = convertEol(text, eol)
    const adjacent = last !== null && last.variant === variant && last.section === cell - 1
    ensureLineBreak(out, eol)
    // A bold or numbered pseudo-heading only reads as one after a blank line; a heading that had
    // a blank line before it in its own file keeps one after a section from elsewhere (which
    // often ends a file, without one).
    const wantsBlankLine = section.kind === 'bold' || section.kind === 'item' || blankLineBefore(doc, section)
    if (!adjacent && wantsBlankLine && !isAtStart(out) && !endPasses(out, endsWithBlankLine) && !endPasses(out, endsWithDelimiterLine)) append(out, eol, 'generated')
    if (section.kind === 'atx' && wanted > 6) {
      const message = `The section "${section.title}" belongs at heading level ${wanted}, below its parent; Markdown stops at level 6, so it is written at level 6, beside its parent.`
      report.diagnostics.push(problem('warning', 'heading-too-deep', message, lineAt(out)))
    }
    append(out, text, variant, { row: row.id })
    last = { variant, section: cell }
  }

  const anchorOf = (row: AlignedRow, variant: number, level: number): { outputLevel: number; sourceLevel: number } | null => {
    const index = row.cells[variant]!
    let hops = 0
    // Bounded by the row count: parent links from an alignment made elsewhere must not loop.
    for (let id = row.parentId; id !== null && hops < alignment.rows.length; id = rowsById.get(id)?.parentId ?? null) {
      hops++
      const ancestor = rowsById.get(id)
      const outputLevel = emittedLevel.get(id)
      if (!ancestor || outputLevel === undefined) continue
      // The preamble has no heading level to measure from: the base's main level decides.
      if (ancestor.level === 0) return null
      const cell = ancestor.cells[variant]
      const source = cell == null ? undefined : docs[variant]?.sections[cell]
      // Measured from the variant's own section in that row where it was written (so a variant
      // taken whole comes out as it was), or from the row's first piece when this section lies
      // under the variant's own one there.
      const own = pieceLevel.get(id)?.[variant]
      if (source && own !== undefined) return { outputLevel: own, sourceLevel: source.level }
      if (source && sectionWithin(docs[variant]!, index, cell!)) return { outputLevel, sourceLevel: source.level }
      // The variant has no section in that row, or one its section is not under, written from
      // another variant (a subsection it lifted to that heading's level): a section aligned under
      // another variant's heading sits one level below per row between them.
      return { outputLevel, sourceLevel: level - hops }
    }
    return null
  }

  // With no ancestor written, a section lands at the level the base variant has in that row (a
  // section another variant nests under a parent the output leaves out); null when the base has
  // no heading there (its top level then decides).
  const baseAnchor = (row: AlignedRow, level: number): { outputLevel: number; sourceLevel: number } | null => {
    const cell = row.cells[base]
    const own = cell == null ? undefined : docs[base]?.sections[cell]
    return own?.kind === 'atx' ? { outputLevel: own.level, sourceLevel: level } : null
  }

  let resolver: RowResolver | undefined
  for (const rowPick of picks) {
    const { row: id, pick } = rowPick
    if (seen.has(id)) {
      report.diagnostics.push(problem('warning', 'recipe-duplicate-row', `The recipe lists the row "${id}" twice; the first pick is used.`, lineAt(out)))
      continue
    }
    seen.add(id)
    if (pick.kind === 'omit') continue
    if (pick.kind === 'undecided') {
      report.undecidedRows.push(id)
      const title = rowsById.get(id)?.title || id
      report.diagnostics.push(problem('warning', 'undecided-row', `No choice made yet for the section "${title}"; it is not in the output.`, lineAt(out) + (endsWithLineBreak(out) || isAtStart(out) ? 0 : 1)))
      continue
    }
    if (pick.kind === 'custom') {
      ensureLineBreak(out, eol)
      append(out, convertEol(pick.text, eol), 'custom', { row: id })
      last = null
      continue
    }
    // A row id the alignment no longer has (sources edited, or rows aligned differently since the
    // recipe was made) is looked for by the sections the recipe recorded for it.
    const row = rowsById.get(id) ?? (resolver ??= rowResolver(docs, alignment)).resolve(rowPick)
    if (!row) {
      report.diagnostics.push(problem('error', 'unresolved-row', `The recipe names a row "${id}" that is not in the sources; nothing was written for it.`, lineAt(out)))
      continue
    }
    const variants = pick.kind === 'variant' ? [pick.variant] : pick.variants.filter((v) => row.cells[v] != null)
    if (variants.length === 0) report.diagnostics.push(problem('error', 'unresolved-row', `None of the combined variants has "${row.title || id}"; nothing was written for it.`, lineAt(out)))
    if (variants.length === 1) {
      // Nothing to share a heading with: no title to compare.
      place(row, variants[0]!)
      continue
    }
    let heading: string | null = null
    let items: Set<string> | null = null
    for (const variant of variants) {
      const doc = docs[variant]
      const cell = row.cells[variant]!
      const title = headingTitle(doc?.sections[cell])
      const shares = heading !== null && title === heading
      place(row, variant, shares ? (items ??= listItemLines(sectionText(docs[variants[0]!]!, row.cells[variants[0]!]!))) : null)
      heading ??= title ?? ''
    }
  }
}

/** An array with `value` at `variant` (holes before it). */
function variantSlot(variant: number, value: number): number[] {
  const slots: number[] = []
  slots[variant] = value
  return slots
}

/** The normalised title of a section whose heading line holds only its title (not a numbered
 *  item, whose first line is content too); null for others. */
function headingTitle(section: Section | undefined): string | null {
  if (!section || (section.kind !== 'atx' && section.kind !== 'setext' && section.kind !== 'bold')) return null
  const title = normaliseTitle(section.title)
  return title === '' ? null : title
}

/** Whether a blank line (or the start of the body after frontmatter) comes right before the
 *  section in its own file. Looks at bounded stretches, so it stays cheap for long files. */
function blankLineBefore(doc: AgentDocument, section: Section): boolean {
  // Nothing before it in its file: it wants one if its file spaces its text with blank lines.
  if (section.start <= doc.bodyStart) return /\n[ \t]*\r?\n/.test(doc.text.slice(section.start, Math.min(section.end, section.start + 1024)))
  const from = Math.max(doc.bodyStart, section.start - 256)
  return endsWithBlankLine(doc.text, from, section.start) || (from === doc.bodyStart && isBlankLine(doc.text, from, section.start) && doc.frontmatter !== null)
}

function problem(severity: Diagnostic['severity'], code: string, message: string, line: number): Diagnostic {
  return { severity, code, message, line }
}
