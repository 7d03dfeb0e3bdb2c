// The app shell: three resizable panes (sidebar | compare | result), status bar, toasts, the
// shortcut sheet; applies the theme and listens for global shortcuts and dropped files.
import { useEffect, useState } from 'react'
import { useAppStore } from '../state/store'
import { Splitter } from './Splitter'
import { Sidebar } from '../sidebar/Sidebar'
import { ComparePane } from '../compare/ComparePane'
import { ResultPane } from '../result/ResultPane'
import { ResultOverlays } from '../result/ResultOverlays'
import { StatusBar } from './StatusBar'
import { Toasts } from './Toasts'
import { ShortcutSheet } from './ShortcutSheet'
import { applyTheme } from './theme'
import { useGlobalShortcuts } from './use-global-shortcuts'
import { openDroppedFiles } from './open-commands'
import { LibraryQueue } from '../library/LibraryQueue'
import { ResolutionBar } from '../library/ResolutionBar'
import { LibraryServices } from '../library/LibraryServices'

export function App() {
  const paneSizes = useAppStore((s) => s.paneSizes)
  const setPaneSizes = useAppStore((s) => s.setPaneSizes)
  const theme = useAppStore((s) => s.theme)
  const libraryOpen = useAppStore((s) => s.libraryOpen)
  // The queue with no group open: the result pane would only say to open a group; the queue
  // takes its width (at 1280 px its header and filters fit, and more groups show).
  const resultShown = useAppStore((s) => !s.libraryOpen || s.merge !== null)
  const [dragging, setDragging] = useState(false)
  useGlobalShortcuts()
  useEffect(() => applyTheme(theme), [theme])

  const onDragOver = (e: React.DragEvent) => {
    if (!e.dataTransfer.types.includes('Files')) return
    e.preventDefault()
    setDragging(true)
  }
  const onDrop = (e: React.DragEvent) => {
    if (!e.dataTransfer.types.includes('Files')) return
    e.preventDefault()
    setDragging(false)
    void openDroppedFiles([...e.dataTransfer.files])
  }

  return (
    <div className="app" onDragOver={onDragOver} onDragLeave={(e) => e.currentTarget === e.target && setDragging(false)} onDrop={onDrop}>
      <div
        className="workspace"
        // Remembered sizes yield to a narrow window so the compare pane never vanishes.
        style={{ gridTemplateColumns: `min(${paneSizes.sidebar}px, 28vw) 5px minmax(280px, 1fr)${resultShown ? ` 5px min(${paneSizes.result}px, 40vw)` : ''}` }}
      >
        <aside className="pane sidebar-pane" aria-label="Agent files">
          <Sidebar />
        </aside>
        <Splitter label="Resize sidebar" value={paneSizes.sidebar} min={180} max={560} direction={1} onChange={(sidebar) => setPaneSizes({ sidebar })} />
        <main className="pane compare-region" aria-label={libraryOpen ? 'Library queue' : 'Compare variants'}>
          {libraryOpen ? (
            <LibraryQueue />
          ) : (
            <>
              <ResolutionBar />
              <ComparePane />
            </>
          )}
        </main>
        {resultShown && (
          <>
            <Splitter label="Resize result pane" value={paneSizes.result} min={260} max={1100} direction={-1} onChange={(result) => setPaneSizes({ result })} />
            <div className="pane result-region">
              <ResultPane />
            </div>
          </>
        )}
      </div>
      <StatusBar />
      <Toasts />
      {/* Dialogs and overlays (portals): mounted while the result pane is not. */}
      <ResultOverlays />
      <ShortcutSheet />
      <LibraryServices />
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          <div className="drop-message">Drop folders or agent files to open them</div>
        </div>
      )}
    </div>
  )
}
