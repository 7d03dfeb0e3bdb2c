// Small helpers for JSON over node:http: a size-capped body reader and JSON answers.

import type { IncomingMessage, ServerResponse } from 'node:http'
import type { HostError } from '../../shared/host-api'
import { HTTP_STATUS_FOR_ERROR, type HostResponse } from '../../shared/host-channels'
import { SECURITY_HEADERS } from './security-headers'

export const MAX_BODY_BYTES = 32 * 1024 * 1024

export type BodyResult = { readonly ok: true; readonly text: string } | { readonly ok: false; readonly status: number; readonly error: HostError }

export function readBody(request: IncomingMessage, maxBytes = MAX_BODY_BYTES): Promise<BodyResult> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = []
    let size = 0
    let done = false
    const finish = (result: BodyResult): void => {
      if (done) return
      done = true
      resolve(result)
    }
    request.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > maxBytes) {
        finish({ ok: false, status: 413, error: { code: 'bad-request', message: `The request body is larger than ${maxBytes} bytes` } })
        request.resume() // drain the rest without keeping it
        return
      }
      if (!done) chunks.push(chunk)
    })
    request.on('end', () => finish({ ok: true, text: Buffer.concat(chunks).toString('utf8') }))
    request.on('error', (error) => finish({ ok: false, status: 400, error: { code: 'bad-request', message: `The request could not be read: ${error.message}` } }))
  })
}

export function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body)
  response.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
    'Cache-Control': 'no-store',
  })
  response.end(text)
}

export function sendError(response: ServerResponse, error: HostError, status = HTTP_STATUS_FOR_ERROR[error.code]): void {
  const body: HostResponse<never> = { ok: false, error }
  sendJson(response, status, body)
}

export function sendText(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' })
  response.end(text)
}
