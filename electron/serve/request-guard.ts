// Who may talk to browser mode: requests addressed to our loopback address (Host header, against
// DNS rebinding), from our own page or no page (Origin), carrying the per-run token.

import { timingSafeEqual } from 'node:crypto'
import type { IncomingMessage } from 'node:http'
import { TOKEN_HEADER, TOKEN_QUERY } from '../../shared/host-channels'

export function allowedHosts(port: number): readonly string[] {
  return [`127.0.0.1:${port}`, `localhost:${port}`]
}

export function isAllowedHost(request: IncomingMessage, port: number): boolean {
  const host = request.headers.host
  return typeof host === 'string' && allowedHosts(port).includes(host.toLowerCase())
}

/** No Origin (same-origin GETs, curl) or exactly our own. */
export function isAllowedOrigin(request: IncomingMessage, port: number): boolean {
  const origin = request.headers.origin
  if (origin === undefined) return true
  return allowedHosts(port).some((host) => origin.toLowerCase() === `http://${host}`)
}

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given, 'utf8')
  const b = Buffer.from(expected, 'utf8')
  return a.length === b.length && timingSafeEqual(a, b)
}

/** The token from `Authorization: Bearer`, the x-agent-merge-token header or, where allowed
 *  (EventSource cannot set headers), the `token` query parameter. */
export function hasValidToken(request: IncomingMessage, url: URL, expected: string, allowQuery: boolean): boolean {
  const candidates: string[] = []
  const authorization = request.headers.authorization
  if (typeof authorization === 'string' && authorization.startsWith('Bearer ')) candidates.push(authorization.slice(7).trim())
  const header = request.headers[TOKEN_HEADER]
  if (typeof header === 'string') candidates.push(header)
  if (allowQuery) {
    const query = url.searchParams.get(TOKEN_QUERY)
    if (query !== null) candidates.push(query)
  }
  return candidates.some((token) => sameToken(token, expected))
}
