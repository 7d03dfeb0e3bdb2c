// Reads the decisions saved in the opened folders whenever the set of opened folders changes,
// and mounts the library's keys and dialogs.
import { useEffect } from 'react'
import { useAppStore } from '../state/store'
import { loadSavedDecisions } from './decision-store'
import { LibraryDialogs } from './LibraryDialogs'
import { useLibraryShortcuts } from './use-library-shortcuts'
import './library.css'

export function LibraryServices() {
  const roots = useAppStore((s) => s.listing?.roots.map((r) => r.path).join('\n') ?? '')
  useLibraryShortcuts()
  useEffect(() => {
    if (roots !== '') void loadSavedDecisions(useAppStore.getState)
  }, [roots])
  return <LibraryDialogs />
}
