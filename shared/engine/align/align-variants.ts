// N-way alignment of the variants of one agent: frontmatter key rows and section rows.
// Variant i is docs[i]. Works for 1..N documents; every section of every variant is in exactly
// one row.

import type { Alignment, SectionRow } from '../alignment-model'
import type { AgentDocument } from '../model'
import { alignFrontmatter } from './align-frontmatter'
import { alignSections } from './align-sections'
import { emptyCells, type AlignedRow, type AlignedRows } from './aligned-rows'
import { DocumentTokens } from './document-tokens'
import { joinAcrossParents } from './join-across-parents'
import { rowStatus } from './row-status'
import { outlineFeatures, type OutlineFeatures } from './section-features'
import { variantsByCompleteness } from './variant-rank'

export function alignVariants(docs: readonly AgentDocument[]): Alignment {
  const { keys, rows, features } = align(docs, new DocumentTokens())
  return { variantCount: docs.length, keys, rows: rows.map((row) => withStatus(row, features)) }
}

/** alignVariants without the rows' statuses, for what never reads them (merging: see
 *  aligned-rows.ts). The rows are alignVariants' otherwise. `tokens`: where the documents' token
 *  sets are made (pass one to use them again after, as the proposal does). */
export function alignRows(docs: readonly AgentDocument[], tokens: DocumentTokens = new DocumentTokens()): AlignedRows {
  const { keys, rows } = align(docs, tokens)
  return { variantCount: docs.length, keys, rows }
}

function align(docs: readonly AgentDocument[], tokens: DocumentTokens): { readonly keys: Alignment['keys']; readonly rows: AlignedRow[]; readonly features: readonly OutlineFeatures[] } {
  tokens.expect(docs)
  const rank = variantsByCompleteness(docs)
  const features = docs.map((doc) => outlineFeatures(doc, tokens))
  const rows = joinAcrossParents(alignSections(docs, features, rank), docs, features, rank)
  return { keys: alignFrontmatter(docs, rank), rows: withStrays(rows, docs), features }
}

function withStatus(row: AlignedRow, features: readonly OutlineFeatures[]): SectionRow {
  const { id, title, level, parentId, cells, reference } = row
  return { id, title, level, parentId, cells, status: rowStatus(cells, reference, features), reference }
}

/** Safety net for a document whose `parent` links do not form a tree (it should never happen
 *  with the parser's output): any section no row holds gets a row of its own at the end, so
 *  nothing is ever dropped from a merge. */
function withStrays(rows: AlignedRow[], docs: readonly AgentDocument[]): AlignedRow[] {
  const placed = docs.map((doc) => new Uint8Array(doc.sections.length))
  let cellCount = 0
  for (const row of rows) {
    const { cells } = row
    for (let variant = 0; variant < cells.length; variant++) {
      const cell = cells[variant]
      if (cell != null && placed[variant]![cell] === 0) {
        placed[variant]![cell] = 1
        cellCount++
      }
    }
  }
  // (Every section placed, as always: no set of the rows' ids.)
  if (cellCount === docs.reduce((n, doc) => n + doc.sections.length, 0)) return rows
  const ids = new Set(rows.map((r) => r.id))
  docs.forEach((doc, variant) =>
    placed[variant]!.forEach((isPlaced, index) => {
      if (isPlaced) return
      const section = doc.sections[index]!
      let id = `${section.key}@${variant}`
      for (let n = 2; ids.has(id); n++) id = `${section.key}@${variant}~${n}`
      ids.add(id)
      const cells = emptyCells(docs.length)
      cells[variant] = index
      rows.push({ id, title: section.title, level: section.level, parentId: null, cells, reference: variant })
    }),
  )
  return rows
}
