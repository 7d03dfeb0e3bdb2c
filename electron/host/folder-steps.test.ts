import { createHash } from 'node:crypto'
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { serviceOnTree, snapshotTree, stepCounts } from './service-on-tree.test-util'
import { applyRun, undoRun } from './library-run'
import { makeTempFolder, writeTree } from './temp-folder.test-util'

const sha = (text: string): string => createHash('sha256').update(text).digest('hex')

const A = '---\nname: backend-architect\n---\nA\n'
const B = '---\nname: backend-architect\n---\nB\r\n'
const TREE = {
  'x/backend-architect.md': A,
  'y/backend-architect.md': B,
  'z/other.md': 'other',
  '.agent-merge/recipes/backend-architect.json': '{"old":true}\n',
}

const setup = () => serviceOnTree(TREE)

const snapshot = snapshotTree

const mergeStep = (at: (rel: string) => string) => ({
  label: 'Merged backend-architect',
  archive: [
    { path: at('x/backend-architect.md'), expectedHash: sha(A) },
    { path: at('y/backend-architect.md'), expectedHash: sha(B) },
  ],
  write: [{ path: at('x/backend-architect.md'), text: 'merged\n' }],
  decisions: [
    { name: 'backend-architect.json', text: '{"new":true}\n' },
    { name: 'other.json', text: '{"other":true}\n' },
  ],
})

describe('folder steps', () => {
  it('writes files and decisions as one step of the folder history that one undo reverses byte for byte', async () => {
    const { root, service, at } = await setup()
    const before = await snapshot(root)
    const result = await service.applyFolderStep(root, mergeStep(at))
    expect(result.written).toEqual([{ path: at('x/backend-architect.md'), hash: sha('merged\n') }])
    expect(await readFile(at('x/backend-architect.md'), 'utf8')).toBe('merged\n')
    expect(await readFile(at('.agent-merge/recipes/backend-architect.json'), 'utf8')).toBe('{"new":true}\n')
    const steps = await service.listFolderSteps(root)
    expect(steps).toEqual([
      expect.objectContaining({
        id: result.id,
        label: 'Merged backend-architect',
        archived: [at('x/backend-architect.md'), at('y/backend-architect.md')],
        written: [at('x/backend-architect.md')],
        decisions: 2,
        edited: [],
        taken: [], // its own merged file is put aside by undo: not in the way
      }),
    ])
    await service.undoFolderStep(root, result.id)
    expect(await snapshot(root)).toEqual(before)
    expect(await service.listFolderSteps(root)).toEqual([])
  })

  it('tells the app how much of the step is done, for the step and its undo', async () => {
    const { root, service, at } = await setup()
    let id = ''
    // Two files archived (and a manifest written in each of their two folders), one file and two
    // decisions written.
    expect(await stepCounts(service, async () => (id = (await service.applyFolderStep(root, mergeStep(at))).id))).toEqual({ first: [1, 7], last: [7, 7], rising: true })
    // The merged file put aside, two files moved back, their two archive folders removed, two
    // decisions put back.
    expect(await stepCounts(service, () => service.undoFolderStep(root, id))).toEqual({ first: [1, 7], last: [7, 7], rising: true })
  })

  it('lists and undoes a command-line run, and the command line undoes an app step', async () => {
    const { root, service, at } = await setup()
    const before = await snapshot(root)
    const cli = await applyRun(root, { archive: [{ path: at('y/backend-architect.md'), hash: sha(B) }], writes: [] }, new Date(), () => undefined)
    const [step] = await service.listFolderSteps(root)
    expect(step).toMatchObject({ id: cli.archiveId, label: null, archived: [at('y/backend-architect.md')], written: [], decisions: 0 })
    await service.undoFolderStep(root, cli.archiveId)
    expect(await snapshot(root)).toEqual(before)

    const app = await service.applyFolderStep(root, mergeStep(at))
    await undoRun(root, undefined, () => undefined)
    expect(await snapshot(root)).toEqual(before)
    await expect(service.undoFolderStep(root, app.id)).rejects.toMatchObject({ code: 'not-found' })
  })

  it('takes for a run only a record named by an archive id: a stray file in runs/ hides no run', async () => {
    const { root, at } = await setup()
    await mkdir(at('.agent-merge/runs'), { recursive: true })
    await writeFile(at('.agent-merge/runs/zz-notes.json'), '{}')
    const before = await snapshot(root)
    const cli = await applyRun(root, { archive: [{ path: at('y/backend-architect.md'), hash: sha(B) }], writes: [] }, new Date(), () => undefined)
    expect(await undoRun(root, undefined, () => undefined)).toMatchObject({ archiveId: cli.archiveId })
    expect(await snapshot(root)).toEqual(before)
  })

  it('refuses to undo over a file edited since, changing nothing, and says so in the list', async () => {
    const { root, service, at } = await setup()
    const result = await service.applyFolderStep(root, mergeStep(at))
    await writeFile(at('x/backend-architect.md'), 'edited by hand\n')
    const edited = await snapshot(root)
    expect((await service.listFolderSteps(root))[0]).toMatchObject({ edited: [at('x/backend-architect.md')] })
    await expect(service.undoFolderStep(root, result.id)).rejects.toMatchObject({ code: 'changed-on-disk' })
    expect(await snapshot(root)).toEqual(edited)
  })

  it('puts everything back when a step fails part way', async () => {
    const { root, service, at } = await setup()
    const before = await snapshot(root)
    // z/other.md exists and is not archived: the write is refused before anything moves.
    await expect(service.applyFolderStep(root, { ...mergeStep(at), write: [{ path: at('z/other.md'), text: 'x' }] })).rejects.toMatchObject({ code: 'exists' })
    // A decision name the host refuses stops the step before anything moves, too.
    await expect(service.applyFolderStep(root, { ...mergeStep(at), decisions: [{ name: '../escape.json', text: '{}' }] })).rejects.toMatchObject({ code: 'bad-request' })
    expect(await snapshot(root)).toEqual(before)
  })

  it('keeps every path of a step inside its folder, and never undoes a record that points outside', async () => {
    const { root, service, at } = await setup()
    const elsewhere = await makeTempFolder()
    await writeTree(elsewhere, { 'a.md': A })
    await service.openPaths([elsewhere])
    await expect(service.applyFolderStep(at('x'), mergeStep(at))).rejects.toMatchObject({ code: 'outside-roots' })
    await expect(service.applyFolderStep(root, { ...mergeStep(at), archive: [{ path: join(elsewhere, 'a.md'), expectedHash: sha(A) }] })).rejects.toMatchObject({ code: 'outside-roots' })
    // A record shipped inside a downloaded folder, naming a file elsewhere.
    const id = '20261206T000000000Z-abcdef'
    await mkdir(at('.agent-merge/runs'), { recursive: true })
    await mkdir(at('.agent-merge/archives'), { recursive: true })
    await writeFile(at(`.agent-merge/runs/${id}.json`), JSON.stringify({ version: 1, archiveId: id, createdAt: 1, written: [], createdFolders: [] }))
    const outside = join(elsewhere, 'planted.md')
    await writeFile(at(`.agent-merge/archives/${id}.json`), JSON.stringify({ id, createdAt: 1, moved: [{ from: at('z/p.md'), to: at('z/other.md'), realFrom: outside, realTo: at('z/other.md') }] }))
    await expect(service.undoFolderStep(root, id)).rejects.toMatchObject({ code: 'bad-request' })
    await expect(readFile(outside)).rejects.toMatchObject({ code: 'ENOENT' })
    expect(await readFile(at('z/other.md'), 'utf8')).toBe('other')
  })

  it('validates the calls', async () => {
    const { root, service, at } = await setup()
    expect(await service.call('applyFolderStep', [root, { ...mergeStep(at), label: '' }])).toMatchObject({ ok: false, error: { code: 'bad-request' } })
    expect(await service.call('applyFolderStep', [root, { ...mergeStep(at), extra: 1 }])).toMatchObject({ ok: false, error: { code: 'bad-request' } })
    expect(await service.call('applyFolderStep', [root, { label: 'x', archive: [], write: [], decisions: [] }])).toMatchObject({ ok: false, error: { code: 'bad-request' } })
    expect(await service.call('undoFolderStep', [root])).toMatchObject({ ok: false, error: { code: 'bad-request' } })
    expect(await service.call('undoFolderStep', [root, '../../x'])).toMatchObject({ ok: false, error: { code: 'not-found' } })
    expect(await service.call('listFolderSteps', [root])).toEqual({ ok: true, value: [] })
  })
})
