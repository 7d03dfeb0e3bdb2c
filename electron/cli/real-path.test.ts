import { mkdir, realpath, symlink } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { makeTempFolder } from '../host/temp-folder.test-util'
import { realPathOf, realPathOrSelf } from './real-path'

/** A real folder `real/sub` and a link `link` to `real`, under a temp folder's real path. */
async function tree(): Promise<{ base: string; real: string }> {
  const base = await realpath(await makeTempFolder())
  const real = join(base, 'real')
  await mkdir(join(real, 'sub'), { recursive: true })
  await symlink(real, join(base, 'link'))
  return { base, real }
}

describe('realPathOrSelf', () => {
  it('follows a link, and gives a missing path back as it was named', async () => {
    const { base, real } = await tree()
    expect(await realPathOrSelf(join(base, 'link', 'sub'))).toBe(join(real, 'sub'))
    expect(await realPathOrSelf(join(base, 'link', 'new', 'out'))).toBe(join(base, 'link', 'new', 'out'))
  })
})

describe('realPathOf', () => {
  it('follows a link, and resolves a missing path by its nearest existing folder', async () => {
    const { base, real } = await tree()
    expect(await realPathOf(join(base, 'link', 'sub'))).toBe(join(real, 'sub'))
    expect(await realPathOf(join(base, 'link', 'new', 'out'))).toBe(join(real, 'new', 'out'))
  })
})
