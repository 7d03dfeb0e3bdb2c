// Turn whatever a host call rejected with into a HostError value the UI can show.
import type { HostError, HostErrorCode, WriteRefusal } from '../../../shared/host-api'

const CODES: readonly string[] = [
  'outside-roots', 'not-found', 'not-agent-file', 'changed-on-disk', 'exists',
  'io-error', 'bad-request', 'unauthorized', 'cancelled', 'source-file',
]

/** A write refusal's reasons, when they are well formed (they decide what a confirmation allows). */
function writeRefusalOf(value: unknown): WriteRefusal | null {
  if (!value || typeof value !== 'object') return null
  const r = value as { sourceFile?: unknown; currentHash?: unknown; changedOnDisk?: unknown }
  if (typeof r.sourceFile !== 'boolean' || typeof r.changedOnDisk !== 'boolean') return null
  const currentHash = r.currentHash === null || typeof r.currentHash === 'string' ? r.currentHash : undefined
  if (currentHash === undefined) return null
  return { sourceFile: r.sourceFile, currentHash, changedOnDisk: r.changedOnDisk }
}

export function toHostError(reason: unknown, path?: string): HostError {
  if (reason && typeof reason === 'object') {
    const r = reason as { code?: unknown; message?: unknown; path?: unknown; line?: unknown; refusal?: unknown }
    const refusal = writeRefusalOf(r.refusal)
    const code = typeof r.code === 'string' && CODES.includes(r.code) ? (r.code as HostErrorCode) : 'io-error'
    const message = typeof r.message === 'string' && r.message ? r.message : 'Unknown error'
    return {
      code,
      message,
      ...(typeof r.path === 'string' ? { path: r.path } : path ? { path } : {}),
      ...(typeof r.line === 'number' ? { line: r.line } : {}),
      ...(refusal ? { refusal } : {}),
    }
  }
  return { code: 'io-error', message: String(reason ?? 'Unknown error'), ...(path ? { path } : {}) }
}

export function describeHostError(error: HostError): string {
  const where = error.path ? `${error.path}${error.line ? `:${error.line}` : ''}: ` : ''
  return `${where}${error.message}`
}
