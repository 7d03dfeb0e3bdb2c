// Turning anything a host client meets into a HostError value (what every HostApi method
// rejects with), so the UI can switch on `code` and show `message`.

import type { HostError, HostErrorCode } from '../../../shared/host-api'

const CODES: ReadonlySet<string> = new Set<HostErrorCode>([
  'outside-roots', 'not-found', 'not-agent-file', 'changed-on-disk', 'exists', 'io-error',
  'bad-request', 'unauthorized', 'cancelled', 'source-file',
])

export function isHostError(value: unknown): value is HostError {
  if (typeof value !== 'object' || value === null) return false
  const v = value as { code?: unknown; message?: unknown }
  return typeof v.code === 'string' && CODES.has(v.code) && typeof v.message === 'string'
}

export function hostErrorValue(code: HostErrorCode, message: string, path?: string): HostError {
  return Object.freeze({ code, message, ...(path !== undefined ? { path } : {}) })
}

/** A HostError as is; anything else as an 'io-error' with its message. */
export function asHostErrorValue(value: unknown, context: string): HostError {
  if (isHostError(value)) return value
  const message = value instanceof Error ? value.message : String(value)
  return hostErrorValue('io-error', `${context}: ${message}`)
}
