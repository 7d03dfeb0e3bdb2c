import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ConstraintGraph, type RowGroup } from './join-constraints'

/** Rows of two variants: each row holds a section of one variant or of both, in order. */
const family = fc.record({
  rows: fc.integer({ min: 2, max: 14 }),
  parents: fc.array(fc.integer({ min: -1, max: 13 }), { minLength: 14, maxLength: 14 }),
})

/** The constraints the join pass reads, from scratch: chain edges between consecutive sections'
 *  groups, and each group's parent group to it (none to itself). */
function expected(rowOfSection: readonly Int32Array[], groupOf: readonly RowGroup[], group: RowGroup): { after: number[]; before: number[] } {
  const after = new Set<number>()
  const before = new Set<number>()
  for (const rowOf of rowOfSection) {
    const live = [...rowOf].filter((r) => r >= 0)
    for (let i = 1; i < live.length; i++) {
      const [p, n] = [groupOf[live[i - 1]!]!, groupOf[live[i]!]!]
      if (p === n) continue
      if (p === group) after.add(n.priority)
      if (n === group) before.add(p.priority)
    }
  }
  for (const g of new Set(groupOf)) {
    const parent = g.parentRow < 0 ? null : groupOf[g.parentRow]!
    if (parent === null || parent === g) continue
    if (parent === group) after.add(g.priority)
    if (g === group) before.add(parent.priority)
  }
  return { after: [...after].sort((x, y) => x - y), before: [...before].sort((x, y) => x - y) }
}

const read = (count: number, out: number[]): number[] => [...new Set(out.slice(0, count))].sort((x, y) => x - y)

describe('ConstraintGraph', () => {
  it('gives each group the constraints of its rows, through joins and their undoing', () => {
    fc.assert(
      fc.property(family, fc.array(fc.tuple(fc.nat(13), fc.nat(13), fc.boolean()), { maxLength: 8 }), ({ rows, parents }, joins) => {
        // Variant 0 holds every row's section in order; variant 1 the even rows.
        const rowOfSection = [Int32Array.from({ length: rows }, (_, i) => i), Int32Array.from({ length: Math.ceil(rows / 2) }, (_, i) => 2 * i)]
        const parentRows = Int32Array.from({ length: rows }, (_, i) => (parents[i]! < rows ? parents[i]! : -1))
        const graph = new ConstraintGraph(rowOfSection, parentRows)
        const groupOf: RowGroup[] = Array.from({ length: rows }, (_, i) => ({ members: [i], priority: i, parentRow: parentRows[i]! }))
        for (const [x, y, keep] of joins) {
          const [a, b] = [groupOf[x % rows]!, groupOf[y % rows]!]
          if (a === b) continue
          const members = [...a.members, ...b.members]
          const joined: RowGroup = { members, priority: Math.min(a.priority, b.priority), parentRow: keep ? a.parentRow : b.parentRow }
          for (const m of members) groupOf[m] = joined
          graph.join(a, b, joined)
          if (!keep) {
            for (const g of [a, b]) for (const m of g.members) groupOf[m] = g
            graph.split(a, b)
          }
        }
        const out: number[] = []
        for (const g of new Set(groupOf)) {
          const want = expected(rowOfSection, groupOf, g)
          expect(read(graph.successors(g.priority, out), out)).toEqual(want.after)
          expect(read(graph.predecessors(g.priority, out), out)).toEqual(want.before)
        }
      }),
      { numRuns: 400 },
    )
  })
})
