// The app shell: toolbar, three resizable panes (sidebar | compare | result), status bar, toasts.
import { useAppStore } from '../state/store'
import { Splitter } from './Splitter'
import { Sidebar } from '../sidebar/Sidebar'
import { ComparePane } from '../compare/ComparePane'
import { ResultPane } from '../result/ResultPane'

export function App() {
  const paneSizes = useAppStore((s) => s.paneSizes)
  const setPaneSizes = useAppStore((s) => s.setPaneSizes)

  return (
    <div className="app">
      <div
        className="workspace"
        style={{ gridTemplateColumns: `${paneSizes.sidebar}px 5px minmax(320px, 1fr) 5px ${paneSizes.result}px` }}
      >
        <aside className="pane sidebar-pane" aria-label="Agent files">
          <Sidebar />
        </aside>
        <Splitter
          label="Resize sidebar"
          value={paneSizes.sidebar}
          min={180}
          max={560}
          direction={1}
          onChange={(sidebar) => setPaneSizes({ sidebar })}
        />
        <main className="pane compare-region" aria-label="Compare variants">
          <ComparePane />
        </main>
        <Splitter
          label="Resize result pane"
          value={paneSizes.result}
          min={260}
          max={1100}
          direction={-1}
          onChange={(result) => setPaneSizes({ result })}
        />
        <div className="pane result-region">
          <ResultPane />
        </div>
      </div>
    </div>
  )
}
