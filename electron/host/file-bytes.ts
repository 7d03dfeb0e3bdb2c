// Decide whether bytes are an agent file's text: not binary (no NUL in the first 8 KB) and
// valid UTF-8. The BOM is kept in the text so the engine sees it and the text's hash equals
// the hash of the bytes.

import { createHash } from 'node:crypto'
import { keepHiddenClass } from '../../shared/engine/hidden-class'

export const DEFAULT_MAX_FILE_SIZE = 2 * 1024 * 1024
const BINARY_SNIFF_BYTES = 8192

/** An agent file's text, checked: with whether its bytes hold no NUL anywhere (one native
 *  search of the bytes; a NUL after the first 8 KB leaves the file text, and the engine warns). */
export interface CheckedText {
  readonly text: string
  readonly nulFree: boolean
}

export type BytesVerdict =
  | ({ readonly kind: 'text' } & CheckedText)
  | { readonly kind: 'binary' }
  | { readonly kind: 'invalid-utf8'; readonly line: number }

/** One decoder for every file: a decode without `stream` starts afresh, and making one per file
 *  cost more than some decodes. */
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

/** `bytes` as text, the way the scan reads a file (strict UTF-8, a BOM kept); throws on invalid
 *  UTF-8. */
function decodeUtf8(bytes: Uint8Array): string {
  return utf8.decode(bytes)
}

export function classifyBytes(bytes: Uint8Array): BytesVerdict {
  // One native search answers both questions: a NUL in the first 8 KB (binary), or anywhere.
  const nul = asBuffer(bytes).indexOf(0)
  if (nul !== -1 && nul < BINARY_SNIFF_BYTES) return { kind: 'binary' }
  try {
    return { kind: 'text', text: decodeUtf8(bytes), nulFree: nul === -1 }
  } catch {
    return { kind: 'invalid-utf8', line: lineOfFirstInvalidByte(bytes) }
  }
}

const asBuffer = (bytes: Uint8Array): Buffer => (Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength))

/** 1-based line of the first byte sequence that is not valid UTF-8. */
export function lineOfFirstInvalidByte(bytes: Uint8Array): number {
  let line = 1
  let i = 0
  while (i < bytes.length) {
    const b = bytes[i]!
    if (b === 0x0a) line++
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0
    if (length === 0) return line
    if (length > 1) {
      const slice = bytes.subarray(i, i + length)
      if (slice.length < length) return line
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(slice)
      } catch {
        return line
      }
    }
    i += length
  }
  return line
}

// A hash object is made per file hashed: see hidden-class.ts.
keepHiddenClass(createHash('sha256'))

export function sha256HexOfBytes(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

/** The engine's sha256Hex, natively: the hash of the text's UTF-8 encoding (a lone surrogate as
 *  U+FFFD), so for text decoded from valid UTF-8 the hash of those bytes again. */
export function sha256HexOfText(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex')
}

export function formatBytes(size: number): string {
  if (size >= 1024 * 1024) return `${(size / (1024 * 1024)).toFixed(1)} MiB`
  if (size >= 1024) return `${(size / 1024).toFixed(1)} KiB`
  return `${size} B`
}
