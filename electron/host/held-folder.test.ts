import { mkdir, readdir, rename, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { holdFolder } from './held-folder'
import { makeTempFolder } from './temp-folder.test-util'

describe('holdFolder', () => {
  it('refuses a folder that is a link now where its real path was checked', async () => {
    const root = await makeTempFolder()
    const outside = await makeTempFolder()
    await symlink(outside, join(root, 'sub')) // "checked" as root/sub, now a link
    await expect(holdFolder(join(root, 'sub'), join(root, 'sub', 'a.md'))).rejects.toMatchObject({ code: 'io-error', message: expect.stringContaining('changed while in use') })
  })

  it('keeps reaching the folder it opened after the folder is renamed and a link put in its place', async () => {
    const root = await makeTempFolder()
    const outside = await makeTempFolder()
    await mkdir(join(root, 'sub'))
    const folder = await holdFolder(join(root, 'sub'), 'a.md')
    try {
      await rename(join(root, 'sub'), join(root, 'sub.old'))
      await symlink(outside, join(root, 'sub'))
      await folder.checkUnmoved().catch(() => undefined) // the path-based fallback refuses here instead
      if (process.platform === 'linux') {
        await writeFile(folder.entry('a.md'), 'x')
        expect(await readdir(join(root, 'sub.old'))).toEqual(['a.md'])
      }
      expect(await readdir(outside)).toEqual([])
    } finally {
      await folder.close()
    }
  })

  it('without handle paths (other systems) refuses at the check before a step once the folder was swapped', async () => {
    const root = await makeTempFolder()
    const outside = await makeTempFolder()
    await mkdir(join(root, 'sub'))
    const folder = await holdFolder(join(root, 'sub'), 'a.md', { fdPaths: false })
    try {
      await folder.checkUnmoved() // unchanged: passes
      expect(folder.entry('a.md')).toBe(join(root, 'sub', 'a.md'))
      await rename(join(root, 'sub'), join(root, 'sub.old'))
      await symlink(outside, join(root, 'sub'))
      await expect(folder.checkUnmoved()).rejects.toMatchObject({ code: 'io-error', message: expect.stringContaining('changed while in use') })
    } finally {
      await folder.close()
    }
  })
})
