import { access, lstat, readFile, readdir, readlink, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ARCHIVE_FOLDER, createArchiver, MANIFEST_FILE } from './archive'
import { moveFilesWithoutReplacing } from './move-file'
import { makeTempFolder, writeTree } from './temp-folder.test-util'

const gone = (path: string): Promise<boolean> => access(path).then(() => false, () => true)

async function setup() {
  const root = await makeTempFolder()
  const config = await makeTempFolder()
  await writeTree(root, { 'a/one.md': 'one', 'a/two.md': 'two', 'b/three.md': 'three' })
  const warnings: string[] = []
  const archiver = createArchiver(join(config, 'archives'), (m) => warnings.push(m))
  const target = (rel: string) => ({ path: join(root, rel), realPath: join(root, rel) })
  return { root, config, archiver, target, warnings }
}

describe('archive', () => {
  it('moves files into .agent-merge-archive/<id>/ beside them with a manifest, and undo moves them back', async () => {
    const { root, archiver, target } = await setup()
    const result = await archiver.archive([target('a/one.md'), target('b/three.md')], new Date('2026-11-21T05:10:00.123Z'))
    expect(result.archiveId).toMatch(/^20261121T051000123Z-[0-9a-f]{6}$/)
    expect(result.moved).toEqual([
      { from: join(root, 'a/one.md'), to: join(root, 'a', ARCHIVE_FOLDER, result.archiveId, 'one.md') },
      { from: join(root, 'b/three.md'), to: join(root, 'b', ARCHIVE_FOLDER, result.archiveId, 'three.md') },
    ])
    expect(await gone(join(root, 'a/one.md'))).toBe(true)
    expect(await readFile(result.moved[0]!.to, 'utf8')).toBe('one')
    // Each archive folder's manifest lists what was moved into it, and only that.
    for (const [folder, file] of [['a', 'one.md'], ['b', 'three.md']]) {
      const manifest = JSON.parse(await readFile(join(root, folder!, ARCHIVE_FOLDER, result.archiveId, MANIFEST_FILE), 'utf8'))
      expect(manifest).toMatchObject({ id: result.archiveId, moved: [{ from: join(root, folder!, file!), to: join(root, folder!, ARCHIVE_FOLDER, result.archiveId, file!) }] })
      expect(manifest.moved).toHaveLength(1)
    }

    await archiver.undo(result.archiveId)
    expect(await readFile(join(root, 'a/one.md'), 'utf8')).toBe('one')
    expect(await readFile(join(root, 'b/three.md'), 'utf8')).toBe('three')
    expect(await gone(join(root, 'a', ARCHIVE_FOLDER))).toBe(true)
    await expect(archiver.undo(result.archiveId)).rejects.toMatchObject({ code: 'not-found' })
  })

  it('refuses to undo when an original path is taken again, and changes nothing', async () => {
    const { root, archiver, target } = await setup()
    const result = await archiver.archive([target('a/one.md'), target('a/two.md')], new Date())
    await writeFile(join(root, 'a/two.md'), 'a new file with the old name')
    await expect(archiver.undo(result.archiveId)).rejects.toMatchObject({ code: 'exists', message: expect.stringContaining('two.md') })
    expect(await readFile(join(root, 'a/two.md'), 'utf8')).toBe('a new file with the old name')
    expect(await gone(join(root, 'a/one.md'))).toBe(true)
    expect((await readdir(join(root, 'a', ARCHIVE_FOLDER, result.archiveId))).sort()).toEqual([MANIFEST_FILE, 'one.md', 'two.md'])
  })

  it('survives a restart: a new archiver finds the archive by id', async () => {
    const { root, config, archiver, target } = await setup()
    const result = await archiver.archive([target('a/one.md')], new Date())
    const later = createArchiver(join(config, 'archives'), () => undefined)
    await later.undo(result.archiveId)
    expect(await readFile(join(root, 'a/one.md'), 'utf8')).toBe('one')
  })

  it('rejects ids that are not archive ids (no path injection)', async () => {
    const { archiver } = await setup()
    await expect(archiver.undo('../../etc/passwd')).rejects.toMatchObject({ code: 'bad-request' })
  })

  it('refuses folders and an empty list', async () => {
    const { root, archiver } = await setup()
    await expect(archiver.archive([{ path: join(root, 'a'), realPath: join(root, 'a') }], new Date())).rejects.toMatchObject({ code: 'bad-request' })
    await expect(archiver.archive([], new Date())).rejects.toMatchObject({ code: 'bad-request' })
  })

  it('refuses an archive folder that is a link to elsewhere, and moves nothing', async () => {
    const { root, archiver, target } = await setup()
    const outside = await makeTempFolder()
    await symlink(outside, join(root, 'a', ARCHIVE_FOLDER))
    await expect(archiver.archive([target('a/one.md')], new Date())).rejects.toMatchObject({ code: 'io-error' })
    expect(await readFile(join(root, 'a/one.md'), 'utf8')).toBe('one')
    expect(await readdir(outside)).toEqual([])
  })

  it('an archive folder that cannot be made in one folder: the others are put back and their archive folders removed', async () => {
    const { root, archiver, target } = await setup()
    await writeFile(join(root, 'b', ARCHIVE_FOLDER), 'a file where the archive folder goes')
    await expect(archiver.archive([target('a/one.md'), target('a/two.md'), target('b/three.md')], new Date())).rejects.toMatchObject({ code: 'io-error' })
    expect((await readdir(join(root, 'a'))).sort()).toEqual(['one.md', 'two.md'])
    expect((await readdir(join(root, 'b'))).sort()).toEqual([ARCHIVE_FOLDER, 'three.md'])
  })

  it('an archive that fails at its last step puts the files back and leaves no archive folder behind', async () => {
    const { root, config, target } = await setup()
    // The registry cannot be made: a file is where its folder would go.
    await writeFile(join(config, 'blocked'), 'a file')
    const archiver = createArchiver(join(config, 'blocked', 'archives'), () => undefined)
    await expect(archiver.archive([target('a/one.md'), target('b/three.md')], new Date())).rejects.toThrow()
    expect((await readdir(join(root, 'a'))).sort()).toEqual(['one.md', 'two.md'])
    expect(await readdir(join(root, 'b'))).toEqual(['three.md'])
    expect(await readFile(join(root, 'a/one.md'), 'utf8')).toBe('one')
  })

  it('archives a link to a file as the link (not its target), and undo puts it back as that link', async () => {
    const { root, archiver, target } = await setup()
    await symlink('../a/one.md', join(root, 'b/link.md'))
    const result = await archiver.archive([target('a/one.md'), target('b/link.md')], new Date())
    expect(result.moved.map((m) => m.from)).toEqual([join(root, 'a/one.md'), join(root, 'b/link.md')])
    expect(await lstat(join(root, 'b/link.md')).catch(() => null)).toBeNull()
    const archived = join(root, 'b', ARCHIVE_FOLDER, result.archiveId, 'link.md')
    expect((await lstat(archived)).isSymbolicLink()).toBe(true)
    expect(await readlink(archived)).toBe('../a/one.md')

    await archiver.undo(result.archiveId)
    expect((await lstat(join(root, 'b/link.md'))).isSymbolicLink()).toBe(true)
    expect(await readlink(join(root, 'b/link.md'))).toBe('../a/one.md')
    expect((await lstat(join(root, 'a/one.md'))).isFile()).toBe(true)
    expect(await readFile(join(root, 'b/link.md'), 'utf8')).toBe('one')
    expect(await gone(join(root, 'b', ARCHIVE_FOLDER))).toBe(true)
  })

  it('never replaces a link or a file at the target name when moving a link', async () => {
    const { root } = await setup()
    await symlink('one.md', join(root, 'a/link.md'))
    await expect(moveFilesWithoutReplacing([{ from: join(root, 'a/link.md'), to: join(root, 'a/two.md'), display: 'two.md' }])).rejects.toMatchObject({ code: 'exists' })
    expect(await readlink(join(root, 'a/link.md'))).toBe('one.md')
    expect(await readFile(join(root, 'a/two.md'), 'utf8')).toBe('two')
  })

  it('never replaces a file at the target name when moving', async () => {
    const { root } = await setup()
    await expect(moveFilesWithoutReplacing([{ from: join(root, 'a/one.md'), to: join(root, 'a/two.md'), display: 'two.md' }])).rejects.toMatchObject({ code: 'exists' })
    expect(await readFile(join(root, 'a/one.md'), 'utf8')).toBe('one')
    expect(await readFile(join(root, 'a/two.md'), 'utf8')).toBe('two')
    await moveFilesWithoutReplacing([{ from: join(root, 'a/one.md'), to: join(root, 'b/one.md'), display: 'one.md' }])
    expect(await gone(join(root, 'a/one.md'))).toBe(true)
    expect(await readFile(join(root, 'b/one.md'), 'utf8')).toBe('one')
  })
})
