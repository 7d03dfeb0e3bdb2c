import { createHash } from 'node:crypto'
import { chmod, lstat, mkdir, readdir, readFile, stat, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { TEMP_FILE_PREFIX, writeFileAtomic } from './write-file'
import { makeTempFolder } from './temp-folder.test-util'

const sha = (text: string): string => createHash('sha256').update(Buffer.from(text, 'utf8')).digest('hex')

async function tempLeftovers(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((name) => name.startsWith(TEMP_FILE_PREFIX))
}

describe('writeFileAtomic', () => {
  it('creates a new file with the exact text and leaves no temp file', async () => {
    const dir = await makeTempFolder()
    const path = join(dir, 'merged.md')
    const text = '\uFEFF---\r\nname: x\r\n---\r\n# Emoji 🎉 and NBSP\u00a0\n'
    const result = await writeFileAtomic(path, text, { expectedHash: null })
    expect(await readFile(path, 'utf8')).toBe(text)
    expect(result).toEqual({ path, hash: sha(text) })
    expect(await tempLeftovers(dir)).toEqual([])
  })

  it('overwrites when the expected hash matches and keeps the file mode', async () => {
    const dir = await makeTempFolder()
    const path = join(dir, 'agent.md')
    await writeFile(path, 'old')
    await chmod(path, 0o640)
    await writeFileAtomic(path, 'new', { expectedHash: sha('old') })
    expect(await readFile(path, 'utf8')).toBe('new')
    expect((await stat(path)).mode & 0o777).toBe(0o640)
  })

  it('refuses with changed-on-disk when the content differs from the expected hash', async () => {
    const dir = await makeTempFolder()
    const path = join(dir, 'agent.md')
    await writeFile(path, 'edited elsewhere')
    await expect(writeFileAtomic(path, 'mine', { expectedHash: sha('what I read') })).rejects.toMatchObject({ code: 'changed-on-disk', path })
    expect(await readFile(path, 'utf8')).toBe('edited elsewhere')
    expect(await tempLeftovers(dir)).toEqual([])
  })

  it('refuses with changed-on-disk when the file was deleted since it was read', async () => {
    const dir = await makeTempFolder()
    await expect(writeFileAtomic(join(dir, 'gone.md'), 'x', { expectedHash: sha('x') })).rejects.toMatchObject({ code: 'changed-on-disk' })
  })

  it('refuses with exists when a new file is expected but one is there, unless forced', async () => {
    const dir = await makeTempFolder()
    const path = join(dir, 'agent.md')
    await writeFile(path, 'theirs')
    await expect(writeFileAtomic(path, 'mine', { expectedHash: null })).rejects.toMatchObject({ code: 'exists' })
    await writeFileAtomic(path, 'mine', { expectedHash: null, force: true })
    expect(await readFile(path, 'utf8')).toBe('mine')
  })

  it('names every reason of a refusal and the hash the file has now', async () => {
    const dir = await makeTempFolder()
    const path = join(dir, 'agent.md')
    await writeFile(path, 'theirs')
    await expect(writeFileAtomic(path, 'mine', { expectedHash: null })).rejects.toMatchObject({
      code: 'exists',
      refusal: { sourceFile: false, currentHash: sha('theirs'), changedOnDisk: false },
    })
    await expect(writeFileAtomic(path, 'mine', { expectedHash: sha('read') })).rejects.toMatchObject({
      code: 'changed-on-disk',
      refusal: { sourceFile: false, currentHash: sha('theirs'), changedOnDisk: true },
    })
    await expect(writeFileAtomic(join(dir, 'gone.md'), 'mine', { expectedHash: sha('read') })).rejects.toMatchObject({
      code: 'changed-on-disk',
      refusal: { sourceFile: false, currentHash: null, changedOnDisk: true },
    })
    // The hash it reported allows exactly that file.
    await writeFileAtomic(path, 'mine', { expectedHash: sha('theirs') })
    expect(await readFile(path, 'utf8')).toBe('mine')
  })

  it("refuses a protected source file with 'source-file' first, with the other reasons, even forced", async () => {
    const dir = await makeTempFolder()
    const path = join(dir, 'agent.md')
    await writeFile(path, 'as read')
    const asRead = { sourceReadHash: sha('as read') }
    const unchanged = { sourceFile: true, currentHash: sha('as read'), changedOnDisk: false }
    // A new-file save onto it: 'source-file', not 'exists'.
    await expect(writeFileAtomic(path, 'x', { expectedHash: null, ...asRead })).rejects.toMatchObject({ code: 'source-file', refusal: unchanged })
    await expect(writeFileAtomic(path, 'x', { expectedHash: sha('as read'), ...asRead })).rejects.toMatchObject({ code: 'source-file', refusal: unchanged })
    await expect(writeFileAtomic(path, 'x', { expectedHash: null, force: true, ...asRead })).rejects.toMatchObject({ code: 'source-file' })
    await writeFile(path, 'edited elsewhere')
    const changed = { sourceFile: true, currentHash: sha('edited elsewhere'), changedOnDisk: true }
    await expect(writeFileAtomic(path, 'x', { expectedHash: null, ...asRead })).rejects.toMatchObject({ code: 'source-file', refusal: changed })
    await expect(writeFileAtomic(path, 'x', { expectedHash: sha('as read'), ...asRead })).rejects.toMatchObject({ code: 'source-file', refusal: changed })
    expect(await readFile(path, 'utf8')).toBe('edited elsewhere')
    expect(await tempLeftovers(dir)).toEqual([])
    // Gone: nothing to protect, a new file may be created.
    await writeFileAtomic(join(dir, 'new.md'), 'x', { expectedHash: null, ...asRead })
  })

  it('writes through a symlink to the real file instead of replacing the link', async () => {
    const dir = await makeTempFolder()
    await writeFile(join(dir, 'real.md'), 'a')
    await symlink(join(dir, 'real.md'), join(dir, 'link.md'))
    await writeFileAtomic(join(dir, 'link.md'), 'b', { expectedHash: sha('a') })
    expect(await readFile(join(dir, 'real.md'), 'utf8')).toBe('b')
    expect((await lstat(join(dir, 'link.md'))).isSymbolicLink()).toBe(true)
  })

  it('refuses a folder as the target (io-error, no temp file)', async () => {
    const dir = await makeTempFolder()
    const target = join(dir, 'folder.md')
    await mkdir(target) // a folder where the file should go
    await expect(writeFileAtomic(target, 'x', { expectedHash: null, force: true })).rejects.toMatchObject({ code: 'io-error' })
    expect(await tempLeftovers(dir)).toEqual([])
  })

  it('reports a missing parent folder as not-found', async () => {
    const dir = await makeTempFolder()
    await expect(writeFileAtomic(join(dir, 'nope', 'a.md'), 'x', { expectedHash: null })).rejects.toMatchObject({ code: 'not-found' })
  })
})
