// How a recipe names the sections behind a row: per variant, the section key, the SHA-256 of the
// section's own text and of its text below the heading, so the recipe can re-find its rows after
// the sources changed (also a section renamed upstream).

import type { AlignedRow } from '../align/aligned-rows'
import { sha256Hex } from '../hash'
import { hasNonSpace } from '../lint/white-space'
import type { AgentDocument } from '../model'
import type { RowPick } from './recipe-model'

export function sectionText(doc: AgentDocument, index: number): string {
  const section = doc.sections[index]!
  return doc.text.slice(section.start, section.end)
}

export function rowSectionKeys(row: AlignedRow, docs: readonly AgentDocument[]): (string | null)[] {
  return row.cells.map((cell, v) => (cell === null || !docs[v] ? null : docs[v].sections[cell]?.key ?? null))
}

export function rowSectionHashes(row: AlignedRow, docs: readonly AgentDocument[]): (string | null)[] {
  return row.cells.map((cell, v) => (cell === null || !docs[v]?.sections[cell] ? null : sha256Hex(sectionText(docs[v], cell))))
}

/** The section's text after its heading line(s); '' for a body that is only blank lines. */
export function sectionBodyText(doc: AgentDocument, index: number): string {
  const { headingEnd, end } = doc.sections[index]!
  return hasNonSpace(doc.text, headingEnd, end) ? doc.text.slice(headingEnd, end) : ''
}

/** `sectionBodyText(doc, index).length`, without copying the body: its length, or 0 when it is
 *  only white space (what `trim()` removes). */
export function sectionBodyLength(doc: AgentDocument, index: number): number {
  const { headingEnd, end } = doc.sections[index]!
  return hasNonSpace(doc.text, headingEnd, end) ? end - headingEnd : 0
}

/** SHA-256 of a section's body, null when the body is blank (an empty body says nothing about
 *  which section it is). */
export function sectionBodyHash(doc: AgentDocument, index: number): string | null {
  const body = sectionBodyText(doc, index)
  return body === '' ? null : sha256Hex(body)
}

export function rowSectionBodyHashes(row: AlignedRow, docs: readonly AgentDocument[]): (string | null)[] {
  return row.cells.map((cell, v) => (cell === null || !docs[v]?.sections[cell] ? null : sectionBodyHash(docs[v], cell)))
}

/** What a recipe records about the sections behind a row, as they are now. `hashes: false` leaves
 *  out the content hashes, which only let a saved recipe re-find its rows: for a recipe applied at
 *  once to the documents it was made from and never saved. */
export function rowIdentity(row: AlignedRow, docs: readonly AgentDocument[], hashes = true): Omit<RowPick, 'row' | 'pick'> {
  const sectionKeys = rowSectionKeys(row, docs)
  return hashes ? { sectionKeys, sectionHashes: rowSectionHashes(row, docs), sectionBodyHashes: rowSectionBodyHashes(row, docs) } : { sectionKeys, sectionHashes: [] }
}
