import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { EdgeBuilder, reaches } from './row-order'

/** A random constraint graph: nodes in a random order (`rank`), edges only from earlier to later. */
const rankedGraph = fc.integer({ min: 2, max: 12 }).chain((count) =>
  fc.record({
    rank: fc.shuffledSubarray([...Array(count).keys()], { minLength: count, maxLength: count }),
    edges: fc.array(fc.tuple(fc.nat(count - 1), fc.nat(count - 1)), { maxLength: 3 * count }),
  }),
)

function reachable(pairs: readonly (readonly [number, number])[], from: number, to: number): boolean {
  const seen = new Set([from])
  const stack = [from]
  while (stack.length > 0) {
    const at = stack.pop()!
    for (const [a, b] of pairs) {
      if (a !== at || seen.has(b)) continue
      seen.add(b)
      stack.push(b)
    }
  }
  return seen.has(to)
}

describe('reaches', () => {
  it('answers whether a path leads from one node to another, whatever the nodes are numbered', () => {
    fc.assert(
      fc.property(rankedGraph, ({ rank: order, edges }) => {
        const count = order.length
        const rank = new Int32Array(count)
        order.forEach((node, place) => (rank[node] = place))
        const pairs = edges.filter(([a, b]) => rank[a]! < rank[b]!)
        const builder = new EdgeBuilder(pairs.length)
        for (const [a, b] of pairs) builder.add(a, b)
        const next = builder.build(count)
        for (let from = 0; from < count; from++)
          for (let to = 0; to < count; to++) if (rank[from]! < rank[to]!) expect(reaches(next, rank, from, to)).toBe(reachable(pairs, from, to))
      }),
      { numRuns: 300 },
    )
  })
})
