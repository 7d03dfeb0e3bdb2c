// A vertical splitter between two panes: drag with the mouse or move with the arrow keys.
import { useCallback, useRef } from 'react'

interface SplitterProps {
  readonly label: string
  readonly value: number
  readonly min: number
  readonly max: number
  /** +1 when dragging right grows the pane (left pane), -1 when it shrinks it (right pane). */
  readonly direction: 1 | -1
  readonly onChange: (value: number) => void
}

export function Splitter({ label, value, min, max, direction, onChange }: SplitterProps) {
  const start = useRef<{ x: number; value: number } | null>(null)
  const clamp = useCallback((v: number) => Math.round(Math.min(max, Math.max(min, v))), [min, max])

  const onPointerDown = (e: React.PointerEvent<HTMLDivElement>) => {
    e.currentTarget.setPointerCapture(e.pointerId)
    // Start from the pane's drawn width: a narrow window may show it smaller than remembered.
    const pane = direction === 1 ? e.currentTarget.previousElementSibling : e.currentTarget.nextElementSibling
    const drawn = pane?.getBoundingClientRect().width
    start.current = { x: e.clientX, value: drawn && drawn > 0 ? Math.round(drawn) : value }
  }
  const onPointerMove = (e: React.PointerEvent<HTMLDivElement>) => {
    if (!start.current) return
    onChange(clamp(start.current.value + direction * (e.clientX - start.current.x)))
  }
  const onPointerUp = () => {
    start.current = null
  }
  const onKeyDown = (e: React.KeyboardEvent<HTMLDivElement>) => {
    const step = e.shiftKey ? 64 : 16
    if (e.key === 'ArrowLeft') onChange(clamp(value - direction * step))
    else if (e.key === 'ArrowRight') onChange(clamp(value + direction * step))
    else return
    e.preventDefault()
  }

  return (
    <div
      className="splitter"
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      aria-valuenow={value}
      aria-valuemin={min}
      aria-valuemax={max}
      tabIndex={0}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onKeyDown={onKeyDown}
    />
  )
}
