// One writer wins: parallel creates and compare-and-swaps of the same file, and a folder swapped
// for a symlink while writes go on (nothing may land outside the opened folder).

import { createHash } from 'node:crypto'
import { mkdir, readdir, readFile, rename, rm, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createHostService } from './host-service'
import { lockedPathCount } from './path-lock'
import { makeTempFolder } from './temp-folder.test-util'
import { TEMP_FILE_PREFIX, writeFileAtomic } from './write-file'

const sha = (text: string): string => createHash('sha256').update(text).digest('hex')

async function settle<T>(tasks: readonly Promise<T>[]): Promise<{ ok: T[]; codes: string[] }> {
  const results = await Promise.allSettled(tasks)
  const ok = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []))
  const codes = results.flatMap((r) => (r.status === 'rejected' ? [String((r.reason as { code?: unknown }).code)] : []))
  return { ok, codes }
}

describe('writeFileAtomic under concurrency', () => {
  it('200 parallel creates of one new file: exactly one is told ok, the file is its text, the rest get exists', async () => {
    const dir = await makeTempFolder()
    const path = join(dir, 'merged.md')
    const texts = Array.from({ length: 200 }, (_, i) => `# writer ${i}\n${'x'.repeat(i * 50)}\n`)
    const { ok, codes } = await settle(texts.map((text) => writeFileAtomic(path, text, { expectedHash: null })))
    expect(ok).toHaveLength(1)
    expect(codes).toEqual(Array<string>(199).fill('exists'))
    expect(sha(await readFile(path, 'utf8'))).toBe(ok[0]!.hash)
    expect((await readdir(dir)).filter((n) => n.startsWith(TEMP_FILE_PREFIX))).toEqual([])
    expect(lockedPathCount()).toBe(0)
  })

  it('100 parallel compare-and-swaps from the same read: exactly one wins, the rest get changed-on-disk', async () => {
    const dir = await makeTempFolder()
    const path = join(dir, 'agent.md')
    await writeFile(path, 'as read')
    const texts = Array.from({ length: 100 }, (_, i) => `edit ${i}\n`)
    const { ok, codes } = await settle(texts.map((text) => writeFileAtomic(path, text, { expectedHash: sha('as read') })))
    expect(ok).toHaveLength(1)
    expect(codes).toEqual(Array<string>(99).fill('changed-on-disk'))
    expect(sha(await readFile(path, 'utf8'))).toBe(ok[0]!.hash)
  })

  it('the same file named through a symlinked folder is the same lock: still one winner', async () => {
    const dir = await makeTempFolder()
    await mkdir(join(dir, 'real'))
    await symlink(join(dir, 'real'), join(dir, 'alias'))
    const names = Array.from({ length: 60 }, (_, i) => join(dir, i % 2 === 0 ? 'real' : 'alias', 'new.md'))
    const { ok, codes } = await settle(names.map((path, i) => writeFileAtomic(path, `${i}`, { expectedHash: null })))
    expect(ok).toHaveLength(1)
    expect(new Set(codes)).toEqual(new Set(['exists']))
  })

  it('writes to different files do not wait for each other to fail', async () => {
    const dir = await makeTempFolder()
    const { ok } = await settle(Array.from({ length: 50 }, (_, i) => writeFileAtomic(join(dir, `f${i}.md`), `${i}`, { expectedHash: null })))
    expect(ok).toHaveLength(50)
    expect((await readdir(dir)).sort()).toHaveLength(50)
  })
})

describe('a folder swapped for a symlink during writes', () => {
  it('puts nothing outside the opened folder (host writeFile, 300 writes against a swapping loop)', async () => {
    const root = await makeTempFolder()
    const outside = await makeTempFolder()
    const configDir = await makeTempFolder()
    const sub = join(root, 'sub')
    await mkdir(sub)
    const service = createHostService({ configDir, initialPaths: [root], watch: false, warn: () => undefined })
    try {
      await service.getInitialListing()
      let writing = true
      let swaps = 0
      const swapper = (async () => {
        while (writing) {
          // sub -> sub.real, sub = link to the outside folder; then back.
          await rename(sub, join(root, 'sub.real')).catch(() => undefined)
          await symlink(outside, sub).catch(() => undefined)
          for (let i = 0; i < swaps % 4; i++) await new Promise((resolve) => setImmediate(resolve))
          await rm(sub, { force: true }).catch(() => undefined)
          await rename(join(root, 'sub.real'), sub).catch(() => undefined)
          swaps++
        }
      })()
      // Waves of 10 spread the writes over many swaps.
      const ok: unknown[] = []
      const codes: string[] = []
      for (let wave = 0; wave < 30; wave++) {
        const writes = Array.from({ length: 10 }, (_, i) =>
          service.writeFile({ path: join(sub, `f${wave * 10 + i}.md`), text: `# ${i}\n`, expectedHash: null }),
        )
        const settled = await settle(writes)
        ok.push(...settled.ok)
        codes.push(...settled.codes)
      }
      writing = false
      await swapper
      expect(swaps).toBeGreaterThan(0)
      expect(await readdir(outside)).toEqual([])
      // Refused writes say why; the rest landed inside the opened folder.
      expect(codes.every((c) => c === 'io-error' || c === 'not-found' || c === 'outside-roots')).toBe(true)
      expect(ok.length + codes.length).toBe(300)
      const inside = await readdir(sub)
      expect(inside.filter((n) => n.startsWith(TEMP_FILE_PREFIX))).toEqual([])
      expect(inside.length).toBe(ok.length)
    } finally {
      await service.dispose()
    }
  })
})
