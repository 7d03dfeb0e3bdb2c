// A file name cut in the middle to fit its box (middle-ellipsis.ts): measured with the box's own
// font, cut again when the box is resized. CSS `text-overflow` stays as a net: it cuts the end
// only if the measure was off.
import { useLayoutEffect, useRef, useState } from 'react'
import { middleCut } from './middle-ellipsis'

let measuring: CanvasRenderingContext2D | null = null

function textWidth(text: string, font: string): number {
  measuring ??= document.createElement('canvas').getContext('2d')
  if (!measuring) return 0
  measuring.font = font
  return measuring.measureText(text).width
}

interface MiddleEllipsisNameProps {
  readonly name: string
  readonly className: string
  readonly tailChars?: number
}

/** A block-level box as wide as its container: its width never depends on the text shown. Use
 *  it where the enclosing element's accessible name holds the whole name. */
export function MiddleEllipsisName({ name, className, tailChars }: MiddleEllipsisNameProps) {
  const ref = useRef<HTMLSpanElement>(null)
  const [shown, setShown] = useState(name)
  useLayoutEffect(() => {
    const box = ref.current
    if (!box) return
    const fit = (): void => {
      const width = box.getBoundingClientRect().width
      if (width === 0) return // not laid out (hidden): keep what is shown
      const style = getComputedStyle(box)
      const font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`
      // A pixel to spare: canvas and layout may round a fraction differently.
      setShown(middleCut(name, (text) => textWidth(text, font) <= width - 1, tailChars))
    }
    fit()
    const observer = new ResizeObserver(fit)
    observer.observe(box)
    return () => observer.disconnect()
  }, [name, tailChars])
  // A cut name is only a picture of the name, drawn by CSS (app.css): the enclosing element's
  // accessible name says it whole, and its visible text must stay part of that name (axe's
  // label-content-name-mismatch), which a text "…" would break.
  if (shown === name) {
    return (
      <span ref={ref} className={className}>
        {name}
      </span>
    )
  }
  return <span ref={ref} className={`${className} middle-cut`} data-shown={shown} aria-hidden="true" />
}
