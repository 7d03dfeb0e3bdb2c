// The host API over HTTP: `POST /api/call/<method>` with a JSON array of arguments answers a
// HostResponse; `GET /api/events?token=` is the event stream. Every route needs the token.

import type { IncomingMessage, ServerResponse } from 'node:http'
import { HTTP_CALL_PREFIX, HTTP_EVENTS_PATH, HTTP_STATUS_FOR_ERROR } from '../../shared/host-channels'
import type { HostService } from '../host/host-service'
import type { EventStreams } from './event-stream'
import { readBody, sendError, sendJson } from './http-io'
import { hasValidToken } from './request-guard'

export interface ApiContext {
  readonly service: HostService
  readonly token: string
  readonly streams: EventStreams
}

export function isApiPath(pathname: string): boolean {
  return pathname === '/api' || pathname.startsWith('/api/')
}

export async function handleApi(request: IncomingMessage, response: ServerResponse, url: URL, context: ApiContext): Promise<void> {
  const isEvents = url.pathname === HTTP_EVENTS_PATH
  if (!hasValidToken(request, url, context.token, isEvents)) {
    return sendError(response, { code: 'unauthorized', message: 'Missing or wrong token: open the address agent-merge serve printed (it ends in ?token=...)' })
  }
  if (isEvents) {
    if (request.method !== 'GET') return sendError(response, { code: 'bad-request', message: 'Use GET for the event stream' }, 405)
    return context.streams.attach(response)
  }
  if (!url.pathname.startsWith(HTTP_CALL_PREFIX)) {
    return sendError(response, { code: 'bad-request', message: `There is no API route ${url.pathname}` }, 404)
  }
  if (request.method !== 'POST') return sendError(response, { code: 'bad-request', message: 'Use POST to call a host method' }, 405)
  const contentType = request.headers['content-type'] ?? ''
  if (!/^application\/json\b/i.test(contentType)) {
    return sendError(response, { code: 'bad-request', message: 'The request body must be JSON (Content-Type: application/json)' }, 415)
  }
  const method = url.pathname.slice(HTTP_CALL_PREFIX.length)
  const body = await readBody(request)
  if (!body.ok) return sendError(response, body.error, body.status)
  let args: unknown
  try {
    args = body.text.trim() === '' ? [] : JSON.parse(body.text)
  } catch (error) {
    return sendError(response, { code: 'bad-request', message: `The request body is not valid JSON: ${(error as Error).message}` })
  }
  const result = await context.service.call(method, args)
  if (result.ok) return sendJson(response, 200, result)
  return sendError(response, result.error, HTTP_STATUS_FOR_ERROR[result.error.code])
}
