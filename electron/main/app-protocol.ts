// Serve the built renderer from app://agent-merge/ (never file://): fixed folder, no traversal
// (the same lookup as browser mode), and the strict CSP on every response.

import { readFile } from 'node:fs/promises'
import { protocol, session } from 'electron'
import { CONTENT_SECURITY_POLICY } from '../serve/security-headers'
import { lookupStaticFile } from '../serve/static-files'
import { APP_HOST, APP_SCHEME, isAppUrl } from './app-origin'

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true, codeCache: true } },
  ])
}

const BASE_HEADERS = { 'Content-Security-Policy': CONTENT_SECURITY_POLICY, 'X-Content-Type-Options': 'nosniff' }

export function handleAppProtocol(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const url = new URL(request.url)
    if (url.host !== APP_HOST || (request.method !== 'GET' && request.method !== 'HEAD')) {
      return new Response('Not found', { status: 404, headers: BASE_HEADERS })
    }
    const found = await lookupStaticFile(rendererDir, url.pathname)
    if (found.kind !== 'file') return new Response('Not found', { status: found.kind === 'refused' ? 400 : 404, headers: BASE_HEADERS })
    const body = await readFile(found.path)
    return new Response(body, { status: 200, headers: { ...BASE_HEADERS, 'Content-Type': found.contentType } })
  })
  // Belt and braces: the same CSP on anything the default session loads from our origin.
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    if (!isAppUrl(details.url)) return callback({})
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } })
  })
}
