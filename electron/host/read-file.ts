// Read one agent file's text with its size, binary and UTF-8 checks. Errors are HostFailures
// with code 'not-agent-file' (too large, binary, invalid UTF-8), 'not-found' or 'io-error'.

import { stat } from 'node:fs/promises'
import type { AgentFileText } from '../../shared/host-api'
import { classifyBytes, type CheckedText, DEFAULT_MAX_FILE_SIZE, formatBytes, sha256HexOfBytes, sha256HexOfText } from './file-bytes'
import { asHostFailure, hostFailure } from './host-error'
import { readSmallFile } from './read-small-file'
import type { FileStamp } from './scan-text-cache'

export interface ReadOptions {
  readonly maxFileSize?: number
  /** Text already read and checked (by the scanner) for a file with exactly this stamp. */
  readonly checkedText?: (stamp: FileStamp) => CheckedText | undefined
}

export async function readAgentFile(path: string, options: ReadOptions = {}): Promise<AgentFileText> {
  const maxFileSize = options.maxFileSize ?? DEFAULT_MAX_FILE_SIZE
  let bytes: Buffer
  let mtimeMs: number
  try {
    const info = await stat(path)
    if (info.isDirectory()) throw hostFailure('not-agent-file', `${path} is a folder, not a file`, path)
    if (!info.isFile()) throw hostFailure('not-agent-file', `${path} is not a regular file`, path)
    if (info.size > maxFileSize) {
      throw hostFailure('not-agent-file', `${path} is too large to open (${formatBytes(info.size)}; the limit is ${formatBytes(maxFileSize)})`, path)
    }
    const checked = options.checkedText?.({ size: info.size, mtimeMs: info.mtimeMs, ctimeMs: info.ctimeMs, ino: info.ino })
    if (checked !== undefined) return { path, text: checked.text, hash: sha256HexOfText(checked.text), nulFree: checked.nulFree, mtimeMs: info.mtimeMs }
    const read = await readSmallFile(path, maxFileSize)
    // The file may have changed between stat and read: judge what was read.
    if (read.kind === 'not-file') throw hostFailure('not-agent-file', `${path} is not a regular file`, path)
    if (read.kind === 'too-large') {
      throw hostFailure('not-agent-file', `${path} is too large to open (${formatBytes(read.size)}; the limit is ${formatBytes(maxFileSize)})`, path)
    }
    bytes = read.bytes
    mtimeMs = read.stamp.mtimeMs
  } catch (error) {
    throw asHostFailure(error, path)
  }
  const verdict = classifyBytes(bytes)
  if (verdict.kind === 'binary') throw hostFailure('not-agent-file', `${path} is a binary file, not a text agent definition`, path)
  if (verdict.kind === 'invalid-utf8') {
    throw hostFailure('not-agent-file', `${path} is not valid UTF-8 text (first bad byte on line ${verdict.line}); save it as UTF-8 to open it`, path, verdict.line)
  }
  return { path, text: verdict.text, hash: sha256HexOfBytes(bytes), nulFree: verdict.nulFree, mtimeMs }
}
