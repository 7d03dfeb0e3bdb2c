// Server-Sent Events: every connected page gets every HostEvent as one `data:` JSON line.
// A comment line every 20 s keeps proxies and idle timeouts from closing the stream.

import type { ServerResponse } from 'node:http'
import type { HostEvent } from '../../shared/host-api'
import { SECURITY_HEADERS } from './security-headers'

export interface EventStreams {
  attach(response: ServerResponse): void
  broadcast(event: HostEvent): void
  closeAll(): void
  readonly size: number
}

export function createEventStreams(heartbeatMs = 20_000): EventStreams {
  const clients = new Set<ServerResponse>()
  const heartbeat = setInterval(() => {
    for (const client of clients) client.write(': keep-alive\n\n')
  }, heartbeatMs)
  heartbeat.unref()

  return {
    attach(response) {
      response.writeHead(200, {
        ...SECURITY_HEADERS,
        'Content-Type': 'text/event-stream; charset=utf-8',
        'Cache-Control': 'no-store',
        Connection: 'keep-alive',
      })
      response.write('retry: 2000\n: connected\n\n')
      clients.add(response)
      response.on('close', () => clients.delete(response))
    },
    broadcast(event) {
      const frame = `data: ${JSON.stringify(event)}\n\n`
      for (const client of clients) client.write(frame)
    },
    closeAll() {
      clearInterval(heartbeat)
      for (const client of clients) client.end()
      clients.clear()
    },
    get size() {
      return clients.size
    },
  }
}
