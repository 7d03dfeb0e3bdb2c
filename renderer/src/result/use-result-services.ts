// Starts, once, what keeps the merge safe and in step with the disk: draft saving/restoring and
// the source watch; routes the Electron menu's result commands here.
import { useEffect } from 'react'
import { startDraftSync } from '../persistence/draft-sync'
import { startSourceWatch } from '../persistence/source-watch'
import { useAppStore } from '../state/store'
import { runExportRecipe, runSave } from './result-actions'
import { pickRecipeFile } from './ResultToolbar'

function onMenu(command: string): void {
  const get = useAppStore.getState
  if (command === 'save-merged') void runSave(get, 'save')
  else if (command === 'save-merged-as') void runSave(get, 'save-as')
  else if (command === 'export-recipe') runExportRecipe(get)
  else if (command === 'apply-recipe') pickRecipeFile()
}

export function useResultServices(): void {
  useEffect(() => {
    const stopDrafts = startDraftSync(useAppStore)
    let stopWatch = (): void => undefined
    try {
      stopWatch = startSourceWatch(useAppStore, onMenu)
    } catch (error) {
      console.error('Agent Merge: the host is not ready, source changes will not be noticed', error)
    }
    return () => {
      stopDrafts()
      stopWatch()
    }
  }, [])
}
