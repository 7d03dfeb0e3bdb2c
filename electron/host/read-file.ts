// Read one agent file's text with its size, binary and UTF-8 checks. Errors are HostFailures
// with code 'not-agent-file' (too large, binary, invalid UTF-8), 'not-found' or 'io-error'.

import { readFile, stat } from 'node:fs/promises'
import type { AgentFileText } from '../../shared/host-api'
import { classifyBytes, DEFAULT_MAX_FILE_SIZE, formatBytes, sha256HexOfBytes } from './file-bytes'
import { asHostFailure, hostFailure } from './host-error'

export interface ReadOptions {
  readonly maxFileSize?: number
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
    bytes = await readFile(path)
    mtimeMs = info.mtimeMs
  } catch (error) {
    throw asHostFailure(error, path)
  }
  // The size may have grown between stat and read.
  if (bytes.length > maxFileSize) {
    throw hostFailure('not-agent-file', `${path} is too large to open (${formatBytes(bytes.length)}; the limit is ${formatBytes(maxFileSize)})`, path)
  }
  const verdict = classifyBytes(bytes)
  if (verdict.kind === 'binary') throw hostFailure('not-agent-file', `${path} is a binary file, not a text agent definition`, path)
  if (verdict.kind === 'invalid-utf8') {
    throw hostFailure('not-agent-file', `${path} is not valid UTF-8 text (first bad byte on line ${verdict.line}); save it as UTF-8 to open it`, path, verdict.line)
  }
  return { path, text: verdict.text, hash: sha256HexOfBytes(bytes), mtimeMs }
}
