// Chromium outside Electron has no custom schemes, so the double serves a privileged scheme's
// URLs (app://agent-merge/x) at a stand-in https origin (https://agent-merge.app.electron-double.test/x)
// and translates every URL at its boundary: the main process only ever sees app:// URLs, the
// page's own location shows the stand-in (the one thing the renderer could tell apart).

const SUFFIX = '.electron-double.test'

/** app://agent-merge/x -> https://agent-merge.app.electron-double.test/x (others unchanged). */
export function toPageUrl(raw: string, schemes: ReadonlySet<string>): string {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return raw
  }
  const scheme = url.protocol.slice(0, -1)
  if (!schemes.has(scheme)) return raw
  return `https://${url.host}.${scheme}${SUFFIX}${url.pathname}${url.search}${url.hash}`
}

/** The inverse of toPageUrl; other URLs unchanged. */
export function toAppUrl(raw: string): string {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    return raw
  }
  if (url.protocol !== 'https:' || !url.hostname.endsWith(SUFFIX)) return raw
  const labels = url.hostname.slice(0, -SUFFIX.length).split('.')
  const scheme = labels.pop()
  return `${scheme}://${labels.join('.')}${url.pathname}${url.search}${url.hash}`
}

export function isStandInUrl(raw: string): boolean {
  return toAppUrl(raw) !== raw
}
