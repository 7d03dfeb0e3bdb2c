// Restore a remembered window where the user can see it: a saved position on a display that
// is gone (an unplugged monitor) is dropped, the size is clamped to the work area.

import type { WindowState } from '../host/app-store'

export interface Area {
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
}

export const DEFAULT_WINDOW: WindowState = { width: 1280, height: 820, maximized: false }

export function visibleBounds(saved: WindowState | null, displays: readonly Area[]): WindowState {
  if (!saved) return DEFAULT_WINDOW
  const primary = displays[0]
  const width = primary ? Math.min(saved.width, primary.width) : saved.width
  const height = primary ? Math.min(saved.height, primary.height) : saved.height
  const { x, y } = saved
  if (x === undefined || y === undefined) return { width, height, maximized: saved.maximized }
  // Visible enough: the title bar's top-left 100x40 px lies on some display.
  const onScreen = displays.some((d) => x + 100 > d.x && x < d.x + d.width && y >= d.y && y + 40 <= d.y + d.height)
  return onScreen ? { x, y, width, height, maximized: saved.maximized } : { width, height, maximized: saved.maximized }
}
