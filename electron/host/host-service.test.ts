import { createHash } from 'node:crypto'
import { readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { HostEvent } from '../../shared/host-api'
import { createHostService, type HostService } from './host-service'
import { makeTempFolder, writeTree } from './temp-folder.test-util'

const sha = (text: string): string => createHash('sha256').update(text).digest('hex')
const services: HostService[] = []
afterEach(async () => {
  await Promise.all(services.splice(0).map((s) => s.dispose()))
})

async function setup(options: { watch?: boolean; initial?: 'folder' | 'none' } = {}) {
  const root = await makeTempFolder()
  const configDir = await makeTempFolder()
  await writeTree(root, { 'a.md': '# A\n', 'b.md': '# B\n' })
  const service = createHostService({
    configDir,
    initialPaths: options.initial === 'none' ? [] : [root],
    exampleFolder: join(process.cwd(), 'examples', 'backend-architect'),
    watch: options.watch ?? false,
    watchDebounceMs: 50,
    warn: () => undefined,
  })
  services.push(service)
  return { root, configDir, service }
}

describe('host service', () => {
  it('lists the initial paths, reads and writes a merged file', async () => {
    const { root, service } = await setup()
    const listing = await service.getInitialListing()
    expect(listing.roots).toEqual([{ path: root, kind: 'folder' }])
    expect(listing.files.map((f) => f.relPath)).toEqual(['a.md', 'b.md'])
    const a = await service.readFile(join(root, 'a.md'))
    expect(a).toMatchObject({ text: '# A\n', hash: sha('# A\n') })
    const written = await service.writeFile({ path: join(root, 'merged.md'), text: '# M\n', expectedHash: null })
    expect(written).toEqual({ path: join(root, 'merged.md'), hash: sha('# M\n') })
    // Our own output may be written again without the source flag.
    await service.writeFile({ path: join(root, 'merged.md'), text: '# M2\n', expectedHash: written.hash })
    expect(await readFile(join(root, 'merged.md'), 'utf8')).toBe('# M2\n')
  })

  it('remembers a merged file it wrote, with its sources, in the listings of this run and the next', async () => {
    const { root, configDir, service } = await setup()
    await service.getInitialListing()
    const sources = [join(root, 'a.md'), join(root, 'b.md')]
    const merged = join(root, 'a.merged.md')
    const written = await service.writeFile({ path: merged, text: '# AB\n', expectedHash: null, mergedFrom: sources })
    await service.writeFile({ path: join(root, 'plain.md'), text: '# P\n', expectedHash: null })
    const outputs = (await service.rescan()).outputs
    expect(outputs).toEqual([{ path: merged, hash: written.hash, sources, savedAt: expect.any(Number) }])

    const next = createHostService({ configDir, initialPaths: [root], watch: false, warn: () => undefined })
    services.push(next)
    expect((await next.getInitialListing()).outputs?.map((o) => o.path)).toEqual([merged])
  })

  it('lists only the remembered merged files that are in the listing', async () => {
    const { root, service } = await setup()
    await service.getInitialListing()
    await service.writeFile({ path: join(root, 'gone.md'), text: '# G\n', expectedHash: null, mergedFrom: [join(root, 'a.md')] })
    await rm(join(root, 'gone.md'))
    expect((await service.rescan()).outputs).toBeUndefined()
  })

  it('a variant overwritten with the merge is remembered as merged from the others', async () => {
    const { root, service } = await setup()
    await service.getInitialListing()
    const a = await service.readFile(join(root, 'a.md'))
    await service.writeFile({ path: a.path, text: '# AB\n', expectedHash: a.hash, overwriteSource: true, mergedFrom: [a.path, join(root, 'b.md')] })
    expect((await service.rescan()).outputs?.[0]?.sources).toEqual([join(root, 'b.md')])
  })

  it('opens the example folder when no path is given', async () => {
    const { service } = await setup({ initial: 'none' })
    const listing = await service.getInitialListing()
    expect(listing.files).toHaveLength(5)
  })

  it('refuses to overwrite a source variant unless overwriteSource is set', async () => {
    const { root, service } = await setup()
    await service.getInitialListing()
    const a = await service.readFile(join(root, 'a.md'))
    await expect(service.writeFile({ path: a.path, text: 'x', expectedHash: a.hash })).rejects.toMatchObject({ code: 'source-file' })
    expect(await readFile(a.path, 'utf8')).toBe('# A\n')
    await expect(service.writeFile({ path: a.path, text: 'x', expectedHash: null, force: true })).rejects.toMatchObject({ code: 'source-file' })
    await service.writeFile({ path: a.path, text: 'x', expectedHash: a.hash, overwriteSource: true })
    expect(await readFile(a.path, 'utf8')).toBe('x')
  })

  it("answers a new-file save onto a source with 'source-file' and every other reason at once, not 'exists' first", async () => {
    const { root, service } = await setup()
    await service.getInitialListing()
    const a = await service.readFile(join(root, 'a.md'))
    await expect(service.writeFile({ path: a.path, text: 'x', expectedHash: null })).rejects.toMatchObject({
      code: 'source-file',
      path: a.path,
      refusal: { sourceFile: true, currentHash: a.hash, changedOnDisk: false },
    })
    // Changed on disk since it was read: the same one refusal says so, with the hash it has now.
    await writeFile(a.path, '# A edited\n')
    const refused = await service.call('writeFile', [{ path: a.path, text: 'x', expectedHash: null }])
    expect(refused).toEqual({
      ok: false,
      error: {
        code: 'source-file',
        message: expect.stringContaining('changed on disk since'),
        path: a.path,
        refusal: { sourceFile: true, currentHash: sha('# A edited\n'), changedOnDisk: true },
      },
    })
    // One confirmation covers exactly that: the hash it reported, with the source allowed...
    const allowed = { path: a.path, text: 'x', expectedHash: sha('# A edited\n'), overwriteSource: true }
    // ...and nothing that changes after it: a second edit is refused (and asked about) again.
    await writeFile(a.path, '# A edited again\n')
    await expect(service.writeFile(allowed)).rejects.toMatchObject({
      code: 'changed-on-disk',
      refusal: { sourceFile: false, currentHash: sha('# A edited again\n'), changedOnDisk: true },
    })
    expect(await readFile(a.path, 'utf8')).toBe('# A edited again\n')
    await service.writeFile({ ...allowed, expectedHash: sha('# A edited again\n') })
    expect(await readFile(a.path, 'utf8')).toBe('x')
  })

  it("answers 'exists' (with the file's hash) for a file that was not read as an agent file", async () => {
    const { root, service } = await setup()
    await service.getInitialListing()
    await expect(service.writeFile({ path: join(root, 'b.md'), text: 'x', expectedHash: null })).rejects.toMatchObject({
      code: 'exists',
      refusal: { sourceFile: false, currentHash: sha('# B\n'), changedOnDisk: false },
    })
    await service.writeFile({ path: join(root, 'b.md'), text: 'x', expectedHash: sha('# B\n') })
    expect(await readFile(join(root, 'b.md'), 'utf8')).toBe('x')
  })

  it('refuses paths outside the opened roots and after closeAll', async () => {
    const { root, service } = await setup()
    await service.getInitialListing()
    const other = await makeTempFolder()
    await writeTree(other, { 'x.md': 'x' })
    await expect(service.readFile(join(other, 'x.md'))).rejects.toMatchObject({ code: 'outside-roots' })
    await expect(service.writeFile({ path: join(other, 'new.md'), text: 'x', expectedHash: null })).rejects.toMatchObject({ code: 'outside-roots' })
    await service.closeAll()
    await expect(service.readFile(join(root, 'a.md'))).rejects.toMatchObject({ code: 'outside-roots' })
  })

  it('openPaths adds roots and remembers them as recent', async () => {
    const { service } = await setup()
    await service.getInitialListing()
    const other = await makeTempFolder()
    await writeTree(other, { 'x.md': 'x' })
    const listing = await service.openPaths([other])
    expect(listing.roots).toHaveLength(2)
    expect(listing.files.map((f) => f.relPath)).toEqual(['a.md', 'b.md', 'x.md'])
    expect((await service.getRecent())[0]?.paths).toEqual([other])
    const third = await makeTempFolder()
    await expect(service.openPaths([third, '/no/such/place'])).rejects.toMatchObject({ code: 'not-found', path: '/no/such/place' })
    expect((await service.rescan()).roots).toHaveLength(2) // nothing was added
  })

  it('keeps the command line paths when a path is opened from outside before the page loads', async () => {
    const { root, service } = await setup()
    const other = await makeTempFolder()
    await writeTree(other, { 'x.md': 'x' })
    const opened = await service.openFromOutside([other])
    expect(opened.roots.map((r) => r.path)).toEqual([root, other])
    expect((await service.getInitialListing()).files.map((f) => f.relPath)).toEqual(['a.md', 'b.md', 'x.md'])
  })

  it('does not add the example when the first thing opened comes from outside', async () => {
    const { service } = await setup({ initial: 'none' })
    const other = await makeTempFolder()
    await writeTree(other, { 'x.md': 'x' })
    await service.openPaths([other])
    expect((await service.getInitialListing()).roots.map((r) => r.path)).toEqual([other])
  })

  it('a path picked in a save dialog may be written outside the roots', async () => {
    const { service } = await setup()
    await service.getInitialListing()
    const elsewhere = join(await makeTempFolder(), 'chosen.md')
    service.allowSaveTarget(elsewhere)
    await service.writeFile({ path: elsewhere, text: 'saved', expectedHash: null })
    expect(await readFile(elsewhere, 'utf8')).toBe('saved')
  })

  it('archives inside the roots and undoes it', async () => {
    const { root, service } = await setup()
    await service.getInitialListing()
    const result = await service.archiveFiles([join(root, 'b.md')], [])
    expect((await service.rescan()).files.map((f) => f.relPath)).toEqual(['a.md'])
    await service.undoArchive(result.archiveId)
    expect((await service.rescan()).files.map((f) => f.relPath)).toEqual(['a.md', 'b.md'])
  })

  it('call() validates requests and answers errors as plain data', async () => {
    const { root, service } = await setup()
    await service.getInitialListing()
    expect(await service.call('nope', [])).toMatchObject({ ok: false, error: { code: 'bad-request' } })
    expect(await service.call('readFile', [42])).toMatchObject({ ok: false, error: { code: 'bad-request', message: expect.stringContaining('readFile') } })
    expect(await service.call('readFile', [])).toMatchObject({ ok: false, error: { code: 'bad-request' } })
    expect(await service.call('writeFile', [{ path: join(root, 'z.md'), text: 'z', expectedHash: 'abc' }])).toMatchObject({ ok: false, error: { code: 'bad-request', message: expect.stringContaining('expectedHash') } })
    expect(await service.call('setSettings', [{ theme: 'neon' }])).toMatchObject({ ok: false, error: { code: 'bad-request' } })
    expect(await service.call('showOpenDialog', ['folder'])).toEqual({ ok: true, value: { supported: false } })
    expect(await service.call('readFile', [join(root, 'a.md')])).toMatchObject({ ok: true, value: { text: '# A\n' } })
    const error = await service.call('readFile', [join(root, 'missing.md')])
    expect(error).toEqual({ ok: false, error: { code: 'not-found', message: expect.any(String), path: join(root, 'missing.md') } })
    expect(await service.call('closeAll', [])).toEqual({ ok: true, value: null })
  })

  it('emits files-changed after a file changes on disk', async () => {
    const { root, service } = await setup({ watch: true })
    await service.getInitialListing()
    await service.watcherReady()
    const events: HostEvent[] = []
    const changed = new Promise<void>((resolve) => {
      service.onEvent((event) => {
        events.push(event)
        if (event.kind === 'files-changed') resolve()
      })
    })
    await writeFile(join(root, 'a.md'), '# A edited\n')
    await changed
    expect(events.find((e) => e.kind === 'files-changed')).toEqual({ kind: 'files-changed', changes: [{ path: join(root, 'a.md'), change: 'changed' }] })
  })
})
