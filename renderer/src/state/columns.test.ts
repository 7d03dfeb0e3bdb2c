import { describe, expect, it } from 'vitest'
import { initialColumns, visibleColumns, withColumnHidden, withColumnMoved } from './columns'

describe('column layout', () => {
  it('hides and shows columns but never the last visible one', () => {
    let l = initialColumns(3)
    l = withColumnHidden(l, 1, true)
    expect(visibleColumns(l)).toEqual([0, 2])
    l = withColumnHidden(l, 0, true)
    expect(withColumnHidden(l, 2, true)).toBe(l)
    expect(visibleColumns(withColumnHidden(l, 1, false))).toEqual([1, 2])
  })

  it('moves a column across hidden ones and stops at the edges', () => {
    let l = withColumnHidden(initialColumns(4), 1, true)
    l = withColumnMoved(l, 2, -1)
    expect(visibleColumns(l)).toEqual([2, 0, 3])
    expect(withColumnMoved(l, 2, -1)).toBe(l)
    expect(visibleColumns(withColumnMoved(l, 3, 1))).toEqual([2, 0, 3])
  })
})
