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
