// The library's keys anywhere in the app: l opens or closes the queue, n opens the next group to
// do, and for a group of the library open in the workspace Shift+M merges as shown, Shift+O keeps
// one, Shift+R renames, Shift+S skips. Keys typed into fields, editors and dialogs are left alone.
import { useEffect } from 'react'
import { isTypingTarget } from '../app/shortcuts'
import { useAppStore } from '../state/store'
import { acceptWorkspaceMerge, keepOne, renameAll, skipEntry } from './library-actions'
import { goToNextUnresolved, toggleLibrary } from './queue-navigation'
import { selectQueue } from './library-selectors'
import { refuseWhileBusy } from './busy-guard'

const get = useAppStore.getState

export function useLibraryShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing || e.ctrlKey || e.metaKey || e.altKey) return
      const s = get()
      if (s.dialog !== null || s.libraryDialog !== null || s.diffRequest !== null || s.customEditRequest !== null || isTypingTarget(e.target)) return
      const key = e.key.toLowerCase()
      let run: (() => unknown) | null = null
      if (!e.shiftKey && key === 'l') run = () => toggleLibrary(get)
      else if (!e.shiftKey && key === 'n') run = () => goToNextUnresolved(get)
      else if (e.shiftKey && s.libraryGroup && s.merge && !s.libraryOpen) {
        const entry = selectQueue(s).find((x) => x.id === s.libraryGroup!.id)
        if (entry && key === 'm') run = () => acceptWorkspaceMerge(get)
        else if (entry && key === 'o') run = () => keepOne(get, entry)
        else if (entry && key === 'r') run = () => renameAll(get, entry)
        else if (entry && key === 's') run = () => skipEntry(get, entry)
      }
      if (!run) return
      e.preventDefault()
      if (e.shiftKey && refuseWhileBusy(get, `Shift+${key.toUpperCase()}`)) return
      void run()
    }
    window.addEventListener('keydown', onKeyDown)
    return () => window.removeEventListener('keydown', onKeyDown)
  }, [])
}
