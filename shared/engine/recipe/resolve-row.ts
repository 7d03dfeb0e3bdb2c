// Finds the aligned row a recipe row stands for after the sources may have changed: by its id when
// the picked variants' section keys still agree, else by those section keys, else by the sections'
// content hashes (a section renamed but not edited).

import type { Alignment, SectionRow } from '../alignment-model'
import { sha256Hex } from '../hash'
import type { AgentDocument } from '../model'
import type { Pick, RowPick } from './recipe-model'
import { sectionText } from './section-identity'

export function pickedVariants(pick: Pick): readonly number[] {
  return pick.kind === 'variant' ? [pick.variant] : pick.kind === 'combine' ? pick.variants : []
}

export interface RowResolver {
  resolve(rowPick: RowPick): SectionRow | null
  /** SHA-256 of the variant's section text in that row, null when it has none. */
  hashOf(row: SectionRow, variant: number): string | null
}

export function rowResolver(docs: readonly AgentDocument[], alignment: Alignment): RowResolver {
  const byId = new Map(alignment.rows.map((row) => [row.id, row]))
  const hashCache = new Map<string, string | null>()
  const keyOf = (row: SectionRow, v: number): string | null => {
    const cell = row.cells[v]
    return cell == null ? null : docs[v]?.sections[cell]?.key ?? null
  }
  const hashOf = (row: SectionRow, v: number): string | null => {
    const cacheKey = `${row.id}\u0000${v}`
    if (!hashCache.has(cacheKey)) {
      const cell = row.cells[v]
      hashCache.set(cacheKey, cell == null || !docs[v]?.sections[cell] ? null : sha256Hex(sectionText(docs[v], cell)))
    }
    return hashCache.get(cacheKey)!
  }
  // Variants whose recorded key or hash can identify the row: the picked ones first, then any.
  const evidence = (rowPick: RowPick): number[] => {
    const picked = pickedVariants(rowPick.pick).filter((v) => rowPick.sectionKeys[v] != null || rowPick.sectionHashes[v] != null)
    if (picked.length > 0) return [...picked]
    return rowPick.sectionKeys.flatMap((key, v) => (key != null || rowPick.sectionHashes[v] != null ? [v] : []))
  }
  const keysAgree = (row: SectionRow, rowPick: RowPick, variants: readonly number[]): boolean =>
    variants.every((v) => rowPick.sectionKeys[v] == null || keyOf(row, v) === rowPick.sectionKeys[v])
  return {
    hashOf,
    resolve(rowPick) {
      const variants = evidence(rowPick)
      const byOwnId = byId.get(rowPick.row)
      if (byOwnId && keysAgree(byOwnId, rowPick, variants)) return byOwnId
      if (variants.length === 0) return byOwnId ?? null
      const byKeys = alignment.rows.find((row) => variants.some((v) => rowPick.sectionKeys[v] != null) && variants.every((v) => rowPick.sectionKeys[v] == null || keyOf(row, v) === rowPick.sectionKeys[v]))
      if (byKeys) return byKeys
      return alignment.rows.find((row) => variants.some((v) => rowPick.sectionHashes[v] != null && hashOf(row, v) === rowPick.sectionHashes[v])) ?? null
    },
  }
}
