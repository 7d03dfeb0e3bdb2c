// HostError values thrown inside the Node side. The thrown object is itself HostError-shaped
// (code, message, path, line, refusal as own fields); `toHostError` turns anything caught into
// plain data for IPC/HTTP, so no stack trace ever reaches a person.

import type { HostError, HostErrorCode, WriteRefusal } from '../../shared/host-api'

export class HostFailure extends Error implements HostError {
  readonly code: HostErrorCode
  readonly path?: string
  readonly line?: number
  readonly refusal?: WriteRefusal

  constructor(code: HostErrorCode, message: string, path?: string, line?: number, refusal?: WriteRefusal) {
    super(message)
    this.name = 'HostFailure'
    this.code = code
    if (path !== undefined) this.path = path
    if (line !== undefined) this.line = line
    if (refusal !== undefined) this.refusal = { ...refusal }
  }
}

export function hostFailure(code: HostErrorCode, message: string, path?: string, line?: number): HostFailure {
  return new HostFailure(code, message, path, line)
}

/** A refused write, with every reason that applies. */
export function writeRefused(code: 'source-file' | 'exists' | 'changed-on-disk', message: string, path: string, refusal: WriteRefusal): HostFailure {
  return new HostFailure(code, message, path, undefined, refusal)
}

interface NodeErrnoLike {
  readonly code?: unknown
  readonly message?: unknown
  readonly path?: unknown
}

/** A message a person can act on for the common errno codes. */
function describeErrno(code: string, path: string | undefined): { code: HostErrorCode; message: string } {
  const where = path ?? 'the file'
  switch (code) {
    case 'ENOENT':
      return { code: 'not-found', message: `${where} does not exist` }
    case 'EACCES':
    case 'EPERM':
      return { code: 'io-error', message: `No permission to access ${where}` }
    case 'EISDIR':
      return { code: 'not-agent-file', message: `${where} is a folder, not a file` }
    case 'ENOTDIR':
      return { code: 'not-found', message: `A part of ${where} is not a folder` }
    case 'ENOSPC':
      return { code: 'io-error', message: `No space left on the disk while writing ${where}` }
    case 'EROFS':
      return { code: 'io-error', message: `${where} is on a read-only file system` }
    case 'ELOOP':
      return { code: 'io-error', message: `${where} is a symbolic link loop` }
    case 'EEXIST':
      return { code: 'exists', message: `${where} already exists` }
    default:
      return { code: 'io-error', message: `Could not access ${where} (${code})` }
  }
}

const HOST_ERROR_CODES: ReadonlySet<string> = new Set<HostErrorCode>([
  'outside-roots', 'not-found', 'not-agent-file', 'changed-on-disk', 'exists', 'io-error',
  'bad-request', 'unauthorized', 'cancelled', 'source-file',
])

/** Plain HostError data from anything thrown. */
export function toHostError(error: unknown, path?: string): HostError {
  if (error instanceof HostFailure) {
    return {
      code: error.code,
      message: error.message,
      ...(error.path !== undefined ? { path: error.path } : {}),
      ...(error.line !== undefined ? { line: error.line } : {}),
      ...(error.refusal !== undefined ? { refusal: { ...error.refusal } } : {}),
    }
  }
  if (typeof error === 'object' && error !== null) {
    const e = error as NodeErrnoLike & { name?: unknown }
    if (typeof e.code === 'string' && HOST_ERROR_CODES.has(e.code) && typeof e.message === 'string') {
      return { code: e.code as HostErrorCode, message: e.message, ...(typeof e.path === 'string' ? { path: e.path } : {}) }
    }
    if (e.name === 'AbortError') return { code: 'cancelled', message: 'The operation was cancelled' }
    if (typeof e.code === 'string' && /^E[A-Z]+$/.test(e.code)) {
      const where = path ?? (typeof e.path === 'string' ? e.path : undefined)
      const described = describeErrno(e.code, where)
      return { ...described, ...(where !== undefined ? { path: where } : {}) }
    }
  }
  const message = error instanceof Error ? error.message : String(error)
  return { code: 'io-error', message: `Unexpected error: ${message}`, ...(path !== undefined ? { path } : {}) }
}

/** Rethrow anything as a HostFailure (keeps HostFailures as they are). */
export function asHostFailure(error: unknown, path?: string): HostFailure {
  if (error instanceof HostFailure) return error
  const plain = toHostError(error, path)
  return new HostFailure(plain.code, plain.message, plain.path, plain.line)
}
