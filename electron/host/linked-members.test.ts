// A group holding a file and a symbolic link to it, resolved in the app: as a step of the
// folder's history (applyFolderStep) or as a session archive (applyResolution). The link is
// archived as itself, a file written at its path is a file of its own, and undo puts the link
// back as that link.

import { createHash } from 'node:crypto'
import { lstat, readFile, symlink } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import type { HostService } from './host-service'
import { serviceOnTree, snapshotTree } from './service-on-tree.test-util'

const sha = (text: string): string => createHash('sha256').update(text).digest('hex')

const A = '---\nname: helper\n---\nA\n'
const B = '---\nname: helper\n---\nB\n'

const kind = async (path: string): Promise<'file' | 'link' | 'none'> => {
  const info = await lstat(path).catch(() => null)
  return info === null ? 'none' : info.isSymbolicLink() ? 'link' : 'file'
}

type Step = { archive: { path: string; expectedHash: string }[]; write: { path: string; text: string }[]; keep?: string[] }

/** The step both ways the app writes one: in the folder's history, and as a session archive. */
const WAYS: readonly [string, (service: HostService, root: string, step: Step) => Promise<() => Promise<void>>][] = [
  ['folder step', async (service, root, step) => {
    const { id } = await service.applyFolderStep(root, { label: 'step', decisions: [], ...step })
    return () => service.undoFolderStep(root, id)
  }],
  ['session archive', async (service, _root, step) => {
    const { archiveId } = await service.applyResolution(step)
    return () => service.undoArchive(archiveId)
  }],
]

describe.each(WAYS)('a file and a link to it, resolved as a %s', (_way, apply) => {
  /** x/helper.md, y/helper.md and w/link.md -> ../x/helper.md, opened. */
  async function linked() {
    const tree = await serviceOnTree({ 'x/helper.md': A, 'y/helper.md': B, 'w/keep.txt': '' })
    await symlink('../x/helper.md', tree.at('w/link.md'))
    return { ...tree, before: await snapshotTree(tree.root) }
  }
  const all = (at: (rel: string) => string) => [
    { path: at('x/helper.md'), expectedHash: sha(A) },
    { path: at('y/helper.md'), expectedHash: sha(B) },
    { path: at('w/link.md'), expectedHash: sha(A) },
  ]

  it('merged into the link: a file of its own where the link was, the link and its target archived', async () => {
    const { root, service, at, before } = await linked()
    const undo = await apply(service, root, { archive: all(at), write: [{ path: at('w/link.md'), text: 'merged\n' }] })
    expect(await kind(at('w/link.md'))).toBe('file')
    expect(await readFile(at('w/link.md'), 'utf8')).toBe('merged\n')
    expect(await kind(at('x/helper.md'))).toBe('none')
    await undo()
    expect(await snapshotTree(root)).toEqual(before)
    expect(await kind(at('w/link.md'))).toBe('link')
  })

  it('merged into the target: the link is archived, not left leading to the merged file', async () => {
    const { root, service, at, before } = await linked()
    const undo = await apply(service, root, { archive: all(at), write: [{ path: at('x/helper.md'), text: 'merged\n' }] })
    expect(await kind(at('w/link.md'))).toBe('none')
    expect(await readFile(at('x/helper.md'), 'utf8')).toBe('merged\n')
    await undo()
    expect(await snapshotTree(root)).toEqual(before)
  })

  it('renamed: the link gets a file of its own; its target is archived as it was, not written through', async () => {
    const { root, service, at, before } = await linked()
    const undo = await apply(service, root, {
      archive: all(at),
      write: [
        { path: at('x/helper-x.md'), text: 'X\n' },
        { path: at('y/helper-y.md'), text: 'Y\n' },
        { path: at('w/link.md'), text: 'L\n' },
      ],
    })
    expect(await kind(at('w/link.md'))).toBe('file')
    expect(await readFile(at('w/link.md'), 'utf8')).toBe('L\n')
    expect(await readFile(at('x/helper-x.md'), 'utf8')).toBe('X\n')
    expect(await kind(at('x/helper.md'))).toBe('none')
    await undo()
    expect(await snapshotTree(root)).toEqual(before)
  })
  it('a write that fails puts every entry back, the link as the link', async () => {
    const { root, service, at, before } = await linked()
    const write = [{ path: at('w/link.md'), text: 'merged\n' }, { path: at('w/keep.txt'), text: 'over a file that stays' }]
    await expect(apply(service, root, { archive: all(at), write })).rejects.toMatchObject({ code: 'exists' })
    expect(await snapshotTree(root)).toEqual(before)
    expect(await kind(at('w/link.md'))).toBe('link')
  })

  it('keeping the link while its target is archived is refused, naming both; nothing changes', async () => {
    const { root, service, at, before } = await linked()
    const archive = all(at).filter((a) => a.path !== at('w/link.md'))
    await expect(apply(service, root, { archive, write: [], keep: [at('w/link.md')] })).rejects.toMatchObject({
      code: 'bad-request',
      path: at('w/link.md'),
      message: expect.stringContaining(`is a link to ${at('x/helper.md')}, which would be archived`),
    })
    expect(await snapshotTree(root)).toEqual(before)
  })

  it('keeping the target archives the link', async () => {
    const { root, service, at, before } = await linked()
    const archive = all(at).filter((a) => a.path !== at('x/helper.md'))
    const undo = await apply(service, root, { archive, write: [], keep: [at('x/helper.md')] })
    expect(await kind(at('w/link.md'))).toBe('none')
    expect(await readFile(at('x/helper.md'), 'utf8')).toBe(A)
    await undo()
    expect(await snapshotTree(root)).toEqual(before)
  })
})

describe('archiveFiles', () => {
  it('archives a link as the link', async () => {
    const { root, service, at } = await serviceOnTree({ 'x/helper.md': A, 'y/helper.md': B })
    await symlink('../x/helper.md', at('y/link.md'))
    const before = await snapshotTree(root)
    const result = await service.archiveFiles([at('y/link.md')], [])
    expect(await kind(at('y/link.md'))).toBe('none')
    expect(await readFile(at('x/helper.md'), 'utf8')).toBe(A)
    await service.undoArchive(result.archiveId)
    expect(await snapshotTree(root)).toEqual(before)
  })

  it('refuses to archive the file a kept link leads to (a merge saved through the link), naming both', async () => {
    const { root, service, at } = await serviceOnTree({ 'x/helper.md': A, 'y/helper.md': B })
    await symlink('../x/helper.md', at('y/link.md'))
    const before = await snapshotTree(root)
    await expect(service.archiveFiles([at('x/helper.md'), at('y/helper.md')], [at('y/link.md')])).rejects.toMatchObject({ code: 'bad-request', path: at('y/link.md') })
    expect(await snapshotTree(root)).toEqual(before)
    await service.undoArchive((await service.archiveFiles([at('y/helper.md')], [at('y/link.md')])).archiveId)
    expect(await snapshotTree(root)).toEqual(before)
  })
})
