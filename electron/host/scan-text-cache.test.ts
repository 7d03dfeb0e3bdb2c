// The scanner's texts kept for the next read: used once, only with the stamp the scanner saw,
// never for files written a moment ago, and within a byte budget.

import { utimes, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createHostService, type HostService } from './host-service'
import type { CheckedText } from './file-bytes'
import { createScanTextCache, type FileStamp } from './scan-text-cache'
import { makeTempFolder, writeTree } from './temp-folder.test-util'

const T = 1_000_000
const stamp = (over: Partial<FileStamp> = {}): FileStamp => ({ size: 4, mtimeMs: T, ctimeMs: T, ino: 7, ...over })
const checked = (text: string): CheckedText => ({ text, nulFree: true })

describe('createScanTextCache', () => {
  const later = () => T + 60_000

  it('gives the text back once, for the same stamp only', () => {
    const cache = createScanTextCache({ now: later })
    cache.put('/a.md', stamp(), checked('abcd'))
    expect(cache.take('/a.md', stamp())).toEqual(checked('abcd'))
    expect(cache.take('/a.md', stamp())).toBeUndefined()
    for (const changed of [{ size: 5 }, { mtimeMs: T + 1 }, { ctimeMs: T + 1 }, { ino: 8 }]) {
      cache.put('/a.md', stamp(), checked('abcd'))
      expect(cache.take('/a.md', stamp(changed))).toBeUndefined()
      expect(cache.stats().entries).toBe(0) // a stale entry is dropped, not kept for later
    }
  })

  it('keeps nothing for a file changed within the settle time (coarse file system clocks)', () => {
    const cache = createScanTextCache({ now: () => T + 1500 })
    cache.put('/a.md', stamp(), checked('abcd'))
    cache.put('/b.md', stamp({ ctimeMs: T - 5000, mtimeMs: T - 5000 }), checked('abcd'))
    expect(cache.stats().entries).toBe(1)
    expect(cache.take('/a.md', stamp())).toBeUndefined()
  })

  it('stays within its budget, dropping the oldest first, and skips big files', () => {
    const cache = createScanTextCache({ now: later, maxBytes: 10, maxFileBytes: 6 })
    cache.put('/a.md', stamp(), checked('aaaa'))
    cache.put('/b.md', stamp(), checked('bbbb'))
    cache.put('/c.md', stamp(), checked('cccc'))
    cache.put('/big.md', stamp({ size: 7 }), checked('x'.repeat(7)))
    expect(cache.stats()).toEqual({ entries: 2, bytes: 8 })
    expect(cache.take('/a.md', stamp())).toBeUndefined()
    expect(cache.take('/c.md', stamp())).toEqual(checked('cccc'))
    const off = createScanTextCache({ now: later, maxBytes: 0 })
    off.put('/a.md', stamp(), checked('aaaa'))
    expect(off.stats().entries).toBe(0)
  })
})

describe('the host service with the scan cache', () => {
  const services: HostService[] = []
  afterEach(async () => {
    await Promise.all(services.splice(0).map((s) => s.dispose()))
  })

  async function setup() {
    const root = await makeTempFolder()
    await writeTree(root, { 'a.md': '\uFEFF# A ü\n', 'b.md': '# B\n' + 'x\n'.repeat(5000) + '\0\n' }) // b: a NUL past the binary sniff
    const cache = createScanTextCache({ now: () => Date.now() + 60_000 })
    const service = createHostService({ configDir: await makeTempFolder(), initialPaths: [root], watch: false, warn: () => undefined, scanTextCache: cache })
    services.push(service)
    await service.getInitialListing()
    return { root, cache, service }
  }

  it('serves a read after the scan from the scanned text, with the hash of the bytes', async () => {
    const { root, cache, service } = await setup()
    expect(cache.stats().entries).toBe(2)
    const fromCache = await service.readFile(join(root, 'a.md'))
    expect(cache.stats().entries).toBe(1)
    const fromDisk = await service.readFile(join(root, 'a.md'))
    expect(fromCache).toEqual(fromDisk)
    expect(fromCache.nulFree).toBe(true)
  })

  it('keeps what the scan found about NUL bytes with the text', async () => {
    const { root, cache, service } = await setup()
    const late = await service.readFile(join(root, 'b.md'))
    expect(cache.stats().entries).toBe(1) // served from the scan
    expect(late.nulFree).toBe(false)
  })

  it('reads a file rewritten after the scan from the disk, even with its size and mtime put back', async () => {
    const { root, service } = await setup()
    const path = join(root, 'a.md')
    await utimes(path, 1_700_000_000, 1_700_000_000) // a whole second: utimes can put it back exactly
    await service.rescan()
    await writeFile(path, '\uFEFF# Z ü\n') // same size, same inode
    await utimes(path, 1_700_000_000, 1_700_000_000)
    expect((await service.readFile(path)).text).toBe('\uFEFF# Z ü\n')
  })

  it('forgets the scanned texts when everything is closed', async () => {
    const { cache, service } = await setup()
    await service.closeAll()
    expect(cache.stats().entries).toBe(0)
  })
})
