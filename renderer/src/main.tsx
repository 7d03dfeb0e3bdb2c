// The entry: starts the services first (the host is asked for the initial listing and the
// settings right away), then loads the UI, whose ~3.5 MB (Monaco most of it) compiles while the
// host scans the folder instead of before the scan starts.
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

import('./render-app')
  .then(({ renderApp }) => renderApp(root, startError))
  .catch((error: unknown) => {
    const message = document.createElement('p')
    message.setAttribute('role', 'alert')
    message.textContent = `Agent Merge could not load its interface: ${error instanceof Error ? error.message : String(error)}`
    root.replaceChildren(message)
  })
