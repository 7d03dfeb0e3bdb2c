import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { orderForVariant } from './variant-order'

/** Positions of merged items in one variant: a permutation of the present ones, null elsewhere. */
const positions = fc
  .array(fc.boolean(), { maxLength: 60 })
  .chain((present) =>
    fc.shuffledSubarray(
      present.map((_, i) => i),
      { minLength: present.length, maxLength: present.length },
    ).map((ranks) => present.map((has, i) => (has ? ranks[i]! : null))),
  )

describe('orderForVariant', () => {
  it('lists the present items in the variant order, each followed by the absent ones after it', () => {
    expect(orderForVariant([1, null, 0, null, null])).toEqual([2, 3, 4, 0, 1])
    expect(orderForVariant([null, null, 0])).toEqual([0, 1, 2])
  })

  it('keeps every item once; absent runs stay together after the present item before them', () => {
    fc.assert(
      fc.property(positions, (ps) => {
        const order = orderForVariant(ps)
        expect([...order].sort((a, b) => a - b)).toEqual(ps.map((_, i) => i))
        const present = order.filter((item) => ps[item] !== null)
        expect(present.map((item) => ps[item])).toEqual([...present.map((item) => ps[item]!)].sort((a, b) => a - b))
        // Each absent item comes right after the item before it in the merged order (or first).
        order.forEach((item, at) => {
          if (ps[item] !== null) return
          if (item === 0) expect(at).toBe(0)
          else expect(order[at - 1]).toBe(item - 1)
        })
      }),
      { numRuns: 300 },
    )
  })

  it('keeps a run of thousands of absent items in order after its anchor', () => {
    const ps = [null, 1, ...Array.from({ length: 5_000 }, () => null), 0]
    expect(orderForVariant(ps)).toEqual([0, ps.length - 1, 1, ...Array.from({ length: 5_000 }, (_, i) => i + 2)])
  })

  it('orders as a stable sort by position with each absent run after its anchor, positions repeated too', () => {
    // The reading of the order before it walked the runs: a stable sort of the present items,
    // the absent ones grouped by the present item before them.
    const reference = (ps: readonly (number | null)[]): number[] => {
      const present = ps.flatMap((p, item) => (p === null ? [] : [{ item, p }])).sort((a, b) => a.p - b.p)
      const after = new Map<number, number[]>()
      let anchor = -1
      ps.forEach((p, item) => (p !== null ? (anchor = item) : after.set(anchor, [...(after.get(anchor) ?? []), item])))
      return [...(after.get(-1) ?? []), ...present.flatMap(({ item }) => [item, ...(after.get(item) ?? [])])]
    }
    fc.assert(
      fc.property(fc.array(fc.option(fc.integer({ min: 0, max: 8 }), { nil: null }), { maxLength: 40 }), (ps) => {
        expect(orderForVariant(ps)).toEqual(reference(ps))
      }),
      { numRuns: 500 },
    )
  })
})
