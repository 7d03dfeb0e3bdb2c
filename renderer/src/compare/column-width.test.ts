import { describe, expect, it } from 'vitest'
import { columnLayout, columnMinWidth, columnWindow, scrollLeftShowing, FIT_MIN_PX, SCROLL_MIN_PX } from './column-width'

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

describe('columnWindow', () => {
  const stride = SCROLL_MIN_PX + 8

  it('renders every column of a group that fits', () => {
    expect(columnWindow(5, { scrollLeft: 900, width: 300 }, 176, 13)).toEqual({ from: 0, to: 4 })
  })

  it('renders the columns in view and one more on each side', () => {
    // 20 columns, 900 px in view from the left: columns 0-3 are seen (3 partly), 4 is the overscan.
    expect(columnWindow(20, { scrollLeft: 0, width: 900 }, stride, 13)).toEqual({ from: 0, to: 4 })
    // Scrolled to the right end.
    expect(columnWindow(20, { scrollLeft: 20 * stride + 13 - 900, width: 900 }, stride, 13)).toEqual({ from: 15, to: 19 })
  })

  it('every column partly in view is rendered, for any scroll position', () => {
    for (let scrollLeft = 0; scrollLeft < 20 * stride; scrollLeft += 37) {
      const w = columnWindow(20, { scrollLeft, width: 700 }, stride, 13, 0)
      for (let p = 0; p < 20; p++) {
        const left = 13 + p * stride
        const right = left + SCROLL_MIN_PX
        const seen = right > scrollLeft && left < scrollLeft + 700
        if (seen) expect(p >= w.from && p <= w.to, `column ${p} at scrollLeft ${scrollLeft}`).toBe(true)
      }
    }
  })

  it('knows where scrolling the base column into view lands', () => {
    expect(scrollLeftShowing(1, 900, stride, 13)).toBe(0)
    expect(scrollLeftShowing(9, 900, stride, 13)).toBe(13 + 10 * stride - 900)
    const w = columnWindow(20, { scrollLeft: scrollLeftShowing(9, 900, stride, 13), width: 900 }, stride, 13)
    expect(w.to).toBeGreaterThanOrEqual(9)
    expect(w.from).toBeLessThanOrEqual(7)
  })
})
