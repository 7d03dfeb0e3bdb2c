import { stat } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readScratch, readSmallFile as readAsync, readSmallFileSync } from './read-small-file'
import { makeTempFolder, writeTree } from './temp-folder.test-util'

// Both ways: the thread pool's calls and the blocking ones (as a promise, to share the cases).
describe.each([
  ['readSmallFile', readAsync],
  ['readSmallFileSync', async (path: string, max: number) => readSmallFileSync(path, max)],
] as const)('%s', (_name, readSmallFile) => {
  it('gives the bytes and the stamp fstat saw', async () => {
    const dir = await makeTempFolder()
    const big = Buffer.alloc(1_500_000, 'ab')
    await writeTree(dir, { 'a.md': '\uFEFF# A ü\n', 'empty.md': '', 'big.md': big })
    const a = await readSmallFile(join(dir, 'a.md'), 1024)
    const info = await stat(join(dir, 'a.md'))
    expect(a).toEqual({ kind: 'file', bytes: Buffer.from('\uFEFF# A ü\n'), stamp: { size: info.size, mtimeMs: info.mtimeMs, ctimeMs: info.ctimeMs, ino: info.ino } })
    expect(await readSmallFile(join(dir, 'empty.md'), 1024)).toMatchObject({ kind: 'file', bytes: Buffer.alloc(0), stamp: { size: 0 } })
    const read = await readSmallFile(join(dir, 'big.md'), 2_000_000)
    expect(read.kind === 'file' && read.bytes.equals(big)).toBe(true)
  })

  it('says too-large without reading, not-file for a folder, and rejects a missing file', async () => {
    const dir = await makeTempFolder()
    await writeTree(dir, { 'a.md': '12345', 'sub/x.md': 'x' })
    expect(await readSmallFile(join(dir, 'a.md'), 4)).toEqual({ kind: 'too-large', size: 5 })
    expect(await readSmallFile(join(dir, 'a.md'), 5)).toMatchObject({ kind: 'file' })
    expect(await readSmallFile(join(dir, 'sub'), 100)).toEqual({ kind: 'not-file' })
    await expect(readSmallFile(join(dir, 'missing.md'), 100)).rejects.toMatchObject({ code: 'ENOENT' })
  })
})

describe('readSmallFileSync with a scratch buffer', () => {
  it('reads each file whole into the one buffer, growing it for a larger file', async () => {
    const dir = await makeTempFolder()
    const texts = ['short', 'x'.repeat(100_000), '', 'y'.repeat(70_000), 'z']
    await writeTree(dir, Object.fromEntries(texts.map((t, i) => [`${i}.md`, t])))
    const scratch = readScratch()
    for (const [i, text] of texts.entries()) {
      const read = readSmallFileSync(join(dir, `${i}.md`), 1_000_000, scratch)
      expect(read.kind === 'file' && read.bytes.toString('utf8')).toBe(text)
      expect(read.kind === 'file' && read.bytes.buffer).toBe(scratch.buffer.buffer)
    }
    expect(scratch.buffer.length).toBeGreaterThan(100_000)
  })
})
