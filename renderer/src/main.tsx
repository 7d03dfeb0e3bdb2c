import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'
import { setServices } from './state/services'
import { getHost } from './host/get-host'
import { createWorkerEngine } from './engine-worker/worker-engine'
import { startApp } from './app/boot'
import './styles/theme.css'
import './styles/app.css'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')

let startError: string | null = null
try {
  setServices({ host: getHost(), engine: createWorkerEngine() })
  startApp()
} catch (error) {
  startError = error instanceof Error ? error.message : String(error)
}

createRoot(root).render(
  <StrictMode>
    {startError ? (
      <div className="fatal" role="alert">
        <h1>Agent Merge could not start</h1>
        <p>{startError}</p>
        <p>In browser mode, open the address that <code>agent-merge serve</code> printed (it carries the access token).</p>
      </div>
    ) : (
      <App />
    )}
  </StrictMode>,
)
