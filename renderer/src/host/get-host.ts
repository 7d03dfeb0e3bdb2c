// The HostApi this page talks to: the Electron preload's bridge when present, else browser mode
// over HTTP to the server that served the page. One instance per page.

import type { HostApi } from '../../../shared/host-api'
import { createBrowserHost } from './browser-host'
import { pickToken } from './browser-token'
import { createElectronHost } from './electron-host'

let host: HostApi | null = null

function safeSessionStorage(): Storage | null {
  try {
    return window.sessionStorage
  } catch {
    return null
  }
}

export function getHost(): HostApi {
  if (host) return host
  const bridge = window.agentMerge
  if (bridge) {
    host = createElectronHost(bridge)
  } else {
    const token = pickToken({
      href: window.location.href,
      storage: safeSessionStorage(),
      replaceUrl: (url) => window.history.replaceState(window.history.state, '', url),
    })
    host = createBrowserHost({
      baseUrl: window.location.origin,
      token,
      fetch: (input, init) => window.fetch(input, init),
      createEventSource: (url) => new EventSource(url),
    })
  }
  return host
}
