import { createHash } from 'node:crypto'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { serviceOnTree, snapshotTree, stepCounts } from './service-on-tree.test-util'
import { makeTempFolder } from './temp-folder.test-util'

const sha = (text: string): string => createHash('sha256').update(text).digest('hex')

const TREE = {
  'x/backend-architect.md': '---\nname: backend-architect\n---\nA\n',
  'y/backend-architect.md': '---\nname: backend-architect\n---\nB\r\n',
  'z/other.md': 'other',
}

const setup = () => serviceOnTree(TREE)

const snapshot = snapshotTree

describe('applyResolution', () => {
  it('archives the variants, writes the merged file at the base path, and one undo restores the tree byte for byte', async () => {
    const { root, service, at } = await setup()
    const before = await snapshot(root)
    const result = await service.applyResolution({
      archive: [
        { path: at('x/backend-architect.md'), expectedHash: sha(TREE['x/backend-architect.md']) },
        { path: at('y/backend-architect.md'), expectedHash: sha(TREE['y/backend-architect.md']) },
      ],
      write: [{ path: at('x/backend-architect.md'), text: 'merged\n' }],
    })
    expect(result.written).toEqual([{ path: at('x/backend-architect.md'), hash: sha('merged\n') }])
    expect(result.moved).toHaveLength(2)
    expect(await readFile(at('x/backend-architect.md'), 'utf8')).toBe('merged\n')
    expect((await service.rescan()).files.map((f) => f.relPath)).toEqual(['x/backend-architect.md', 'z/other.md'])

    await service.undoArchive(result.archiveId)
    expect(await snapshot(root)).toEqual(before)
  })

  it('tells the app how much of the step is done, for the step and its undo', async () => {
    const { service, at } = await setup()
    let id = ''
    const apply = async () => {
      id = (
        await service.applyResolution({
          archive: [
            { path: at('x/backend-architect.md'), expectedHash: sha(TREE['x/backend-architect.md']) },
            { path: at('y/backend-architect.md'), expectedHash: sha(TREE['y/backend-architect.md']) },
          ],
          write: [{ path: at('x/backend-architect.md'), text: 'merged\n' }],
        })
      ).archiveId
    }
    // Two files archived, a manifest in each of their two folders, one file written.
    expect(await stepCounts(service, apply)).toEqual({ first: [1, 5], last: [5, 5], rising: true })
    // The written file removed, two files moved back, their two archive folders removed.
    expect(await stepCounts(service, () => service.undoArchive(id))).toEqual({ first: [1, 5], last: [5, 5], rising: true })
  })

  it('refuses a file that changed since it was read, and changes nothing', async () => {
    const { root, service, at } = await setup()
    const before = await snapshot(root)
    await expect(
      service.applyResolution({
        archive: [
          { path: at('x/backend-architect.md'), expectedHash: sha(TREE['x/backend-architect.md']) },
          { path: at('y/backend-architect.md'), expectedHash: sha('what the app read earlier') },
        ],
        write: [],
      }),
    ).rejects.toMatchObject({ code: 'changed-on-disk', path: at('y/backend-architect.md') })
    expect(await snapshot(root)).toEqual(before)
  })

  it('a write onto a file that stays refuses the whole step and puts the archive back', async () => {
    const { root, service, at } = await setup()
    const before = await snapshot(root)
    await expect(
      service.applyResolution({
        archive: [{ path: at('y/backend-architect.md'), expectedHash: sha(TREE['y/backend-architect.md']) }],
        write: [
          { path: at('y/api-backend-architect.md'), text: 'renamed' },
          { path: at('z/other.md'), text: 'over another file' },
        ],
      }),
    ).rejects.toMatchObject({ code: 'exists' })
    expect(await snapshot(root)).toEqual(before)
  })

  it('undo refuses while a written file was edited since, and then changes nothing', async () => {
    const { root, service, at } = await setup()
    const result = await service.applyResolution({
      archive: [{ path: at('y/backend-architect.md'), expectedHash: sha(TREE['y/backend-architect.md']) }],
      write: [{ path: at('y/api-backend-architect.md'), text: '---\nname: api-backend-architect\n---\nB\r\n' }],
    })
    await writeFile(at('y/api-backend-architect.md'), 'edited by the user')
    const edited = await snapshot(root)
    await expect(service.undoArchive(result.archiveId)).rejects.toMatchObject({ code: 'changed-on-disk' })
    expect(await snapshot(root)).toEqual(edited)
  })

  it('refuses paths outside the opened folders before touching anything', async () => {
    const { root, service, at } = await setup()
    const before = await snapshot(root)
    const elsewhere = join(await makeTempFolder(), 'x.md')
    await expect(
      service.applyResolution({
        archive: [{ path: at('z/other.md'), expectedHash: sha('other') }],
        write: [{ path: elsewhere, text: 'x' }],
      }),
    ).rejects.toMatchObject({ code: 'outside-roots' })
    expect(await snapshot(root)).toEqual(before)
  })

  it('call() validates the request', async () => {
    const { service, at } = await setup()
    expect(await service.call('applyResolution', [{ archive: [], write: [] }])).toMatchObject({ ok: false, error: { code: 'bad-request' } })
    expect(await service.call('applyResolution', [{ archive: [{ path: at('z/other.md'), expectedHash: 'nope' }], write: [] }])).toMatchObject({
      ok: false,
      error: { code: 'bad-request', message: expect.stringContaining('expectedHash') },
    })
    expect(await service.call('applyResolution', [{ archive: [{ path: at('z/other.md'), expectedHash: sha('other') }], write: [{ path: at('n.md') }] }])).toMatchObject({
      ok: false,
      error: { code: 'bad-request' },
    })
  })
})

describe('decisions', () => {
  it('are written to .agent-merge/recipes/, read back, deleted, and never listed as agent files', async () => {
    const { root, service } = await setup()
    expect(await service.readDecisions(root)).toEqual([])
    await service.writeDecisions(root, [{ name: 'backend-architect.json', text: '{"a":1}\n' }])
    expect(await readFile(join(root, '.agent-merge', 'recipes', 'backend-architect.json'), 'utf8')).toBe('{"a":1}\n')
    expect(await service.readDecisions(root)).toEqual([{ name: 'backend-architect.json', text: '{"a":1}\n' }])
    expect((await service.rescan()).files.map((f) => f.relPath)).toEqual(['x/backend-architect.md', 'y/backend-architect.md', 'z/other.md'])
    await service.writeDecisions(root, [{ name: 'backend-architect.json', text: null }])
    expect(await service.readDecisions(root)).toEqual([])
  })

  it('refuse names that are not plain .json file names, and folders not opened', async () => {
    const { root, service } = await setup()
    await expect(service.writeDecisions(root, [{ name: '../escape.json', text: '{}' }])).rejects.toMatchObject({ code: 'bad-request' })
    await expect(service.writeDecisions(root, [{ name: 'ok.json', text: '{}' }, { name: 'a/b.json', text: '{}' }])).rejects.toMatchObject({ code: 'bad-request' })
    await expect(service.writeDecisions(root, [{ name: 'notes.txt', text: '{}' }])).rejects.toMatchObject({ code: 'bad-request' })
    expect(await service.readDecisions(root)).toEqual([]) // a refused batch writes none of its files
    await expect(service.readDecisions(await makeTempFolder())).rejects.toMatchObject({ code: 'outside-roots' })
    expect(await service.call('writeDecisions', [root, [{ name: 'a.json' }]])).toMatchObject({ ok: false, error: { code: 'bad-request' } })
  })
})
