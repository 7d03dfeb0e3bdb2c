// Heading levels in the merged text: a picked section keeps a level that fits where it lands.
// An ATX section under an emitted parent row sits as far below that parent as it did in its own
// variant; a section without an emitted ancestor follows the base variant's main heading level.
// Subsections move with it by the same delta. Levels stay within 1..6; pseudo-headings (bold
// lines, list items), setext headings and the preamble are never rewritten.

import { titleWrapper } from '../align/title-wrapper'
import type { AgentDocument, Section } from '../model'

/** The level a document's main sections use: the smallest ATX level at the top level, or, when
 *  one title heading wraps the whole body (see align/title-wrapper.ts), the smallest ATX level
 *  below it. null when there is no ATX heading there. */
export function contentTopLevel(doc: AgentDocument): number | null {
  const wrapper = titleWrapper(doc)
  const under = wrapper === null ? null : minAtxLevel(doc.sections.filter((s) => s.parent === wrapper))
  return under ?? minAtxLevel(doc.sections.filter((s) => s.parent === null))
}

function minAtxLevel(sections: readonly Section[]): number | null {
  let min: number | null = null
  for (const s of sections) if (s.kind === 'atx' && (min === null || s.level < min)) min = s.level
  return min
}

/**
 * The output level a section of level `level` belongs at, before it is kept within 1..6 (see
 * clampLevel; above 6 it cannot sit below a parent at level 6, and the caller warns).
 * @param anchor the nearest ancestor row that was emitted: its level in the output and the level
 *   of the picked variant's own section in that row; null when no ancestor row was emitted
 * @param topDelta base top level minus the variant's top level (0 when either has none)
 */
export function wantedLevel(level: number, anchor: { readonly outputLevel: number; readonly sourceLevel: number } | null, topDelta: number): number {
  return anchor ? anchor.outputLevel + (level - anchor.sourceLevel) : level + topDelta
}

export function clampLevel(level: number): number {
  return Math.max(1, Math.min(6, level))
}

/** The section text with its ATX heading set to `level` (other kinds are returned unchanged). */
export function withHeadingLevel(text: string, section: Section, level: number): string {
  if (section.kind !== 'atx' || level === section.level) return text
  return text.replace(/^( {0,3})#{1,6}(?=[ \t]|\r?\n|$)/, `$1${'#'.repeat(level)}`)
}
