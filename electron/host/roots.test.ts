import { mkdir, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createRoots } from './roots'
import { makeTempFolder } from './temp-folder.test-util'

async function setup() {
  const base = await makeTempFolder()
  const inside = join(base, 'opened')
  const outside = join(base, 'secret')
  await mkdir(join(inside, 'sub'), { recursive: true })
  await mkdir(outside)
  await writeFile(join(inside, 'sub', 'a.md'), 'a')
  await writeFile(join(outside, 'passwd.md'), 'secret')
  await symlink(outside, join(inside, 'out-link'))
  await symlink(join(outside, 'passwd.md'), join(inside, 'out-file.md'))
  await symlink(join(inside, 'sub'), join(inside, 'in-link'))
  const roots = createRoots()
  await roots.add(inside)
  return { base, inside, outside, roots }
}

describe('resolveInsideRoots', () => {
  it('accepts a file inside an opened folder, also through an inward symlink', async () => {
    const { inside, roots } = await setup()
    await expect(roots.resolveInsideRoots(join(inside, 'sub', 'a.md'))).resolves.toMatchObject({ exists: true })
    await expect(roots.resolveInsideRoots(join(inside, 'in-link', 'a.md'))).resolves.toMatchObject({ realPath: expect.stringContaining('sub') })
  })

  it('refuses ".." segments even when they would land inside', async () => {
    const { inside, outside, roots } = await setup()
    await expect(roots.resolveInsideRoots(`${inside}/../secret/passwd.md`)).rejects.toMatchObject({ code: 'outside-roots' })
    await expect(roots.resolveInsideRoots(`${inside}/sub/../sub/a.md`)).rejects.toMatchObject({ code: 'outside-roots' })
    void outside
  })

  it('refuses encoded traversal', async () => {
    const { inside, roots } = await setup()
    await expect(roots.resolveInsideRoots(`${inside}/%2e%2e/secret/passwd.md`)).rejects.toMatchObject({ code: 'outside-roots' })
    await expect(roots.resolveInsideRoots(`${inside}/..%2fsecret/passwd.md`)).rejects.toMatchObject({ code: 'outside-roots' })
    await expect(roots.resolveInsideRoots(`${inside}/%252e%252e/x.md`)).rejects.toMatchObject({ code: 'outside-roots' })
  })

  it('refuses absolute paths elsewhere and symlinks that lead outside', async () => {
    const { inside, outside, roots } = await setup()
    await expect(roots.resolveInsideRoots(join(outside, 'passwd.md'))).rejects.toMatchObject({ code: 'outside-roots' })
    await expect(roots.resolveInsideRoots('/etc/passwd')).rejects.toMatchObject({ code: 'outside-roots' })
    await expect(roots.resolveInsideRoots(join(inside, 'out-link', 'passwd.md'))).rejects.toMatchObject({ code: 'outside-roots' })
    await expect(roots.resolveInsideRoots(join(inside, 'out-file.md'))).rejects.toMatchObject({ code: 'outside-roots' })
  })

  it('refuses relative paths and NUL bytes as bad requests', async () => {
    const { roots } = await setup()
    await expect(roots.resolveInsideRoots('sub/a.md')).rejects.toMatchObject({ code: 'bad-request' })
    await expect(roots.resolveInsideRoots('/tmp/a\0.md')).rejects.toMatchObject({ code: 'bad-request' })
  })

  it('checks a file that does not exist yet through its parent folder', async () => {
    const { inside, roots } = await setup()
    await expect(roots.resolveInsideRoots(join(inside, 'sub', 'new.md'), { forNewFile: true })).resolves.toMatchObject({ exists: false })
    await expect(roots.resolveInsideRoots(join(inside, 'sub', 'new.md'))).rejects.toMatchObject({ code: 'not-found' })
    await expect(roots.resolveInsideRoots(join(inside, 'out-link', 'new.md'), { forNewFile: true })).rejects.toMatchObject({ code: 'outside-roots' })
    await expect(roots.resolveInsideRoots(join(inside, 'nofolder', 'new.md'), { forNewFile: true })).rejects.toMatchObject({ code: 'not-found' })
  })

  it('a file root allows only itself, and new files beside it', async () => {
    const { inside } = await setup()
    const roots = createRoots()
    await roots.add(join(inside, 'sub', 'a.md'))
    await writeFile(join(inside, 'sub', 'b.md'), 'b')
    await expect(roots.resolveInsideRoots(join(inside, 'sub', 'a.md'))).resolves.toMatchObject({ root: { kind: 'file' } })
    await expect(roots.resolveInsideRoots(join(inside, 'sub', 'b.md'))).rejects.toMatchObject({ code: 'outside-roots' })
    await expect(roots.resolveInsideRoots(join(inside, 'sub', 'merged.md'), { forNewFile: true })).resolves.toMatchObject({ exists: false })
  })

  it('resolves an entry itself when asked: a link at the end not followed, and inside the roots too', async () => {
    const { inside, outside, roots } = await setup()
    await symlink('a.md', join(inside, 'sub', 'link.md'))
    await symlink(join(inside, 'sub', 'a.md'), join(outside, 'back.md'))
    await expect(roots.resolveInsideRoots(join(inside, 'sub', 'link.md'))).resolves.toMatchObject({ realPath: join(inside, 'sub', 'a.md') })
    await expect(roots.resolveInsideRoots(join(inside, 'sub', 'link.md'), { entry: true })).resolves.toMatchObject({ realPath: join(inside, 'sub', 'link.md'), exists: true })
    await expect(roots.resolveInsideRoots(join(inside, 'in-link', 'link.md'), { entry: true })).resolves.toMatchObject({ realPath: join(inside, 'sub', 'link.md') })
    // Where it leads is inside, but the entry is not (reached through a folder link to outside).
    await expect(roots.resolveInsideRoots(join(inside, 'out-link', 'back.md'))).resolves.toMatchObject({ realPath: join(inside, 'sub', 'a.md') })
    await expect(roots.resolveInsideRoots(join(inside, 'out-link', 'back.md'), { entry: true })).rejects.toMatchObject({ code: 'outside-roots' })
    // And a link inside that leads outside stays refused.
    await expect(roots.resolveInsideRoots(join(inside, 'out-file.md'), { entry: true })).rejects.toMatchObject({ code: 'outside-roots' })
  })

  it('a file root opened by a link is its own entry', async () => {
    const { inside } = await setup()
    await symlink('a.md', join(inside, 'sub', 'link.md'))
    const roots = createRoots()
    await roots.add(join(inside, 'sub', 'link.md'))
    await expect(roots.resolveInsideRoots(join(inside, 'sub', 'link.md'), { entry: true })).resolves.toMatchObject({ realPath: join(inside, 'sub', 'link.md') })
  })

  it('refuses to add a root that does not exist', async () => {
    const roots = createRoots()
    await expect(roots.add('/definitely/not/here')).rejects.toMatchObject({ code: 'not-found' })
  })
})
