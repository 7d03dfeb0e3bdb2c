import { describe, expect, it } from 'vitest'
import { DEFAULT_WINDOW, visibleBounds } from './window-bounds'

const screen = [{ x: 0, y: 0, width: 1920, height: 1080 }]

describe('visibleBounds', () => {
  it('uses defaults when nothing was saved', () => {
    expect(visibleBounds(null, screen)).toEqual(DEFAULT_WINDOW)
  })
  it('keeps a position on a connected display', () => {
    expect(visibleBounds({ x: 100, y: 50, width: 1000, height: 700, maximized: true }, screen)).toEqual({ x: 100, y: 50, width: 1000, height: 700, maximized: true })
  })
  it('drops a position on a display that is gone and clamps the size', () => {
    expect(visibleBounds({ x: 3000, y: 50, width: 4000, height: 700, maximized: false }, screen)).toEqual({ width: 1920, height: 700, maximized: false })
  })
})
