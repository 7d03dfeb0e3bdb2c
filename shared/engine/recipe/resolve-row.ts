// Finds the aligned row a recipe row stands for after the sources may have changed: by its id when
// the picked variants' section keys still agree, else by those section keys, else by the sections'
// content hashes (a section moved but not edited), else by the hashes of their text below the
// heading (a section renamed but not otherwise edited).

import type { AlignedRow, AlignedRows } from '../align/aligned-rows'
import { sha256Hex } from '../hash'
import type { AgentDocument } from '../model'
import type { Choice, RowPick } from './recipe-model'
import { sectionBodyHash, sectionText } from './section-identity'

export function pickedVariants(pick: Choice): readonly number[] {
  return pick.kind === 'variant' ? [pick.variant] : pick.kind === 'combine' ? pick.variants : []
}

export interface RowResolver {
  resolve(rowPick: RowPick): AlignedRow | null
  /** SHA-256 of the variant's section text in that row, null when it has none. */
  hashOf(row: AlignedRow, variant: number): string | null
  /** SHA-256 of the variant's section text below its heading in that row, null when it has none
   *  or the body is blank. */
  bodyHashOf(row: AlignedRow, variant: number): string | null
}

export function rowResolver(docs: readonly AgentDocument[], alignment: AlignedRows): RowResolver {
  const byId = new Map(alignment.rows.map((row) => [row.id, row]))
  const keyOf = (row: AlignedRow, v: number): string | null => {
    const cell = row.cells[v]
    return cell == null ? null : docs[v]?.sections[cell]?.key ?? null
  }
  const cached = (compute: (doc: AgentDocument, cell: number) => string | null) => {
    const cache = new Map<string, string | null>()
    return (row: AlignedRow, v: number): string | null => {
      const cacheKey = `${row.id}\u0000${v}`
      if (!cache.has(cacheKey)) {
        const cell = row.cells[v]
        cache.set(cacheKey, cell == null || !docs[v]?.sections[cell] ? null : compute(docs[v], cell))
      }
      return cache.get(cacheKey)!
    }
  }
  const hashOf = cached((doc, cell) => sha256Hex(sectionText(doc, cell)))
  const bodyHashOf = cached(sectionBodyHash)
  const recorded = (rowPick: RowPick, v: number): boolean =>
    rowPick.sectionKeys[v] != null || rowPick.sectionHashes[v] != null || rowPick.sectionBodyHashes?.[v] != null
  // Variants whose recorded key or hash can identify the row: the picked ones first, then any.
  const evidence = (rowPick: RowPick): number[] => {
    const picked = pickedVariants(rowPick.pick).filter((v) => recorded(rowPick, v))
    if (picked.length > 0) return [...picked]
    const count = Math.max(rowPick.sectionKeys.length, rowPick.sectionHashes.length, rowPick.sectionBodyHashes?.length ?? 0)
    return [...Array(count).keys()].filter((v) => recorded(rowPick, v))
  }
  const keysAgree = (row: AlignedRow, rowPick: RowPick, variants: readonly number[]): boolean =>
    variants.every((v) => rowPick.sectionKeys[v] == null || keyOf(row, v) === rowPick.sectionKeys[v])
  const matchOn = (variants: readonly number[], recordedOf: (v: number) => string | null | undefined, current: (row: AlignedRow, v: number) => string | null) =>
    alignment.rows.find((row) => variants.some((v) => recordedOf(v) != null && current(row, v) === recordedOf(v))) ?? null
  return {
    hashOf,
    bodyHashOf,
    resolve(rowPick) {
      const variants = evidence(rowPick)
      const byOwnId = byId.get(rowPick.row)
      if (byOwnId && keysAgree(byOwnId, rowPick, variants)) return byOwnId
      if (variants.length === 0) return byOwnId ?? null
      const byKeys = alignment.rows.find((row) => variants.some((v) => rowPick.sectionKeys[v] != null) && variants.every((v) => rowPick.sectionKeys[v] == null || keyOf(row, v) === rowPick.sectionKeys[v]))
      return (
        byKeys ??
        matchOn(variants, (v) => rowPick.sectionHashes[v], hashOf) ??
        matchOn(variants, (v) => rowPick.sectionBodyHashes?.[v], bodyHashOf)
      )
    },
  }
}
