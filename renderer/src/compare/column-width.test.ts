import { describe, expect, it } from 'vitest'
import { columnLayout, columnMinWidth, FIT_MIN_PX, SCROLL_MIN_PX } from './column-width'

describe('columnLayout', () => {
  it('lets up to five variants shrink to the narrow minimum', () => {
    expect(columnMinWidth(2)).toBe(FIT_MIN_PX)
    expect(columnMinWidth(5)).toBe(FIT_MIN_PX)
    expect(columnLayout(5)).toEqual({ template: `repeat(5, minmax(${FIT_MIN_PX}px, 1fr))`, minWidth: 5 * FIT_MIN_PX + 4 * 8 })
  })

  it('gives more variants a reading width, since they scroll sideways anyway', () => {
    expect(columnMinWidth(6)).toBe(SCROLL_MIN_PX)
    expect(columnLayout(11).minWidth).toBe(11 * SCROLL_MIN_PX + 10 * 8)
  })

  it('never builds an empty template', () => {
    expect(columnLayout(0).template).toBe(`repeat(1, minmax(${FIT_MIN_PX}px, 1fr))`)
  })
})
