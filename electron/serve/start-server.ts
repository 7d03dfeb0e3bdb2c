// Browser mode's HTTP server: the built renderer and the host API on 127.0.0.1 only, guarded by
// a random per-run token, a Host check (DNS rebinding) and an Origin check.

import { randomBytes } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createHostService, type HostService, type HostServiceOptions } from '../host/host-service'
import { hostFailure, toHostError } from '../host/host-error'
import { TOKEN_QUERY } from '../../shared/host-channels'
import { handleApi, isApiPath, type ApiContext } from './api-routes'
import { createEventStreams } from './event-stream'
import { sendError, sendText } from './http-io'
import { isAllowedHost, isAllowedOrigin } from './request-guard'
import { SECURITY_HEADERS } from './security-headers'
import { lookupStaticFile } from './static-files'

export const LOOPBACK = '127.0.0.1'

export interface StartServerOptions extends Omit<HostServiceOptions, 'dialogs'> {
  /** The built renderer (dist/renderer). */
  readonly staticDir: string
  /** 0 (default) picks a free port. */
  readonly port?: number
  /** Default: 32 random bytes, hex. */
  readonly token?: string
}

export interface RunningServer {
  /** The address to open, token included: http://127.0.0.1:PORT/?token=... */
  readonly url: string
  readonly port: number
  readonly token: string
  readonly service: HostService
  close(): Promise<void>
}

const NOT_BUILT = 'The app is not built yet: run `npm run build`, then start agent-merge serve again.\n'

async function serveStatic(request: IncomingMessage, response: ServerResponse, url: URL, staticDir: string): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return sendText(response, 405, 'Method not allowed\n')
  const found = await lookupStaticFile(staticDir, url.pathname)
  if (found.kind === 'refused') return sendText(response, 400, `Refused: ${found.reason}\n`)
  if (found.kind === 'missing') {
    const wantedIndex = url.pathname === '/' || url.pathname === '/index.html'
    return sendText(response, wantedIndex ? 503 : 404, wantedIndex ? NOT_BUILT : 'Not found\n')
  }
  response.writeHead(200, {
    ...SECURITY_HEADERS,
    'Content-Type': found.contentType,
    'Content-Length': found.size,
    'Cache-Control': found.contentType.startsWith('text/html') ? 'no-store' : 'no-cache',
  })
  if (request.method === 'HEAD') return void response.end()
  createReadStream(found.path)
    .on('error', () => response.destroy())
    .pipe(response)
}

export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const token = options.token ?? randomBytes(32).toString('hex')
  const service = createHostService(options)
  const streams = createEventStreams()
  const unsubscribe = service.onEvent((event) => streams.broadcast(event))
  const context: ApiContext = { service, token, streams }
  let port = 0

  const server = createServer((request, response) => {
    void (async () => {
      if (!isAllowedHost(request, port)) return sendText(response, 403, 'Forbidden: this server only answers to 127.0.0.1 and localhost\n')
      if (!isAllowedOrigin(request, port)) return sendError(response, { code: 'unauthorized', message: 'Requests from other sites are refused' }, 403)
      const url = new URL(request.url ?? '/', `http://${LOOPBACK}:${port}`)
      if (isApiPath(url.pathname)) return handleApi(request, response, url, context)
      return serveStatic(request, response, url, options.staticDir)
    })().catch((error: unknown) => {
      if (!response.headersSent) sendError(response, toHostError(error), 500)
      else response.destroy()
    })
  })

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, LOOPBACK, () => {
      server.off('error', reject)
      resolve()
    })
  }).catch(async (error: unknown) => {
    await service.dispose()
    const code = (error as { code?: string }).code
    const message = code === 'EADDRINUSE' ? `Port ${options.port} is already in use; choose another with --port` : `Could not listen on ${LOOPBACK}: ${(error as Error).message}`
    throw hostFailure('io-error', message)
  })
  port = (server.address() as AddressInfo).port

  let closing: Promise<void> | null = null
  return {
    url: `http://${LOOPBACK}:${port}/?${TOKEN_QUERY}=${token}`,
    port,
    token,
    service,
    close() {
      closing ??= (async () => {
        unsubscribe()
        streams.closeAll()
        await new Promise<void>((resolve) => {
          server.close(() => resolve())
          server.closeAllConnections()
        })
        await service.dispose()
      })()
      return closing
    },
  }
}
