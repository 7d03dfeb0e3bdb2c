import { lstat, mkdir, readdir, readFile, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import { createLimiter } from './concurrency'
import type * as heldFolder from './held-folder'
import { withHeldFolder } from './held-folder'
import { readDecisions, writeDecisions, DECISIONS_FOLDER } from './decisions'
import { TEMP_FILE_PREFIX, writeFilesAtomic } from './write-file'
import { makeTempFolder } from './temp-folder.test-util'

// Passed through, counted: a batch holds and fsyncs each folder once.
const syncs = vi.hoisted(() => ({ count: 0 }))
vi.mock('./held-folder', async (original) => {
  const real = await original<typeof heldFolder>()
  return {
    ...real,
    withHeldFolder: vi.fn((path: string, display: string, task: Parameters<typeof real.withHeldFolder>[2]) =>
      real.withHeldFolder(path, display, (folder) => task({ ...folder, sync: () => (syncs.count++, folder.sync()) })),
    ),
  }
})

async function tempLeftovers(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((name) => name.startsWith(TEMP_FILE_PREFIX))
}

describe('writeFilesAtomic', () => {
  it('writes every file of a folder, in order, telling each', async () => {
    const dir = await makeTempFolder()
    const names = ['a.md', 'b.md', 'c.md', 'd.md']
    const told: string[] = []
    const results = await writeFilesAtomic(
      names.map((name) => ({ path: join(dir, name), text: `text of ${name}`, options: { expectedHash: null } })),
      { limit: createLimiter(2), written: (r) => told.push(r.path) },
    )
    expect(results.map((r) => r.path)).toEqual(names.map((name) => join(dir, name)))
    expect(told.sort()).toEqual(names.map((name) => join(dir, name)))
    for (const name of names) expect(await readFile(join(dir, name), 'utf8')).toBe(`text of ${name}`)
    expect(await tempLeftovers(dir)).toEqual([])
  })

  it('holds and fsyncs the folder once for all of its files', async () => {
    const dir = await makeTempFolder()
    vi.mocked(withHeldFolder).mockClear()
    syncs.count = 0
    await writeFilesAtomic(['a.md', 'b.md', 'c.md'].map((name) => ({ path: join(dir, name), text: name, options: { expectedHash: null } })), { limit: createLimiter(3) })
    expect(vi.mocked(withHeldFolder).mock.calls.map(([path]) => path)).toEqual([dir])
    expect(syncs.count).toBe(1)
  })

  it('refuses one file and still writes the others, leaving no temp file and the refused one as it was', async () => {
    const dir = await makeTempFolder()
    await writeFile(join(dir, 'b.md'), 'theirs')
    const batch = writeFilesAtomic(
      ['a.md', 'b.md', 'c.md'].map((name) => ({ path: join(dir, name), text: `mine ${name}`, options: { expectedHash: null } })),
      { limit: createLimiter(3) },
    )
    await expect(batch).rejects.toMatchObject({ code: 'exists', path: join(dir, 'b.md') })
    expect(await readFile(join(dir, 'a.md'), 'utf8')).toBe('mine a.md')
    expect(await readFile(join(dir, 'b.md'), 'utf8')).toBe('theirs')
    expect(await readFile(join(dir, 'c.md'), 'utf8')).toBe('mine c.md')
    expect(await tempLeftovers(dir)).toEqual([])
  })

  it('rejects with the first failure in the order given', async () => {
    const dir = await makeTempFolder()
    await mkdir(join(dir, 'a.md'))
    await writeFile(join(dir, 'c.md'), 'theirs')
    const batch = writeFilesAtomic(
      ['c.md', 'a.md'].map((name) => ({ path: join(dir, name), text: 'mine', options: { expectedHash: null } })),
      { limit: createLimiter(2) },
    )
    await expect(batch).rejects.toMatchObject({ code: 'exists', path: join(dir, 'c.md') })
  })

  it('writes through a link to its real folder and fails a missing folder without stopping the others', async () => {
    const dir = await makeTempFolder()
    await mkdir(join(dir, 'real'))
    await writeFile(join(dir, 'real', 'target.md'), 'old')
    await mkdir(join(dir, 'here'))
    await symlink(join(dir, 'real', 'target.md'), join(dir, 'here', 'link.md'))
    const batch = writeFilesAtomic([
      { path: join(dir, 'here', 'link.md'), text: 'through the link', options: { expectedHash: null, force: true } },
      { path: join(dir, 'gone', 'x.md'), text: 'x', options: { expectedHash: null } },
      { path: join(dir, 'here', 'plain.md'), text: 'plain', options: { expectedHash: null } },
    ])
    await expect(batch).rejects.toMatchObject({ code: 'not-found' })
    expect((await lstat(join(dir, 'here', 'link.md'))).isSymbolicLink()).toBe(true)
    expect(await readFile(join(dir, 'real', 'target.md'), 'utf8')).toBe('through the link')
    expect(await readFile(join(dir, 'here', 'plain.md'), 'utf8')).toBe('plain')
    expect(await tempLeftovers(join(dir, 'real'))).toEqual([])
    expect(await tempLeftovers(join(dir, 'here'))).toEqual([])
  })
})

describe('writeDecisions', () => {
  it('rejects when one decision cannot be written and keeps the others written and deleted', async () => {
    const folder = await makeTempFolder()
    const dir = join(folder, DECISIONS_FOLDER)
    await mkdir(join(dir, 'b.json'), { recursive: true }) // a folder where a decision goes
    await writeFile(join(dir, 'old.json'), '{}')
    let told = 0
    const saving = writeDecisions(
      folder,
      [
        { name: 'a.json', text: '{"a":1}' },
        { name: 'b.json', text: '{"b":1}' },
        { name: 'c.json', text: '{"c":1}' },
        { name: 'old.json', text: null },
      ],
      () => told++,
    )
    await expect(saving).rejects.toMatchObject({ code: 'io-error', path: join(dir, 'b.json') })
    expect(await readDecisions(folder)).toEqual([
      { name: 'a.json', text: '{"a":1}' },
      { name: 'c.json', text: '{"c":1}' },
    ])
    expect(told).toBe(3)
    expect(await tempLeftovers(dir)).toEqual([])
  })
})
