// loadListingFiles reads through readFiles in batches: few host calls for a big folder, every
// file's failure kept as its own error entry, a failed batch never drops the other batches.
import { describe, expect, it } from 'vitest'
import type { HostApi } from '../../../shared/host-api'
import { createInThreadEngine } from '../engine-worker/in-thread-engine'
import { loadListingFiles } from './load-listing'
import { createFakeHost } from './testing/fake-host'

const root = '/big'
const many = Object.fromEntries(Array.from({ length: 450 }, (_, i) => [`${root}/a${String(i).padStart(3, '0')}.md`, `---\nname: a${i}\n---\n## Body\nText ${i}\n`]))

function countingHost(fail?: (paths: readonly string[]) => boolean) {
  const host = createFakeHost(root, many)
  const batches: (readonly string[])[] = []
  const counted: HostApi = {
    ...host,
    readFile: () => Promise.reject(new Error('readFile should not be called')),
    readFiles: async (paths) => {
      batches.push(paths)
      if (fail?.(paths)) throw { code: 'bad-request', message: 'batch refused' }
      return Promise.all(paths.map((p) => host.readFile(p).then((file) => ({ ok: true, file }) as const)))
    },
  }
  return { host: counted, listing: () => host.getInitialListing(), batches }
}

describe('loadListingFiles', () => {
  it('reads 450 files in three calls of at most 200 paths, in listing order', async () => {
    const { host, listing, batches } = countingHost()
    const { loads, docs } = await loadListingFiles(await listing(), host, createInThreadEngine(), {})
    expect(batches.map((b) => b.length)).toEqual([200, 200, 50])
    expect(batches.flat()).toEqual(Object.keys(many).sort())
    expect(Object.values(loads).every((l) => l.status === 'ok')).toBe(true)
    expect(docs).toHaveLength(450)
  })

  it('turns a refused batch into error entries for its files only', async () => {
    const { host, listing } = countingHost((paths) => paths.includes(`${root}/a200.md`))
    const { loads, docs } = await loadListingFiles(await listing(), host, createInThreadEngine(), {})
    expect(loads[`${root}/a250.md`]).toMatchObject({ status: 'error', error: { code: 'bad-request', message: 'batch refused', path: `${root}/a250.md` } })
    expect(Object.values(loads).filter((l) => l.status === 'error')).toHaveLength(200)
    expect(docs).toHaveLength(250)
  })

  it('parses each batch as it arrives, while later batches are still being read', async () => {
    const { host, listing } = countingHost()
    const events: string[] = []
    const inThread = createInThreadEngine()
    const engine = { ...inThread, parseFiles: (files: Parameters<typeof inThread.parseFiles>[0]) => (events.push(`parse ${files.length}`), inThread.parseFiles(files)) }
    const reading: HostApi = { ...host, readFiles: async (paths) => { const r = await host.readFiles(paths); events.push(`read ${paths.length}`); return r } }
    const { docs } = await loadListingFiles(await listing(), reading, engine, {})
    expect(events.filter((e) => e.startsWith('parse'))).toEqual(['parse 200', 'parse 200', 'parse 50'])
    expect(events.indexOf('parse 200')).toBeLessThan(events.indexOf('read 50'))
    expect(docs.map((d) => d.path)).toEqual(Object.keys(many).sort())
  })

  it('keeps the parsed document of a file whose text did not change', async () => {
    const { host, listing } = countingHost()
    const first = await loadListingFiles(await listing(), host, createInThreadEngine(), {})
    const again = await loadListingFiles(await listing(), host, { ...createInThreadEngine(), parseFiles: () => Promise.reject(new Error('nothing to parse')) }, first.loads)
    expect(again.docs[7]).toBe(first.docs[7])
  })
})
