// Turn whatever a host call rejected with into a HostError value the UI can show.
import type { HostError, HostErrorCode } from '../../../shared/host-api'

const CODES: readonly string[] = [
  'outside-roots', 'not-found', 'not-agent-file', 'changed-on-disk', 'exists',
  'io-error', 'bad-request', 'unauthorized', 'cancelled', 'source-file',
]

export function toHostError(reason: unknown, path?: string): HostError {
  if (reason && typeof reason === 'object') {
    const r = reason as { code?: unknown; message?: unknown; path?: unknown; line?: unknown }
    const code = typeof r.code === 'string' && CODES.includes(r.code) ? (r.code as HostErrorCode) : 'io-error'
    const message = typeof r.message === 'string' && r.message ? r.message : 'Unknown error'
    return {
      code,
      message,
      ...(typeof r.path === 'string' ? { path: r.path } : path ? { path } : {}),
      ...(typeof r.line === 'number' ? { line: r.line } : {}),
    }
  }
  return { code: 'io-error', message: String(reason ?? 'Unknown error'), ...(path ? { path } : {}) }
}

export function describeHostError(error: HostError): string {
  const where = error.path ? `${error.path}${error.line ? `:${error.line}` : ''}: ` : ''
  return `${where}${error.message}`
}
