// Which variant columns the grid renders: those in view sideways, one more on each side. With 20
// variants about 4 are seen at once; rendering all 20 cells of every row in view made opening a
// group one ~300 ms main-thread task (React, style, layout and paint of ~150 cells). The first
// render guesses the view from the compare pane's width and where the base column will be
// scrolled to; then the grid's own scroll and size say.
import { useEffect, useState, type RefObject } from 'react'
import { columnMinWidth, columnWindow, scrollLeftShowing, COLUMN_GAP_PX, type ColumnWindow } from './column-width'

/** .grid-row's left border and padding: where the first cell starts. */
const ROW_INSET_PX = 13

function sameWindow(a: ColumnWindow, b: ColumnWindow): boolean {
  return a.from === b.from && a.to === b.to
}

function guess(count: number, basePosition: number): ColumnWindow {
  const width = document.querySelector('.compare-region')?.clientWidth || window.innerWidth
  const stride = columnMinWidth(count) + COLUMN_GAP_PX
  return columnWindow(count, { scrollLeft: scrollLeftShowing(basePosition, width, stride, ROW_INSET_PX), width }, stride, ROW_INSET_PX)
}

/** `key` names the set of columns (group and visible columns): a new one guesses again. */
export function useColumnWindow(scrollRef: RefObject<HTMLElement | null>, key: string, count: number, basePosition: number): ColumnWindow {
  const [state, setState] = useState(() => ({ key, window: guess(count, basePosition) }))
  const current = state.key === key ? state.window : guess(count, basePosition)

  useEffect(() => {
    const el = scrollRef.current
    if (!el) return
    let frame = 0
    const measure = () => {
      frame = 0
      const headers = el.querySelectorAll<HTMLElement>('.grid-header > [role="columnheader"]')
      const first = headers[0]
      const second = headers[1]
      const stride = first && second ? second.offsetLeft - first.offsetLeft : columnMinWidth(count) + COLUMN_GAP_PX
      const offset = first ? first.offsetLeft : ROW_INSET_PX
      const next = columnWindow(count, { scrollLeft: el.scrollLeft, width: el.clientWidth }, stride, offset)
      setState((prev) => (prev.key === key && sameWindow(prev.window, next) ? prev : { key, window: next }))
    }
    // Read sizes once per frame at most, after layout (scroll events come before it).
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(measure)
    }
    schedule()
    el.addEventListener('scroll', schedule, { passive: true })
    const resize = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(schedule)
    resize?.observe(el)
    return () => {
      el.removeEventListener('scroll', schedule)
      resize?.disconnect()
      if (frame !== 0) cancelAnimationFrame(frame)
    }
  }, [scrollRef, key, count])

  return current
}
