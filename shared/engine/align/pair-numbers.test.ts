import { describe, expect, it } from 'vitest'
import { PairNumbers } from './pair-numbers'

function numbered(reserve: number | null): { readonly table: PairNumbers; readonly ids: number[] } {
  let next = 0
  const table = new PairNumbers(() => ++next)
  if (reserve !== null) table.reserve(reserve)
  const ids: number[] = []
  for (let v = 1; v <= 100; v++) for (let w = 1; w <= 50; w++) ids.push(table.numberOf(v, w))
  return { table, ids }
}

describe('PairNumbers', () => {
  it('numbers each distinct pair once, in the order first asked for', () => {
    const { table, ids } = numbered(null)
    expect(ids).toEqual(Array.from({ length: 5000 }, (_, i) => i + 1))
    expect(table.numberOf(1, 1)).toBe(1)
    expect(table.numberOf(100, 50)).toBe(5000)
    expect(table.numberOf(50, 100)).toBe(5001)
  })

  it('gives the same numbers in a table made at its size, and in one reserved too small', () => {
    for (const reserve of [6000, 3000]) {
      const { table, ids } = numbered(reserve)
      expect(ids).toEqual(numbered(null).ids)
      expect(table.numberOf(7, 3)).toBe(ids[6 * 50 + 2])
    }
  })

  it('keeps the pairs numbered before a reservation', () => {
    let next = 0
    const table = new PairNumbers(() => ++next)
    const first = table.numberOf(3, 4)
    table.reserve(100_000)
    expect(table.numberOf(3, 4)).toBe(first)
    expect(table.numberOf(4, 3)).toBe(first + 1)
  })
})
