// HostApi for browser mode: each method is `POST /api/call/<method>` with the token, events come
// from one shared EventSource on `/api/events`. Failures reject with HostError values.
// Uses only fetch/URL plus the small structural types below, so it also runs under Node in tests.

import type { HostApi, HostEvent } from '../../../shared/host-api'
import {
  HOST_METHODS, HTTP_CALL_PREFIX, HTTP_EVENTS_PATH, TOKEN_QUERY,
  type HostMethodArgs, type HostMethodName, type HostMethodResult, type HostResponse,
} from '../../../shared/host-channels'
import { asHostErrorValue, hostErrorValue, isHostError } from './host-error-value'

export interface EventSourceLike {
  addEventListener(type: 'message', listener: (event: { readonly data: unknown }) => void): void
  close(): void
}

export interface BrowserHostEnv {
  /** The server's origin, e.g. `http://127.0.0.1:4567` (the page's own origin in the app). */
  readonly baseUrl: string
  readonly token: string
  readonly fetch: typeof fetch
  readonly createEventSource: (url: string) => EventSourceLike
}

type RemoteMethods = { [M in HostMethodName]: (...args: HostMethodArgs<M>) => Promise<HostMethodResult<M>> }

const UNREACHABLE = 'Cannot reach the Agent Merge server; is `agent-merge serve` still running?'

async function callRemote(env: BrowserHostEnv, method: HostMethodName, args: readonly unknown[]): Promise<unknown> {
  let response: Response
  try {
    response = await env.fetch(new URL(`${HTTP_CALL_PREFIX}${method}`, env.baseUrl), {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${env.token}` },
      body: JSON.stringify(args),
    })
  } catch (error) {
    throw asHostErrorValue(error, UNREACHABLE)
  }
  const text = await response.text().catch(() => '')
  let body: HostResponse<unknown> | null
  try {
    body = JSON.parse(text) as HostResponse<unknown>
  } catch {
    body = null
  }
  if (body && body.ok === true && 'value' in body) return body.value
  if (body && body.ok === false && isHostError(body.error)) throw body.error
  if (response.status === 401) throw hostErrorValue('unauthorized', 'This page has no valid token: open the address agent-merge serve printed')
  throw hostErrorValue('io-error', `${method} failed: the server answered ${response.status} ${text.slice(0, 200).trim()}`)
}

export function createBrowserHost(env: BrowserHostEnv): HostApi {
  const listeners = new Set<(event: HostEvent) => void>()
  let source: EventSourceLike | null = null

  const openStream = (): void => {
    const url = new URL(HTTP_EVENTS_PATH, env.baseUrl)
    url.searchParams.set(TOKEN_QUERY, env.token)
    source = env.createEventSource(url.toString())
    source.addEventListener('message', (message) => {
      let event: HostEvent
      try {
        event = JSON.parse(String(message.data)) as HostEvent
      } catch {
        return // a malformed frame is dropped, never thrown into the page
      }
      for (const listener of [...listeners]) listener(event)
    })
  }

  const remote = Object.fromEntries(
    HOST_METHODS.map((method) => [method, (...args: readonly unknown[]) => callRemote(env, method, args)]),
  ) as unknown as RemoteMethods

  return {
    kind: 'browser',
    ...remote,
    pathForDroppedFile: () => null,
    onEvent(listener) {
      listeners.add(listener)
      if (source === null) openStream()
      return () => {
        listeners.delete(listener)
        if (listeners.size === 0 && source !== null) {
          source.close()
          source = null
        }
      }
    },
  }
}
