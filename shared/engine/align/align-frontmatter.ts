// Frontmatter key rows: one row per key name, in a merged order that respects each variant's own
// key order (the same hub-and-spoke LCS as sections, over key names). List-like values get their
// items and, per variant, the items added and removed relative to the row's reference.

import type { KeyCell, KeyRow, KeyStatus } from '../alignment-model'
import type { AgentDocument } from '../model'
import { sameValue } from '../parse/frontmatter-values'
import { listValue } from './list-values'

export function alignFrontmatter(docs: readonly AgentDocument[], rank: readonly number[]): KeyRow[] {
  const cellsByVariant = docs.map(keyCells)
  const order = mergedKeyOrder(rank.map((variant) => [...cellsByVariant[variant]!.keys()]))
  const rankOf = new Map(rank.map((variant, position) => [variant, position]))
  return order.map((key) => {
    const cells = cellsByVariant.map((byKey) => byKey.get(key) ?? null)
    const reference = cells.reduce<number>(
      (best, cell, variant) => (cell !== null && (best < 0 || rankOf.get(variant)! < rankOf.get(best)!) ? variant : best),
      -1,
    )
    return { key, cells, status: keyStatus(cells), reference, itemChanges: itemChanges(cells, reference) }
  })
}

/** A variant's entries by key. A key written twice (broken files) keeps its first entry. */
function keyCells(doc: AgentDocument): Map<string, KeyCell> {
  const byKey = new Map<string, KeyCell>()
  doc.frontmatter?.entries.forEach((entry, index) => {
    if (byKey.has(entry.key)) return
    const list = listValue(entry.key, entry.value, entry.raw)
    byKey.set(entry.key, { raw: entry.raw, value: entry.value, index, items: list ? list.items : null })
  })
  return byKey
}

/** Key names of all variants in one order that keeps each variant's order where they agree. */
export function mergedKeyOrder(orders: readonly (readonly string[])[]): string[] {
  let merged: string[] = []
  for (const order of orders) {
    if (merged.length === 0) {
      merged = [...order]
      continue
    }
    const pairs = lcsPairs(merged, order)
    const out: string[] = []
    let i = 0
    let j = 0
    const seen = new Set(merged)
    for (const [a, b] of [...pairs, [merged.length, order.length] as const]) {
      while (i < a) out.push(merged[i++]!)
      // A key the merged order already has elsewhere (the variants disagree on its place) stays
      // where it is: one row per key name.
      while (j < b) {
        const key = order[j++]!
        if (!seen.has(key)) {
          seen.add(key)
          out.push(key)
        }
      }
      if (a < merged.length) out.push(merged[i++]!)
      j = b + 1
    }
    merged = out
  }
  return merged
}

function lcsPairs(a: readonly string[], b: readonly string[]): [number, number][] {
  const width = b.length + 1
  const len = new Uint32Array((a.length + 1) * width)
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      len[i * width + j] = a[i] === b[j] ? len[(i + 1) * width + j + 1]! + 1 : Math.max(len[(i + 1) * width + j]!, len[i * width + j + 1]!)
  const pairs: [number, number][] = []
  let i = 0
  let j = 0
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) pairs.push([i++, j++])
    else if (len[(i + 1) * width + j]! >= len[i * width + j + 1]!) i++
    else j++
  }
  return pairs
}

function keyStatus(cells: readonly (KeyCell | null)[]): KeyStatus {
  // (Loops, no lists but the one returned: a library has tens of thousands of key rows.)
  const missingIn: number[] = []
  let first = -1
  for (let v = 0; v < cells.length; v++) {
    if (cells[v] === null) missingIn.push(v)
    else if (first < 0) first = v
  }
  if (cells.length - missingIn.length === 1 && cells.length > 1) return { kind: 'unique', variant: first }
  if (missingIn.length > 0) return { kind: 'partial', missingIn }
  const value = cells[first]!.value
  for (let v = first + 1; v < cells.length; v++) if (!sameValue(cells[v]!.value, value)) return { kind: 'changed' }
  return { kind: 'same' }
}

function itemChanges(cells: readonly (KeyCell | null)[], reference: number): KeyRow['itemChanges'] {
  const refItems = cells[reference]?.items
  if (!cells.some((cell) => cell?.items)) return null
  return cells.map((cell) => {
    if (!cell?.items) return null
    const ref = new Set(refItems ?? [])
    const own = new Set(cell.items)
    return { added: cell.items.filter((item) => !ref.has(item)), removed: (refItems ?? []).filter((item) => !own.has(item)) }
  })
}
