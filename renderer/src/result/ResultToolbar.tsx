// Save, Save as…, Export recipe, Apply recipe, Copy. Apply reads a JSON file the user picks.
import { useRef } from 'react'
import { useAppStore } from '../state/store'
import { runApplyRecipeText, runCopyMerged, runExportRecipe, runSave } from './result-actions'

const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform)
const mod = isMac ? '⌘' : 'Ctrl+'

/** Opens the hidden recipe file picker (the Electron menu's "Apply recipe…" uses it too). */
export function pickRecipeFile(): void {
  document.getElementById('am-recipe-file')?.click()
}

export function ResultToolbar({ disabled }: { disabled: boolean }) {
  const busy = useAppStore((s) => s.sessionBusy)
  const fileRef = useRef<HTMLInputElement>(null)
  const get = useAppStore.getState
  const off = disabled || busy !== 'idle'
  return (
    <div className="am-result-toolbar" role="toolbar" aria-label="Merged file actions">
      <button type="button" className="am-btn am-btn-primary" disabled={off} onClick={() => void runSave(get, 'save')} title={`Save the merged agent (${mod}S)`}>
        {/* Not "Saving…": the save flow is mostly waiting on the user's answers (path, overwrite). */}
        Save
      </button>
      <button type="button" className="am-btn" disabled={off} onClick={() => void runSave(get, 'save-as')} title={`Save under a new name (${mod}Shift+S)`}>
        Save as…
      </button>
      <span className="am-toolbar-gap" />
      <button type="button" className="am-btn" disabled={off} onClick={() => runExportRecipe(get)} title="Download the picks as a recipe (JSON) to reuse or run with the CLI">
        Export recipe
      </button>
      <button type="button" className="am-btn" disabled={off} onClick={() => fileRef.current?.click()} title="Apply a recipe file to this group">
        Apply recipe…
      </button>
      <button type="button" className="am-btn" disabled={off} onClick={() => void runCopyMerged(get)} title="Copy the merged file">
        Copy
      </button>
      <input
        id="am-recipe-file"
        ref={fileRef}
        type="file"
        accept=".json,application/json"
        hidden
        data-testid="recipe-file-input"
        onChange={(event) => {
          const file = event.target.files?.[0]
          event.target.value = ''
          if (!file) return
          file.text().then(
            (text) => runApplyRecipeText(get, text, file.name),
            () => get().showToast({ kind: 'error', message: `Could not read ${file.name}: it may have been moved, or it is not a text file.` }),
          )
        }}
      />
    </div>
  )
}
