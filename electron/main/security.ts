// Electron's security checklist for every web contents: no navigation away from the app, no new
// windows (http(s) links go to the system browser after validation), no webviews, and every
// permission request denied except writing to the clipboard from our own page (Monaco's copy).

import { app, session, shell, type WebContents } from 'electron'
import { isAppUrl } from './app-origin'
import { isSafeExternalUrl } from './external-links'

function openExternally(url: string): void {
  if (isSafeExternalUrl(url)) void shell.openExternal(url)
}

function harden(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (isAppUrl(url)) return
    event.preventDefault()
    openExternally(url)
  })
  // Subframes (will-navigate is the main frame's only): they stay on our origin or go nowhere.
  contents.on('will-frame-navigate', (details) => {
    if (!details.isMainFrame && !isAppUrl(details.url)) details.preventDefault()
  })
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    openExternally(url)
    return { action: 'deny' }
  })
}

const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write'])

export function applySecurityPolicies(): void {
  app.on('web-contents-created', (_event, contents) => harden(contents))
  session.defaultSession.setPermissionRequestHandler((contents, permission, callback) => {
    callback(ALLOWED_PERMISSIONS.has(permission) && isAppUrl(contents.getURL()))
  })
  session.defaultSession.setPermissionCheckHandler((_contents, permission, requestingOrigin) => {
    return ALLOWED_PERMISSIONS.has(permission) && isAppUrl(requestingOrigin)
  })
}
