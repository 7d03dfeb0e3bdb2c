// One keydown listener for the whole window. Keys typed into fields, Monaco or a dialog are left
// alone; keys a focused widget already handled (defaultPrevented) too.
import { useEffect } from 'react'
import { isTypingTarget, matchShortcut } from './shortcuts'
import { runShortcut } from './run-shortcut'
import { useAppStore } from '../state/store'
import { chordKey } from './variant-chord'

/** While the `0` prompt is open, keys go to it first; true when it took the key. */
function feedVariantChord(e: KeyboardEvent): boolean {
  const s = useAppStore.getState()
  const chord = s.variantChord
  if (!chord) return false
  const overlayOpen = s.dialog !== null || s.diffRequest !== null || s.customEditRequest !== null
  if (!s.merge || overlayOpen || isTypingTarget(e.target) || e.ctrlKey || e.metaKey || e.altKey) {
    s.setVariantChord(null)
    return false
  }
  const step = chordKey(chord, e, s.merge.docs.length)
  if (step.kind === 'pass') {
    s.setVariantChord(null)
    return false
  }
  e.preventDefault()
  if (step.kind === 'wait') s.setVariantChord(step.chord)
  else s.setVariantChord(null)
  if (step.kind === 'done') runShortcut({ command: step.combine ? 'combine' : 'pick', variant: step.variant })
  return true
}

export function useGlobalShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing) return
      if (feedVariantChord(e)) return
      const match = matchShortcut(e)
      if (!match) return
      const s = useAppStore.getState()
      const overlayOpen = s.dialog !== null || s.diffRequest !== null || s.customEditRequest !== null
      const appWide = match.command === 'save' || match.command === 'save-as' || match.command === 'open'
      if (overlayOpen && match.command !== 'escape') return
      if (isTypingTarget(e.target) && !(appWide && !overlayOpen)) return
      // Enter and Left/Right keep their meaning on buttons, links, tree and menu items.
      const cellKey = match.command === 'pick-cell' || match.command === 'combine-cell' || match.command === 'next-cell' || match.command === 'prev-cell'
      if (cellKey && (e.target as Element | null)?.closest?.('button, a, summary, [role="treeitem"], [role^="menuitem"], [role="separator"], [role="tree"]')) return
      // Arrow keys and digits keep their meaning on buttons and form controls of the sidebar tree.
      if ((match.command === 'next-row' || match.command === 'prev-row') && (e.target as Element | null)?.closest?.('[role="tree"], [role="separator"]')) return
      // Home/End move between rows only with the keyboard in the grid (elsewhere they scroll or edit).
      if ((match.command === 'first-row' || match.command === 'last-row') && (!(e.target as Element | null)?.closest?.('[role="grid"]') || (e.target as Element).closest('[role^="menu"]'))) return
      if (runShortcut(match)) e.preventDefault()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])
}
