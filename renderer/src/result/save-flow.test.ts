import { describe, expect, it } from 'vitest'
import type { HostError, WriteRequest, WriteResult } from '../../../shared/host-api'
import type { Asker, ChoiceQuestion, PathQuestion } from '../dialogs/asker'
import { pathHint, saveMerged, type SaveInput } from './save-flow'

const H = (c: string) => c.repeat(64)

/** A fake disk: path -> hash; writes follow the host's rules (exists, changed-on-disk, force). */
function fakeHost(
  disk: Map<string, string>,
  opts: { native?: string | null | 'unsupported'; refuse?: Record<string, HostError>; opened?: ReadonlySet<string> } = {},
) {
  const writes: WriteRequest[] = []
  return {
    writes,
    host: {
      async showSaveDialog(_defaultPath: string) {
        if (opts.native === undefined || opts.native === 'unsupported') return { supported: false } as const
        return opts.native
      },
      async writeFile(request: WriteRequest): Promise<WriteResult> {
        writes.push(request)
        const refusal = opts.refuse?.[request.path]
        if (refusal) throw refusal
        const current = disk.get(request.path)
        // Like the host: overwriting a file it read as an agent file needs overwriteSource.
        const overwrites = request.force === true || request.expectedHash !== null
        if (current !== undefined && overwrites && opts.opened?.has(request.path) && !request.overwriteSource)
          throw { code: 'source-file', message: `${request.path} was opened as a source variant`, path: request.path }
        if (!request.force) {
          if (request.expectedHash === null && current !== undefined) throw { code: 'exists', message: 'exists', path: request.path }
          if (request.expectedHash !== null && current !== request.expectedHash)
            throw { code: 'changed-on-disk', message: 'changed', path: request.path }
        }
        disk.set(request.path, H('w'))
        return { path: request.path, hash: H('w') }
      },
    },
  }
}

function scriptedAsker(answers: (string | null)[]) {
  const asked: (ChoiceQuestion<string> | PathQuestion)[] = []
  const asker: Asker = {
    async choose<T extends string>(q: ChoiceQuestion<T>) {
      asked.push(q as ChoiceQuestion<string>)
      return (answers.shift() ?? null) as T | null
    },
    async askPath(q: PathQuestion) {
      asked.push(q)
      return answers.shift() ?? null
    },
  }
  return { asker, asked }
}

const input: SaveInput = {
  text: 'merged',
  sourcePaths: ['/w/a/agent.md', '/w/b/agent.md'],
  sourceHashes: [H('a'), H('b')],
  suggestedPath: '/w/a/agent.merged.md',
  lastSaved: null,
  mode: 'save-as',
}

describe('saveMerged', () => {
  it('writes a new file at the path typed in the path dialog (browser mode)', async () => {
    const disk = new Map<string, string>()
    const { host, writes } = fakeHost(disk)
    const { asker } = scriptedAsker(['/w/a/new.md'])
    const outcome = await saveMerged(input, { host, ask: asker })
    expect(outcome).toEqual({ kind: 'saved', path: '/w/a/new.md', hash: H('w'), overwroteSource: null })
    expect(writes).toEqual([{ path: '/w/a/new.md', text: 'merged', expectedHash: null }])
  })

  it('asks before replacing an existing file and cancels without writing', async () => {
    const disk = new Map([['/w/a/agent.merged.md', H('x')]])
    const { host, writes } = fakeHost(disk)
    const { asker, asked } = scriptedAsker(['/w/a/agent.merged.md', 'cancel'])
    expect(await saveMerged(input, { host, ask: asker })).toEqual({ kind: 'cancelled' })
    expect(disk.get('/w/a/agent.merged.md')).toBe(H('x'))
    expect(writes).toHaveLength(1)
    expect(asked[1]!.title).toBe('A file with this name already exists')
  })

  it('overwrites an existing file only after the user confirms', async () => {
    const disk = new Map([['/w/a/agent.merged.md', H('x')]])
    const { host, writes } = fakeHost(disk)
    const { asker } = scriptedAsker(['/w/a/agent.merged.md', 'overwrite'])
    const outcome = await saveMerged(input, { host, ask: asker })
    expect(outcome.kind).toBe('saved')
    expect(writes[1]).toMatchObject({ force: true })
  })

  it('does not overwrite a target that changed since the last save; Save as… picks another name', async () => {
    const disk = new Map([['/w/out.md', H('z')]])
    const { host } = fakeHost(disk)
    const { asker, asked } = scriptedAsker(['save-as', '/w/out-2.md'])
    const outcome = await saveMerged({ ...input, mode: 'save', lastSaved: { path: '/w/out.md', hash: H('w') } }, { host, ask: asker })
    expect(asked[0]!.title).toBe('The file changed on disk since you opened it')
    expect(outcome).toMatchObject({ kind: 'saved', path: '/w/out-2.md' })
    expect(disk.get('/w/out.md')).toBe(H('z'))
  })

  it('needs an explicit confirmation to overwrite a source, then guards it with its hash', async () => {
    const disk = new Map([['/w/b/agent.md', H('b')]])
    const { host, writes } = fakeHost(disk)
    const { asker, asked } = scriptedAsker(['/w/b/agent.md', 'overwrite'])
    const outcome = await saveMerged(input, { host, ask: asker })
    expect(asked[1]!.title).toBe('Overwrite variant 2 with the merged agent?')
    expect(outcome).toMatchObject({ kind: 'saved', overwroteSource: 1 })
    expect(writes).toEqual([{ path: '/w/b/agent.md', text: 'merged', expectedHash: H('b'), overwriteSource: true }])
  })

  it("shows the host's error in the path dialog and lets the user correct the path", async () => {
    const disk = new Map<string, string>()
    const refuse = { '/etc/x.md': { code: 'outside-roots', message: '/etc/x.md is outside the opened folders' } as HostError }
    const { host } = fakeHost(disk, { refuse })
    const { asker, asked } = scriptedAsker(['/etc/x.md', '/w/a/ok.md'])
    const outcome = await saveMerged(input, { host, ask: asker })
    expect((asked[1] as PathQuestion).initialError).toBe('/etc/x.md is outside the opened folders')
    expect(outcome).toMatchObject({ kind: 'saved', path: '/w/a/ok.md' })
  })

  it('uses the native dialog where the host has one, and a cancelled dialog writes nothing', async () => {
    const { host, writes } = fakeHost(new Map(), { native: null })
    const { asker } = scriptedAsker([])
    expect(await saveMerged(input, { host, ask: asker })).toEqual({ kind: 'cancelled' })
    expect(writes).toHaveLength(0)
  })
})

describe('saveMerged after saving over a source', () => {
  it('guards the next Save with the hash it wrote, not the one read at open', async () => {
    const disk = new Map([['/w/b/agent.md', H('w')]])
    const { host, writes } = fakeHost(disk)
    const { asker } = scriptedAsker(['overwrite'])
    const outcome = await saveMerged({ ...input, mode: 'save', lastSaved: { path: '/w/b/agent.md', hash: H('w') } }, { host, ask: asker })
    expect(outcome).toMatchObject({ kind: 'saved', overwroteSource: 1 })
    expect(writes[0]).toMatchObject({ expectedHash: H('w'), overwriteSource: true })
  })
})

describe('saveMerged with a native save dialog', () => {
  it('does not ask again about replacing a file the system dialog already confirmed', async () => {
    const disk = new Map([['/w/a/picked.md', H('x')]])
    const { host, writes } = fakeHost(disk, { native: '/w/a/picked.md' })
    const { asker, asked } = scriptedAsker([])
    const outcome = await saveMerged(input, { host, ask: asker })
    expect(outcome).toMatchObject({ kind: 'saved', path: '/w/a/picked.md' })
    expect(asked).toHaveLength(0)
    expect(writes.map((w) => w.force ?? false)).toEqual([false, true])
  })

  it('still asks when a file picked that way changed on disk meanwhile', async () => {
    const disk = new Map([['/w/out.md', H('z')]])
    const { host } = fakeHost(disk, { native: '/w/out.md' })
    const { asker, asked } = scriptedAsker(['cancel'])
    const outcome = await saveMerged({ ...input, lastSaved: { path: '/w/out.md', hash: H('w') } }, { host, ask: asker })
    expect(outcome).toEqual({ kind: 'cancelled' })
    expect(asked[0]!.title).toBe('The file changed on disk since you opened it')
    expect(disk.get('/w/out.md')).toBe(H('z'))
  })

  it("asks again when the host refuses an agent file it read (source-file), then overwrites it only once confirmed", async () => {
    const disk = new Map([['/w/other/agent.md', H('o')]])
    const { host, writes } = fakeHost(disk, { opened: new Set(['/w/other/agent.md']) })
    const { asker, asked } = scriptedAsker(['/w/other/agent.md', 'overwrite', 'overwrite'])
    const outcome = await saveMerged(input, { host, ask: asker })
    expect(asked.map((q) => q.title)).toEqual(['Save merged agent as', 'A file with this name already exists', 'Overwrite an agent file you opened?'])
    expect(outcome).toMatchObject({ kind: 'saved', path: '/w/other/agent.md', overwroteSource: null })
    expect(writes.at(-1)).toEqual({ path: '/w/other/agent.md', text: 'merged', expectedHash: null, force: true, overwriteSource: true })
    expect(disk.get('/w/other/agent.md')).toBe(H('w'))
  })

  it('leaves an agent file it read alone when that confirmation is cancelled', async () => {
    const disk = new Map([['/w/other/agent.md', H('o')]])
    const { host, writes } = fakeHost(disk, { opened: new Set(['/w/other/agent.md']) })
    const { asker } = scriptedAsker(['/w/other/agent.md', 'overwrite', 'cancel'])
    const outcome = await saveMerged(input, { host, ask: asker })
    expect(outcome).toEqual({ kind: 'cancelled' })
    expect(writes.every((w) => !w.overwriteSource)).toBe(true)
    expect(disk.get('/w/other/agent.md')).toBe(H('o'))
  })

  it('names the opened folders in the path dialog hint', async () => {
    const { host } = fakeHost(new Map())
    const { asker, asked } = scriptedAsker([null])
    await saveMerged({ ...input, openedRoots: ['/w'] }, { host, ask: asker })
    expect((asked[0] as PathQuestion).hint).toBe('An absolute path inside what you opened: /w. Existing files are never replaced without asking.')
  })
})

describe('pathHint', () => {
  it('lists up to three opened roots, then a count', () => {
    expect(pathHint(undefined)).toBe('An absolute path inside an opened folder. Existing files are never replaced without asking.')
    expect(pathHint(['/a', '/b', '/c', '/d', '/e'])).toContain('/a, /b, /c and 2 more.')
  })
})
