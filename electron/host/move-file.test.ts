import { readdirSync, writeFileSync } from 'node:fs'
import { lstat, mkdir, readdir, readFile, readlink, symlink } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { ARCHIVE_FOLDER, createArchiver } from './archive'
import { createLimiter } from './concurrency'
import type * as heldFolder from './held-folder'
import { withHeldFolder } from './held-folder'
import { moveFilesGrouped, moveFilesWithoutReplacing } from './move-file'
import { makeTempFolder, writeTree } from './temp-folder.test-util'

// Passed through, counted: moves sharing their folders hold them once per chunk.
vi.mock('./held-folder', async (original) => {
  const real = await original<typeof heldFolder>()
  return { ...real, withHeldFolder: vi.fn(real.withHeldFolder) }
})

const there = (path: string): Promise<boolean> => lstat(path).then(() => true, () => false)

describe('moveFilesWithoutReplacing', () => {
  it('moves the others when one name is taken, the link as a link, telling each moved', async () => {
    const root = await makeTempFolder()
    await writeTree(root, { 'a/one.md': 'one', 'a/two.md': 'two', 'x/two.md': 'taken' })
    await symlink('one.md', join(root, 'a/three.md'))
    const moves = ['one.md', 'two.md', 'three.md'].map((name) => ({ from: join(root, 'a', name), to: join(root, 'x', name), display: name }))
    const told: string[] = []
    await expect(moveFilesWithoutReplacing(moves, { moved: (m) => told.push(m.display) })).rejects.toMatchObject({ code: 'exists', path: 'two.md' })
    expect(told).toEqual(['one.md', 'three.md'])
    expect(await readdir(join(root, 'a'))).toEqual(['two.md'])
    expect(await readFile(join(root, 'x/one.md'), 'utf8')).toBe('one')
    expect(await readFile(join(root, 'x/two.md'), 'utf8')).toBe('taken')
    expect(await readlink(join(root, 'x/three.md'))).toBe('one.md')
  })

  it('does nothing for no moves', async () => {
    await expect(moveFilesWithoutReplacing([])).resolves.toBeUndefined()
  })

  it('refuses moves that do not share their folders, moving nothing', async () => {
    const root = await makeTempFolder()
    await writeTree(root, { 'a/one.md': 'one', 'b/two.md': 'two', 'x/keep': '' })
    const moves = [
      { from: join(root, 'a/one.md'), to: join(root, 'x/one.md'), display: 'one.md' },
      { from: join(root, 'b/two.md'), to: join(root, 'x/two.md'), display: 'two.md' },
    ]
    await expect(moveFilesWithoutReplacing(moves)).rejects.toMatchObject({ code: 'bad-request' })
    expect(await readdir(join(root, 'x'))).toEqual(['keep'])
  })
})

describe('moveFilesGrouped', () => {
  it('moves every file of many folders, a large folder in several holds, telling each once', async () => {
    const root = await makeTempFolder()
    const files: Record<string, string> = { 'b/only.md': 'only' }
    for (let i = 0; i < 21; i++) files[`a/f${i}.md`] = `f${i}`
    await writeTree(root, files)
    await mkdir(join(root, 'x/a'), { recursive: true })
    await mkdir(join(root, 'x/b'))
    const moves = Object.keys(files).map((rel) => ({ from: join(root, rel), to: join(root, 'x', rel), display: rel }))
    const told: string[] = []
    vi.mocked(withHeldFolder).mockClear()
    await moveFilesGrouped(moves, createLimiter(4), { moved: (m) => told.push(m.display) })
    expect(told.sort()).toEqual(Object.keys(files).sort())
    expect(vi.mocked(withHeldFolder)).toHaveBeenCalledTimes(2 * (3 + 1)) // a: 21 files in 3 chunks; b: 1
    for (const [rel, text] of Object.entries(files)) {
      expect(await readFile(join(root, 'x', rel), 'utf8')).toBe(text)
      expect(await there(join(root, rel))).toBe(false)
    }
  })
})

describe('archive, moving by folder', () => {
  it('puts back exactly what was moved when a later name in the same folder is taken meanwhile', async () => {
    const root = await makeTempFolder()
    const config = await makeTempFolder()
    await writeTree(root, { 'a/one.md': 'one', 'a/two.md': 'two' })
    const archiver = createArchiver(join(config, 'archives'), () => undefined)
    const target = (rel: string) => ({ path: join(root, rel), realPath: join(root, rel) })
    const progress: number[] = []
    // After the first move, another process takes the second file's name in the archive folder.
    const taking = archiver.archive([target('a/one.md'), target('a/two.md')], new Date(), (done) => {
      progress.push(done)
      const [id] = readdirSync(join(root, 'a', ARCHIVE_FOLDER))
      if (done === 1) writeFileSync(join(root, 'a', ARCHIVE_FOLDER, id!, 'two.md'), 'theirs', { flag: 'wx' })
    })
    await expect(taking).rejects.toMatchObject({ code: 'exists' })
    expect(progress).toEqual([1])
    expect((await readdir(join(root, 'a'))).sort()).toEqual([ARCHIVE_FOLDER, 'one.md', 'two.md'])
    expect(await readFile(join(root, 'a/one.md'), 'utf8')).toBe('one')
    expect(await readFile(join(root, 'a/two.md'), 'utf8')).toBe('two')
    const [id] = await readdir(join(root, 'a', ARCHIVE_FOLDER))
    expect(await readdir(join(root, 'a', ARCHIVE_FOLDER, id!))).toEqual(['two.md']) // theirs, kept
  })

  it('archives and undoes many files of one folder, telling each file and folder once', async () => {
    const root = await makeTempFolder()
    const config = await makeTempFolder()
    const files: Record<string, string> = { 'b/only.md': 'only' }
    for (let i = 0; i < 19; i++) files[`a/f${i}.md`] = `f${i}`
    await writeTree(root, files)
    const archiver = createArchiver(join(config, 'archives'), () => undefined)
    const seen: string[] = []
    const targets = Object.keys(files).map((rel) => ({ path: join(root, rel), realPath: join(root, rel) }))
    const { archiveId } = await archiver.archive(targets, new Date(), (done, total) => seen.push(`${done}/${total}`))
    expect(seen).toEqual(Array.from({ length: 22 }, (_, i) => `${i + 1}/22`))
    expect((await readdir(join(root, 'a', ARCHIVE_FOLDER, archiveId))).length).toBe(20) // and the manifest
    seen.length = 0
    await archiver.undo(archiveId, (done, total) => seen.push(`${done}/${total}`))
    expect(seen).toEqual(Array.from({ length: 22 }, (_, i) => `${i + 1}/22`))
    for (const [rel, text] of Object.entries(files)) expect(await readFile(join(root, rel), 'utf8')).toBe(text)
    expect(await there(join(root, 'a', ARCHIVE_FOLDER))).toBe(false)
  })
})
