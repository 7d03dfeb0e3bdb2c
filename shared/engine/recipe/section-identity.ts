// How a recipe names the sections behind a row: per variant, the section key and the SHA-256 of
// the section's own text, so the recipe can re-find its rows after the sources changed.

import type { SectionRow } from '../alignment-model'
import { sha256Hex } from '../hash'
import type { AgentDocument } from '../model'

export function sectionText(doc: AgentDocument, index: number): string {
  const section = doc.sections[index]!
  return doc.text.slice(section.start, section.end)
}

export function rowSectionKeys(row: SectionRow, docs: readonly AgentDocument[]): (string | null)[] {
  return row.cells.map((cell, v) => (cell === null || !docs[v] ? null : docs[v].sections[cell]?.key ?? null))
}

export function rowSectionHashes(row: SectionRow, docs: readonly AgentDocument[]): (string | null)[] {
  return row.cells.map((cell, v) => (cell === null || !docs[v]?.sections[cell] ? null : sha256Hex(sectionText(docs[v], cell))))
}
