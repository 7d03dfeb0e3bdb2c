import { describe, expect, it } from 'vitest'
import type { HostError, WriteRequest, WriteResult } from '../../../shared/host-api'
import type { Asker, ChoiceQuestion, PathQuestion } from '../dialogs/asker'
import { pathHint, saveMerged, type SaveInput } from './save-flow'

const H = (c: string) => c.repeat(64)

/** A fake disk: path -> hash; writes follow the host's rules: every reason at once in `refusal`,
 *  'source-file' (a file in `opened`, which maps it to the hash it was read with) before
 *  'changed-on-disk' and 'exists'; force allows those two, overwriteSource the first. */
function fakeHost(
  disk: Map<string, string>,
  opts: { native?: string | null | 'unsupported'; refuse?: Record<string, HostError>; opened?: ReadonlyMap<string, string> } = {},
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
        const current = disk.get(request.path) ?? null
        const readHash = request.overwriteSource ? undefined : opts.opened?.get(request.path)
        const sourceFile = current !== null && readHash !== undefined
        const unexpected = request.expectedHash === null ? current !== null : current !== request.expectedHash
        if (sourceFile || (!request.force && unexpected)) {
          const changedOnDisk = request.expectedHash !== null ? unexpected : sourceFile && current !== readHash
          const code = sourceFile ? 'source-file' : request.expectedHash === null ? 'exists' : 'changed-on-disk'
          throw { code, message: code, path: request.path, refusal: { sourceFile, currentHash: current, changedOnDisk } }
        }
        disk.set(request.path, H('w'))
        return { path: request.path, hash: H('w') }
      },
    },
  }
}

/** Answers in order; a function answers after doing something (e.g. changing the disk). */
function scriptedAsker(answers: (string | null | (() => string | null))[]) {
  const asked: (ChoiceQuestion<string> | PathQuestion)[] = []
  const next = (): string | null => {
    const answer = answers.shift() ?? null
    return typeof answer === 'function' ? answer() : answer
  }
  const asker: Asker = {
    async choose<T extends string>(q: ChoiceQuestion<T>) {
      asked.push(q as ChoiceQuestion<string>)
      return next() as T | null
    },
    async askPath(q: PathQuestion) {
      asked.push(q)
      return next()
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

  it('asks the host to remember the file as the merge of its sources when told to', async () => {
    const { host, writes } = fakeHost(new Map())
    const { asker } = scriptedAsker(['/w/a/new.md'])
    await saveMerged({ ...input, mergedFrom: input.sourcePaths }, { host, ask: asker })
    expect(writes).toEqual([{ path: '/w/a/new.md', text: 'merged', expectedHash: null, mergedFrom: input.sourcePaths }])
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

  it('overwrites an existing file only after the user confirms, once, guarded by the hash it was asked about', async () => {
    const disk = new Map([['/w/a/agent.merged.md', H('x')]])
    const { host, writes } = fakeHost(disk)
    const { asker, asked } = scriptedAsker(['/w/a/agent.merged.md', 'overwrite'])
    const outcome = await saveMerged(input, { host, ask: asker })
    expect(outcome.kind).toBe('saved')
    expect(asked.map((q) => q.title)).toEqual(['Save merged agent as', 'A file with this name already exists'])
    expect(writes[1]).toEqual({ path: '/w/a/agent.merged.md', text: 'merged', expectedHash: H('x') })
  })

  it('asks again, and writes nothing, when the file changes between the question and the write', async () => {
    const disk = new Map([['/w/a/agent.merged.md', H('x')]])
    const { host } = fakeHost(disk)
    const changeIt = () => (disk.set('/w/a/agent.merged.md', H('y')), 'overwrite')
    const { asker, asked } = scriptedAsker(['/w/a/agent.merged.md', changeIt, 'cancel'])
    expect(await saveMerged(input, { host, ask: asker })).toEqual({ kind: 'cancelled' })
    expect(asked.map((q) => q.title)).toEqual(['Save merged agent as', 'A file with this name already exists', 'The file changed on disk since you opened it'])
    expect(disk.get('/w/a/agent.merged.md')).toBe(H('y'))
  })

  it('fails without a question when a refusal comes without its reasons (nothing to confirm it with)', async () => {
    const refuse = { '/w/a/x.md': { code: 'exists', message: '/w/a/x.md already exists', path: '/w/a/x.md' } as HostError }
    const { host, writes } = fakeHost(new Map(), { refuse })
    const { asker, asked } = scriptedAsker(['/w/a/x.md', 'overwrite'])
    const outcome = await saveMerged(input, { host, ask: asker })
    expect(outcome).toMatchObject({ kind: 'failed', error: { code: 'exists' } })
    expect(asked).toHaveLength(1)
    expect(writes).toHaveLength(1)
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
    expect(writes).toEqual([
      { path: '/w/b/agent.md', text: 'merged', expectedHash: null },
      { path: '/w/b/agent.md', text: 'merged', expectedHash: H('b'), overwriteSource: true },
    ])
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

describe('saveMerged over a variant of this merge', () => {
  const variant = '/w/b/agent.md'
  const changedTitle = 'Overwrite variant 2 that changed on disk since you opened it?'
  // The real host refuses a file it read as an agent file with 'source-file'; a variant it wrote
  // itself since (a merge saved there earlier) only with 'exists'. Both must ask, once.
  for (const [how, opened] of [
    ['read by the host', new Map([[variant, H('b')]])],
    ['written by the host since', undefined],
  ] as const) {
    it(`asks once, naming the variant and its change on disk, then writes at its current hash (${how})`, async () => {
      const disk = new Map([[variant, H('c')]])
      const { host, writes } = fakeHost(disk, opened ? { opened } : {})
      const { asker, asked } = scriptedAsker([variant, 'overwrite'])
      const outcome = await saveMerged(input, { host, ask: asker })
      expect(asked.map((q) => q.title)).toEqual(['Save merged agent as', changedTitle])
      expect((asked[1] as ChoiceQuestion<string>).message).toContain('changed it after Agent Merge read it')
      expect(outcome).toMatchObject({ kind: 'saved', path: variant, overwroteSource: 1 })
      expect(writes).toEqual([
        { path: variant, text: 'merged', expectedHash: null },
        { path: variant, text: 'merged', expectedHash: H('c'), overwriteSource: true },
      ])
      expect(disk.get(variant)).toBe(H('w'))
    })

    it(`asks once, as before, when the variant is unchanged (${how})`, async () => {
      const disk = new Map([[variant, H('b')]])
      const { host, writes } = fakeHost(disk, opened ? { opened } : {})
      const { asker, asked } = scriptedAsker([variant, 'overwrite'])
      const outcome = await saveMerged(input, { host, ask: asker })
      expect(asked.map((q) => q.title)).toEqual(['Save merged agent as', 'Overwrite variant 2 with the merged agent?'])
      expect(outcome).toMatchObject({ kind: 'saved', overwroteSource: 1 })
      expect(writes.at(-1)).toEqual({ path: variant, text: 'merged', expectedHash: H('b'), overwriteSource: true })
    })
  }

  it('writes nothing when that one question is cancelled', async () => {
    const disk = new Map([[variant, H('c')]])
    const { host, writes } = fakeHost(disk, { opened: new Map([[variant, H('b')]]) })
    const { asker, asked } = scriptedAsker([variant, 'cancel'])
    expect(await saveMerged(input, { host, ask: asker })).toEqual({ kind: 'cancelled' })
    expect(asked.map((q) => q.title)).toEqual(['Save merged agent as', changedTitle])
    expect(writes).toEqual([{ path: variant, text: 'merged', expectedHash: null }])
    expect(disk.get(variant)).toBe(H('c'))
  })

  it('asks again, and writes nothing, when the variant changes between the question and the write', async () => {
    const disk = new Map([[variant, H('b')]])
    const { host, writes } = fakeHost(disk, { opened: new Map([[variant, H('b')]]) })
    const changeIt = () => (disk.set(variant, H('d')), 'overwrite')
    const { asker, asked } = scriptedAsker([variant, changeIt, 'cancel'])
    expect(await saveMerged(input, { host, ask: asker })).toEqual({ kind: 'cancelled' })
    expect(asked.map((q) => q.title)).toEqual(['Save merged agent as', 'Overwrite variant 2 with the merged agent?', changedTitle])
    expect(writes.at(-1)).toEqual({ path: variant, text: 'merged', expectedHash: H('b'), overwriteSource: true })
    expect(writes.every((w) => w.force === undefined)).toBe(true)
    expect(disk.get(variant)).toBe(H('d'))
  })

  it('overwrites after the second question at the hash that one asked about', async () => {
    const disk = new Map([[variant, H('b')]])
    const { host, writes } = fakeHost(disk)
    const changeIt = () => (disk.set(variant, H('d')), 'overwrite')
    const { asker, asked } = scriptedAsker([variant, changeIt, 'overwrite'])
    expect(await saveMerged(input, { host, ask: asker })).toMatchObject({ kind: 'saved', overwroteSource: 1 })
    expect(asked).toHaveLength(3)
    expect(writes.at(-1)).toEqual({ path: variant, text: 'merged', expectedHash: H('d'), overwriteSource: true })
  })

  it('says so when the variant was deleted since it was read; Save as… goes to the suggested name', async () => {
    const disk = new Map<string, string>()
    const { host } = fakeHost(disk)
    // Deleted after the question: the retry at its hash is refused, and the variant asked about again.
    const deleteIt = () => (disk.delete(variant), 'overwrite')
    disk.set(variant, H('b'))
    const { asker, asked } = scriptedAsker([variant, deleteIt, 'save-as', '/w/a/agent.merged.md'])
    const outcome = await saveMerged(input, { host, ask: asker })
    expect(asked.map((q) => q.title)).toEqual([
      'Save merged agent as',
      'Overwrite variant 2 with the merged agent?',
      'Variant 2 was deleted or moved since you opened it',
      'Save merged agent as',
    ])
    expect(outcome).toMatchObject({ kind: 'saved', path: '/w/a/agent.merged.md', overwroteSource: null })
    expect(disk.has(variant)).toBe(false)
  })

  it('is written without a question when it was deleted before the save (nothing there to replace)', async () => {
    const { host, writes } = fakeHost(new Map())
    const { asker, asked } = scriptedAsker([variant])
    expect(await saveMerged(input, { host, ask: asker })).toMatchObject({ kind: 'saved', path: variant, overwroteSource: 1 })
    expect(asked).toHaveLength(1)
    expect(writes).toEqual([{ path: variant, text: 'merged', expectedHash: null }])
  })

  it('is still asked about when the system save dialog picked it (its "Replace?" does not name the variant)', async () => {
    const disk = new Map([[variant, H('b')]])
    const { host, writes } = fakeHost(disk, { native: variant })
    const { asker, asked } = scriptedAsker(['cancel'])
    expect(await saveMerged(input, { host, ask: asker })).toEqual({ kind: 'cancelled' })
    expect(asked.map((q) => q.title)).toEqual(['Overwrite variant 2 with the merged agent?'])
    expect(writes).toHaveLength(1)
    expect(disk.get(variant)).toBe(H('b'))
  })
})

describe('saveMerged after saving over a source', () => {
  it('guards the next Save with the hash it wrote, not the one read at open', async () => {
    const disk = new Map([['/w/b/agent.md', H('w')]])
    const { host, writes } = fakeHost(disk)
    const { asker, asked } = scriptedAsker(['overwrite'])
    const outcome = await saveMerged({ ...input, mode: 'save', lastSaved: { path: '/w/b/agent.md', hash: H('w') } }, { host, ask: asker })
    expect(outcome).toMatchObject({ kind: 'saved', overwroteSource: 1 })
    expect(asked.map((q) => q.title)).toEqual(['Overwrite variant 2 with the merged agent?'])
    expect(writes.at(-1)).toMatchObject({ expectedHash: H('w'), overwriteSource: true })
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
    expect(writes.map((w) => [w.expectedHash, w.force ?? false])).toEqual([[null, false], [H('x'), false]])
  })

  it('asks once, as an opened agent file, when the system dialog picked one', async () => {
    const disk = new Map([['/w/other/agent.md', H('o')]])
    const { host, writes } = fakeHost(disk, { native: '/w/other/agent.md', opened: new Map([['/w/other/agent.md', H('o')]]) })
    const { asker, asked } = scriptedAsker(['overwrite'])
    const outcome = await saveMerged(input, { host, ask: asker })
    expect(asked.map((q) => q.title)).toEqual(['Overwrite an agent file you opened?'])
    expect(outcome).toMatchObject({ kind: 'saved', path: '/w/other/agent.md' })
    expect(writes.at(-1)).toEqual({ path: '/w/other/agent.md', text: 'merged', expectedHash: H('o'), overwriteSource: true })
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

  it('names the opened folders in the path dialog hint', async () => {
    const { host } = fakeHost(new Map())
    const { asker, asked } = scriptedAsker([null])
    await saveMerged({ ...input, openedRoots: ['/w'] }, { host, ask: asker })
    expect((asked[0] as PathQuestion).hint).toBe('An absolute path inside what you opened: /w. Existing files are never replaced without asking.')
  })
})

describe('saveMerged over another agent file the host read (source-file)', () => {
  const other = '/w/other/agent.md'
  const opened = new Map([[other, H('o')]])

  it('asks exactly once, then writes with the source allowed at the hash it asked about', async () => {
    const disk = new Map([[other, H('o')]])
    const { host, writes } = fakeHost(disk, { opened })
    const { asker, asked } = scriptedAsker([other, 'overwrite'])
    const outcome = await saveMerged(input, { host, ask: asker })
    expect(asked.map((q) => q.title)).toEqual(['Save merged agent as', 'Overwrite an agent file you opened?'])
    expect(outcome).toMatchObject({ kind: 'saved', path: other, overwroteSource: null })
    expect(writes).toEqual([
      { path: other, text: 'merged', expectedHash: null },
      { path: other, text: 'merged', expectedHash: H('o'), overwriteSource: true },
    ])
    expect(disk.get(other)).toBe(H('w'))
  })

  it('says in that one question that the file changed on disk since it was read', async () => {
    const disk = new Map([[other, H('p')]])
    const { host, writes } = fakeHost(disk, { opened })
    const { asker, asked } = scriptedAsker([other, 'overwrite'])
    const outcome = await saveMerged(input, { host, ask: asker })
    expect(asked.map((q) => q.title)).toEqual(['Save merged agent as', 'Overwrite an agent file you opened that changed on disk?'])
    expect((asked[1] as ChoiceQuestion<string>).message).toContain('changed on disk since')
    expect(outcome).toMatchObject({ kind: 'saved', path: other })
    expect(writes.at(-1)).toMatchObject({ expectedHash: H('p'), overwriteSource: true })
  })

  it('asks again, and writes nothing, when it changes between the question and the write', async () => {
    const disk = new Map([[other, H('o')]])
    const { host, writes } = fakeHost(disk, { opened })
    const changeIt = () => (disk.set(other, H('q')), 'overwrite')
    const { asker, asked } = scriptedAsker([other, changeIt, 'cancel'])
    expect(await saveMerged(input, { host, ask: asker })).toEqual({ kind: 'cancelled' })
    expect(asked.map((q) => q.title)).toEqual(['Save merged agent as', 'Overwrite an agent file you opened?', 'The file changed on disk since you opened it'])
    expect(writes.every((w) => w.force === undefined)).toBe(true)
    expect(disk.get(other)).toBe(H('q'))
  })

  it('leaves it alone when that one question (here: it changed on disk) is cancelled', async () => {
    const disk = new Map([[other, H('p')]])
    const { host, writes } = fakeHost(disk, { opened })
    const { asker, asked } = scriptedAsker([other, 'cancel'])
    const outcome = await saveMerged(input, { host, ask: asker })
    expect(outcome).toEqual({ kind: 'cancelled' })
    expect(asked.map((q) => q.title)).toEqual(['Save merged agent as', 'Overwrite an agent file you opened that changed on disk?'])
    expect(writes).toEqual([{ path: other, text: 'merged', expectedHash: null }])
    expect(disk.get(other)).toBe(H('p'))
  })
})

describe('pathHint', () => {
  it('lists up to three opened roots, then a count', () => {
    expect(pathHint(undefined)).toBe('An absolute path inside an opened folder. Existing files are never replaced without asking.')
    expect(pathHint(['/a', '/b', '/c', '/d', '/e'])).toContain('/a, /b, /c and 2 more.')
  })
})
