import { symlink } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { keptLinkToArchived } from './kept-links'
import { makeTempFolder, writeTree } from './temp-folder.test-util'

describe('keptLinkToArchived', () => {
  it('finds a kept link to, or through, an archived member; a file or a link elsewhere is fine', async () => {
    const root = await makeTempFolder()
    await writeTree(root, { 'a/helper.md': 'a', 'b/helper.md': 'b', 'c/other.md': 'c' })
    await symlink('../a/helper.md', join(root, 'b/link.md'))
    await symlink('../b/link.md', join(root, 'c/chain.md'))
    await symlink('other.md', join(root, 'c/elsewhere.md'))
    const t = (rel: string) => ({ path: rel, realPath: join(root, rel) })
    expect(await keptLinkToArchived([t('b/link.md')], [t('a/helper.md'), t('b/helper.md')])).toEqual({ kept: t('b/link.md'), target: t('a/helper.md') })
    // The first archived entry on the way is named: the kept link leads through it.
    expect(await keptLinkToArchived([t('c/chain.md')], [t('a/helper.md'), t('b/link.md')])).toEqual({ kept: t('c/chain.md'), target: t('b/link.md') })
    expect(await keptLinkToArchived([t('c/chain.md')], [t('a/helper.md')])).toEqual({ kept: t('c/chain.md'), target: t('a/helper.md') })
    expect(await keptLinkToArchived([t('a/helper.md')], [t('b/link.md'), t('b/helper.md')])).toBeNull()
    expect(await keptLinkToArchived([t('c/elsewhere.md')], [t('a/helper.md')])).toBeNull()
  })
})
