// One file's bytes and identity stamp in one open: open, fstat, read, close. Written with the
// callback API on purpose: for thousands of small files it is about twice as fast as the
// promise FileHandle (open + stat + readFile + close), which the scan and the reads wait on.
// The stamp is taken before the bytes are read, so a write racing the read can only make the
// stamp look older than the bytes (a cache miss later), never newer.

import { close, closeSync, fstat, fstatSync, open, openSync, read, readSync } from 'node:fs'
import { keepFirstOfClass } from '../../shared/engine/hidden-class'
import type { FileStamp } from './scan-text-cache'

export type SmallFile =
  | { readonly kind: 'file'; readonly bytes: Buffer; readonly stamp: FileStamp }
  | { readonly kind: 'too-large'; readonly size: number }
  | { readonly kind: 'not-file' }

export function readSmallFile(path: string, maxFileSize: number): Promise<SmallFile> {
  return new Promise((resolve, reject) => {
    open(path, 'r', (openError, fd) => {
      if (openError) return reject(openError)
      const finish = (error: unknown, result?: SmallFile): void =>
        close(fd, () => (error ? reject(error) : resolve(result!)))
      fstat(fd, (statError, info) => {
        if (statError) return finish(statError)
        keepFirstOfClass(info)
        if (!info.isFile()) return finish(null, { kind: 'not-file' })
        if (info.size > maxFileSize) return finish(null, { kind: 'too-large', size: info.size })
        const stamp = { size: info.size, mtimeMs: info.mtimeMs, ctimeMs: info.ctimeMs, ino: info.ino }
        // One byte more than the size fstat gave: filling it means the file grew meanwhile.
        let buffer = Buffer.allocUnsafe(info.size + 1)
        let filled = 0
        const readMore = (): void => {
          read(fd, buffer, filled, buffer.length - filled, filled, (readError, count) => {
            if (readError) return finish(readError)
            filled += count
            if (filled > maxFileSize) return finish(null, { kind: 'too-large', size: filled })
            // A short read that ends exactly at the size fstat gave is the end of the file (had it
            // grown since, the read would have filled the extra byte): no second read to hear 0.
            if (count === 0 || (filled === info.size && filled < buffer.length)) {
              const bytes = buffer.subarray(0, filled)
              return finish(null, { kind: 'file', bytes, stamp: { ...stamp, size: filled } })
            }
            if (filled === buffer.length) {
              const bigger = Buffer.allocUnsafe(Math.min(buffer.length * 2, maxFileSize + 1))
              buffer.copy(bigger, 0, 0, filled)
              buffer = bigger
            }
            readMore()
          })
        }
        readMore()
      })
    })
  })
}

/** Room for readSmallFileSync to read into, reused from one call to the next. */
export interface ReadScratch {
  buffer: Buffer
}

export function readScratch(): ReadScratch {
  return { buffer: Buffer.allocUnsafe(64 * 1024) }
}

/** readSmallFile with blocking calls, for a process that has nothing else to do meanwhile (the
 *  CLI): no thread pool round trip per call. With `scratch`, the bytes are read into its buffer
 *  (grown when a file needs more) and are valid only until the next call with it: a fresh buffer
 *  a file made tens of thousands of short-lived allocations that the collector then chased. */
export function readSmallFileSync(path: string, maxFileSize: number, scratch?: ReadScratch): SmallFile {
  const fd = openSync(path, 'r')
  try {
    const info = fstatSync(fd)
    keepFirstOfClass(info)
    if (!info.isFile()) return { kind: 'not-file' }
    if (info.size > maxFileSize) return { kind: 'too-large', size: info.size }
    // One byte more than the size fstat gave at least: filling it means the file grew meanwhile.
    let buffer = scratch !== undefined && scratch.buffer.length > info.size ? scratch.buffer : Buffer.allocUnsafe(info.size + 1)
    if (scratch !== undefined) scratch.buffer = buffer
    let filled = 0
    for (;;) {
      const count = readSync(fd, buffer, filled, buffer.length - filled, filled)
      filled += count
      if (filled > maxFileSize) return { kind: 'too-large', size: filled }
      if (count === 0 || (filled === info.size && filled < buffer.length)) {
        // The stamp fstat gave, with the size read (one object: no copy of it per file).
        return { kind: 'file', bytes: buffer.subarray(0, filled), stamp: { size: filled, mtimeMs: info.mtimeMs, ctimeMs: info.ctimeMs, ino: info.ino } }
      }
      if (filled === buffer.length) {
        const bigger = Buffer.allocUnsafe(Math.min(buffer.length * 2, maxFileSize + 1))
        buffer.copy(bigger, 0, 0, filled)
        buffer = bigger
        if (scratch !== undefined) scratch.buffer = buffer
      }
    }
  } finally {
    closeSync(fd)
  }
}
