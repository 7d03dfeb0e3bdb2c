// readFiles through the host service: one entry per path in order, per-file errors as entries,
// the source tracking of readFile kept, and the call's byte budget.

import { createHash } from 'node:crypto'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createHostService, type HostService } from './host-service'
import { readBatch } from './read-batch'
import { makeTempFolder, writeTree } from './temp-folder.test-util'

const sha = (text: string): string => createHash('sha256').update(text).digest('hex')
const services: HostService[] = []
afterEach(async () => {
  await Promise.all(services.splice(0).map((s) => s.dispose()))
})

async function setup(readFilesMaxBytes?: number) {
  const root = await makeTempFolder()
  const configDir = await makeTempFolder()
  await writeTree(root, { 'a.md': '# A\n', 'b.md': '# B ü\n', 'bin.md': new Uint8Array([0x23, 0, 0x41]), 'c.md': '# C\n' })
  const service = createHostService({ configDir, initialPaths: [root], watch: false, warn: () => undefined, ...(readFilesMaxBytes !== undefined ? { readFilesMaxBytes } : {}) })
  services.push(service)
  await service.getInitialListing()
  return { root, service }
}

describe('readFiles', () => {
  it('answers one entry per path, in order, with each failure as its own entry', async () => {
    const { root, service } = await setup()
    const paths = [join(root, 'b.md'), join(root, 'missing.md'), '/etc/passwd', join(root, 'bin.md'), join(root, 'a.md')]
    const results = await service.readFiles(paths)
    expect(results.map((r) => (r.ok ? 'ok' : r.error.code))).toEqual(['ok', 'not-found', 'outside-roots', 'not-agent-file', 'ok'])
    expect(results[0]).toEqual({ ok: true, file: expect.objectContaining({ path: paths[0], text: '# B ü\n', hash: sha('# B ü\n') }) })
    // Every error entry names its file.
    for (const [i, r] of results.entries()) if (!r.ok) expect(r.error.path).toBe(paths[i])
  })

  it('marks the files it read as sources, like readFile', async () => {
    const { root, service } = await setup()
    const [a] = await service.readFiles([join(root, 'a.md')])
    if (!a?.ok) throw new Error('a.md should read')
    await expect(service.writeFile({ path: a.file.path, text: 'x', expectedHash: a.file.hash })).rejects.toMatchObject({ code: 'source-file' })
  })

  it('validates the call like every other method', async () => {
    const { service } = await setup()
    expect(await service.call('readFiles', [[]])).toMatchObject({ ok: false, error: { code: 'bad-request' } })
    expect(await service.call('readFiles', [['/a.md', 7]])).toMatchObject({ ok: false, error: { code: 'bad-request', message: expect.stringContaining('readFiles: paths[1] must be a non-empty string') } })
    const tooMany = Array.from({ length: 1001 }, (_, i) => `/x/${i}.md`)
    expect(await service.call('readFiles', [tooMany])).toMatchObject({ ok: false, error: { code: 'bad-request', message: expect.stringContaining('at most 1000 paths') } })
  })

  it('refuses a call whose files hold more text than the budget, and fits one that does not', async () => {
    const { root, service } = await setup(10) // a.md + b.md are 4 + 7 bytes
    const over = await service.call('readFiles', [[join(root, 'a.md'), join(root, 'b.md')]])
    expect(over).toMatchObject({ ok: false, error: { code: 'bad-request', message: expect.stringContaining('ask for fewer paths per call') } })
    const fits = await service.call('readFiles', [[join(root, 'a.md'), join(root, 'c.md')]])
    expect(fits).toMatchObject({ ok: true, value: [{ ok: true }, { ok: true }] })
  })
})

describe('readBatch', () => {
  it('reads nothing more once the budget is gone', async () => {
    const asked: string[] = []
    const readOne = async (path: string) => {
      asked.push(path)
      return { path, text: 'xxxx', hash: sha('xxxx'), nulFree: true, mtimeMs: 0 }
    }
    await expect(readBatch(['1', '2', '3', '4'], readOne, { maxBytes: 6, concurrency: 1 })).rejects.toMatchObject({ code: 'bad-request' })
    expect(asked).toEqual(['1', '2'])
  })

  it('keeps at most `concurrency` reads in flight', async () => {
    let active = 0
    let peak = 0
    const readOne = async (path: string) => {
      active++
      peak = Math.max(peak, active)
      await new Promise((resolve) => setImmediate(resolve))
      active--
      return { path, text: '', hash: sha(''), nulFree: true, mtimeMs: 0 }
    }
    const results = await readBatch(Array.from({ length: 20 }, (_, i) => String(i)), readOne, { concurrency: 3 })
    expect(results).toHaveLength(20)
    expect(peak).toBe(3)
  })
})
