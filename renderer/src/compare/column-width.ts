// How wide the variant columns are: up to FIT_COUNT variants shrink to share the pane (so a
// 5-variant group is seen at once at 1600 px), down to a narrow but readable minimum; more
// variants scroll sideways anyway, so they keep a comfortable reading width instead.
export const FIT_COUNT = 5
export const FIT_MIN_PX = 168
export const SCROLL_MIN_PX = 260
export const COLUMN_GAP_PX = 8

export function columnMinWidth(visibleCount: number): number {
  return visibleCount <= FIT_COUNT ? FIT_MIN_PX : SCROLL_MIN_PX
}

/** The CSS grid template and the width below which the grid scrolls sideways. */
export function columnLayout(visibleCount: number): { readonly template: string; readonly minWidth: number } {
  const count = Math.max(1, visibleCount)
  const min = columnMinWidth(count)
  return { template: `repeat(${count}, minmax(${min}px, 1fr))`, minWidth: count * min + (count - 1) * COLUMN_GAP_PX }
}

/** Positions of the first and last column to render (inclusive). */
export interface ColumnWindow {
  readonly from: number
  readonly to: number
}

/**
 * The columns in a horizontal view of `viewWidth` px scrolled to `scrollLeft`, `overscan` more on
 * each side, for `count` columns `stride` px apart (width + gap) starting `offset` px in. Up to
 * FIT_COUNT columns are all rendered (they share the pane).
 */
export function columnWindow(count: number, view: { readonly scrollLeft: number; readonly width: number }, stride: number, offset: number, overscan = 1): ColumnWindow {
  if (count <= FIT_COUNT || stride <= 0) return { from: 0, to: count - 1 }
  const first = Math.floor((view.scrollLeft - offset) / stride)
  const last = Math.floor((view.scrollLeft + view.width - offset) / stride)
  return { from: Math.max(0, Math.min(count - 1, first - overscan)), to: Math.max(0, Math.min(count - 1, last + overscan)) }
}

/** Where the grid will scroll sideways to show column `position` ("nearest", as scrollIntoView). */
export function scrollLeftShowing(position: number, viewWidth: number, stride: number, offset: number): number {
  const right = offset + (position + 1) * stride
  return right > viewWidth ? right - viewWidth : 0
}
