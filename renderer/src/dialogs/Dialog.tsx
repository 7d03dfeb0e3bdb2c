// An accessible modal: role=dialog, labelled by its title, focus trapped inside, Esc cancels,
// focus returns to where it was when the dialog closes. Every dialog in the app is built on it.
import { useEffect, useId, useLayoutEffect, useRef, type ReactNode } from 'react'
import { focusableIn, trapTab } from './focus-trap'
import './dialogs.css'

export interface DialogProps {
  readonly title: string
  readonly onCancel: () => void
  readonly children: ReactNode
  /** Buttons row; put the default action last. */
  readonly actions?: ReactNode
  readonly size?: 'small' | 'large' | 'full'
  /** Element to focus first (by CSS selector inside the dialog); defaults to the first field or button. */
  readonly initialFocus?: string
  readonly role?: 'dialog' | 'alertdialog'
  readonly testId?: string
  /** The body may scroll (long reference text): it takes focus so the keyboard can scroll it. */
  readonly scrollableBody?: boolean
}

export function Dialog({ title, onCancel, children, actions, size = 'small', initialFocus, role = 'dialog', testId, scrollableBody = false }: DialogProps) {
  const titleId = useId()
  const bodyId = useId()
  const panelRef = useRef<HTMLDivElement>(null)
  const cancelRef = useRef(onCancel)
  useEffect(() => {
    cancelRef.current = onCancel
  }, [onCancel])

  // Remember what had focus before any child (Monaco focuses itself in its effect) moves it; a
  // layout effect runs before every passive effect, the children's included.
  useLayoutEffect(() => {
    const previous = document.activeElement instanceof HTMLElement ? document.activeElement : null
    return () => {
      if (previous?.isConnected) previous.focus()
    }
  }, [])

  // Focus moves in before the dialog is painted: once it shows, keys reach it, never the view
  // behind it (a key pressed between paint and a passive effect went to the list underneath).
  useLayoutEffect(() => {
    const panel = panelRef.current
    if (panel && !panel.contains(document.activeElement)) {
      const preferred = initialFocus ? panel.querySelector<HTMLElement>(initialFocus) : null
      const target = preferred ?? focusableIn(panel).find((el) => el.matches('input, textarea, select')) ?? focusableIn(panel).at(-1)
      ;(target ?? panel).focus()
    }
    // initialFocus is read once on open
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [])

  useEffect(() => {
    function onKey(event: KeyboardEvent): void {
      const root = panelRef.current
      // Monaco's own widgets (find, suggest, Tab to indent) handle their keys first.
      if (!root || event.defaultPrevented) return
      if (event.key === 'Escape') {
        event.preventDefault()
        event.stopPropagation()
        cancelRef.current()
        return
      }
      trapTab(root, event)
    }
    document.addEventListener('keydown', onKey)
    return () => document.removeEventListener('keydown', onKey)
  }, [])

  return (
    <div className="am-dialog-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onCancel()}>
      <div
        ref={panelRef}
        className={`am-dialog am-dialog-${size}`}
        role={role}
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={role === 'alertdialog' ? bodyId : undefined}
        tabIndex={-1}
        data-testid={testId}
      >
        <h2 id={titleId} className="am-dialog-title">
          {title}
        </h2>
        <div
          className="am-dialog-body"
          id={bodyId}
          {...(scrollableBody ? { tabIndex: 0, role: 'region', 'aria-labelledby': titleId } : {})}
        >
          {children}
        </div>
        {actions ? <div className="am-dialog-actions">{actions}</div> : null}
      </div>
    </div>
  )
}
