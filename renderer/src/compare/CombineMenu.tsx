// "Combine…": a small menu to put several variants' versions of a row together (sections
// concatenated, list items unioned, in the order ticked). Ctrl/Cmd-click on cells does the same.
import { useEffect, useRef, useState } from 'react'
import type { Choice } from '../../../shared/engine/recipe/recipe-model'

interface CombineMenuProps {
  readonly title: string
  /** Variants that have this row. */
  readonly variants: readonly number[]
  readonly pick: Choice | null
  readonly onToggle: (variant: number) => void
  readonly onAll: () => void
  /** False keeps the trigger out of the Tab order (rows other than the focused one). */
  readonly tabbable?: boolean
}

export function CombineMenu({ title, variants, pick, onToggle, onAll, tabbable }: CombineMenuProps) {
  const [open, setOpen] = useState(false)
  const root = useRef<HTMLSpanElement>(null)
  const chosen = pick?.kind === 'combine' ? pick.variants : pick?.kind === 'variant' ? [pick.variant] : []

  useEffect(() => {
    if (!open) return
    const close = (e: MouseEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false)
    }
    window.addEventListener('mousedown', close)
    root.current?.querySelector<HTMLElement>('[role="menuitemcheckbox"], [role="menuitem"]')?.focus()
    return () => window.removeEventListener('mousedown', close)
  }, [open])

  const onKeyDown = (e: React.KeyboardEvent) => {
    const items = [...(root.current?.querySelectorAll<HTMLElement>('[role^="menuitem"]') ?? [])]
    const at = items.indexOf(document.activeElement as HTMLElement)
    if (e.key === 'Escape') {
      setOpen(false)
      root.current?.querySelector<HTMLElement>('.combine-trigger')?.focus()
    } else if (e.key === 'ArrowDown') items[(at + 1) % items.length]?.focus()
    else if (e.key === 'ArrowUp') items[(at - 1 + items.length) % items.length]?.focus()
    else return
    e.preventDefault()
    e.stopPropagation()
  }

  return (
    <span className="combine-menu" ref={root} onKeyDown={onKeyDown}>
      <button
        type="button"
        className="text-btn combine-trigger"
        tabIndex={tabbable === false ? -1 : 0}
        aria-haspopup="menu"
        aria-expanded={open}
        disabled={variants.length < 2}
        title="Combine several variants' versions (or Ctrl/Cmd-click cells)"
        onClick={() => setOpen(!open)}
      >
        Combine…
      </button>
      {open && (
        <span className="combine-popup" role="menu" aria-label={`Combine variants for ${title}`}>
          <button type="button" role="menuitem" className="combine-item" onClick={() => { onAll(); setOpen(false) }}>
            All variants
          </button>
          {variants.map((v) => (
            <button
              key={v}
              type="button"
              role="menuitemcheckbox"
              aria-checked={chosen.includes(v)}
              className="combine-item"
              style={{ ['--vc' as string]: `var(--v${v % 20})` }}
              onClick={() => onToggle(v)}
            >
              <span className="combine-check" aria-hidden="true">{chosen.includes(v) ? '☑' : '☐'}</span>
              <span className="chip-dot" />
              Variant {v + 1}
              {chosen.includes(v) && chosen.length > 1 && <span className="combine-order">#{chosen.indexOf(v) + 1}</span>}
            </button>
          ))}
        </span>
      )}
    </span>
  )
}
