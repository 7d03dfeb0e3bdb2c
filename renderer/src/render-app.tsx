// The UI itself (React, the panes, Monaco): loaded by main.tsx after start-up has sent its first
// host calls, so that compiling it overlaps the host's scan of the folder.
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { App } from './app/App'

export function renderApp(root: HTMLElement, startError: string | null): void {
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
}
