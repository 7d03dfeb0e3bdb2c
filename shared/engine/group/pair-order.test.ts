import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { pairOrder } from './pair-order'

describe('pairOrder', () => {
  it('orders pairs as their ids `${a}+${b}` compare, and clusters as their refIds', () => {
    // Ids where one begins another, followed by characters that sort before and after `+`.
    const refIdArb = fc.string({ unit: fc.constantFrom('a', 'b', ' ', '!', '+', '-', ':', 'é'), minLength: 1, maxLength: 5 })
    fc.assert(
      fc.property(fc.uniqueArray(refIdArb, { minLength: 2, maxLength: 12 }), (refIds) => {
        const order = pairOrder(refIds)
        const pairs = refIds.flatMap((_, a) => refIds.map((_, b) => [a, b] as const).filter(([x, y]) => x !== y))
        for (const [xa, xb] of pairs) {
          expect(Math.sign(order.ranks[xa]! - order.ranks[xb]!)).toBe(refIds[xa]! < refIds[xb]! ? -1 : 1)
          for (const [ya, yb] of pairs) {
            if (xa === ya && xb === yb) continue
            const [x, y] = [`${refIds[xa]}+${refIds[xb]}`, `${refIds[ya]}+${refIds[yb]}`]
            expect(Math.sign(order.compareIds(xa, xb, ya, yb))).toBe(x < y ? -1 : 1)
          }
        }
      }),
      { numRuns: 300 },
    )
  })
})
