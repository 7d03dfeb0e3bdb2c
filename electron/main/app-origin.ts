// The app's own origin: the renderer is served from app://agent-merge/ (never file://), so a
// sender or a navigation target can be checked against one fixed prefix.

export const APP_SCHEME = 'app'
export const APP_HOST = 'agent-merge'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`

export function isAppUrl(raw: string | undefined | null): boolean {
  if (typeof raw !== 'string') return false
  try {
    const url = new URL(raw)
    return url.protocol === `${APP_SCHEME}:` && url.host === APP_HOST
  } catch {
    return false
  }
}
