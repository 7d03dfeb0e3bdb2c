// The scanner already reads every agent file whole (for its binary and UTF-8 checks); the text it
// decoded is kept here so the renderer's read right after does not go to the disk again. An entry
// is used once and only while the file's identity stamp (size, mtime, ctime, inode) is the one the
// scanner saw. A file modified in the last couple of seconds is not kept: on file systems with
// coarse timestamps a second write within the same tick would leave the stamp unchanged.

import type { CheckedText } from './file-bytes'

export interface FileStamp {
  readonly size: number
  readonly mtimeMs: number
  readonly ctimeMs: number
  readonly ino: number
}

export interface ScanTextCache {
  /** Keep the checked text for the next read of `path`. */
  put(path: string, stamp: FileStamp, checked: CheckedText): void
  /** The kept text when the file still has the same stamp; the entry is dropped either way. */
  take(path: string, stamp: FileStamp): CheckedText | undefined
  clear(): void
  /** Kept entries and their bytes (tests, benchmarks). */
  stats(): { readonly entries: number; readonly bytes: number }
}

export interface ScanTextCacheOptions {
  /** Total file bytes kept (default 128 MiB); the oldest entries go first. 0 keeps nothing. */
  readonly maxBytes?: number
  /** Larger files are not kept (default 512 KiB). */
  readonly maxFileBytes?: number
  /** A file whose mtime or ctime is this recent is not kept (default 2000 ms). */
  readonly settleMs?: number
  readonly now?: () => number
}

const sameStamp = (a: FileStamp, b: FileStamp): boolean =>
  a.size === b.size && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs && a.ino === b.ino

export function createScanTextCache(options: ScanTextCacheOptions = {}): ScanTextCache {
  const maxBytes = options.maxBytes ?? 128 * 1024 * 1024
  const maxFileBytes = options.maxFileBytes ?? 512 * 1024
  const settleMs = options.settleMs ?? 2000
  const now = options.now ?? Date.now
  const entries = new Map<string, { readonly stamp: FileStamp; readonly checked: CheckedText }>() // insertion order = age
  let bytes = 0

  const drop = (path: string): void => {
    const entry = entries.get(path)
    if (entry === undefined) return
    entries.delete(path)
    bytes -= entry.stamp.size
  }

  return {
    put(path, stamp, checked) {
      drop(path)
      if (stamp.size > maxFileBytes || stamp.size > maxBytes) return
      if (now() - Math.max(stamp.mtimeMs, stamp.ctimeMs) < settleMs) return
      for (const oldest of entries.keys()) {
        if (bytes + stamp.size <= maxBytes) break
        drop(oldest)
      }
      entries.set(path, { stamp, checked })
      bytes += stamp.size
    },
    take(path, stamp) {
      const entry = entries.get(path)
      drop(path)
      return entry !== undefined && sameStamp(entry.stamp, stamp) ? entry.checked : undefined
    },
    clear() {
      entries.clear()
      bytes = 0
    },
    stats: () => ({ entries: entries.size, bytes }),
  }
}
