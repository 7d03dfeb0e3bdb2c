import { describe, expect, it } from 'vitest'
import type { HostApi } from '../../../shared/host-api'
import { createAppStore } from './store'
import { setServices } from './services'
import { createFakeHost } from './testing/fake-host'
import { exampleFiles } from './testing/example-files'
import { createInThreadEngine } from '../engine-worker/in-thread-engine'
import { selectOrderedRows, selectUndecidedCount } from './selectors'
import { pickFor } from './grid-rows'

const root = '/work/agents'
const files = exampleFiles(root)
const paths = Object.keys(files).sort()

/** A store of its own for each test, with `files` loaded through a fake host. */
async function storeWith(dir: string, texts: Record<string, string>, host: HostApi = createFakeHost(dir, texts)) {
  setServices({ host, engine: createInThreadEngine() })
  const store = createAppStore()
  await store.getState().loadInitial()
  return store
}

describe('store with the backend-architect example', () => {
  it('loads, parses and groups every file', async () => {
    const s = (await storeWith(root, files)).getState()
    expect(s.workspaceBusy).toBe('idle')
    expect(Object.values(s.loads).every((l) => l.status === 'ok')).toBe(true)
    const groups = s.grouping!.grouping.groups
    expect(groups).toHaveLength(1)
    expect(groups[0]!.members).toHaveLength(paths.length)
  })

  it('opens the group, picks, undoes and redoes', async () => {
    const store = await storeWith(root, files)
    await store.getState().openGroup(paths)
    const s = store.getState()
    expect(s.merge?.docs).toHaveLength(paths.length)
    const before = s.recipe
    const undecided = selectUndecidedCount(s)
    const row = selectOrderedRows(s).find((r) => r.kind === 'section' && pickFor(before, r.ref)?.kind === 'undecided')
    expect(row, 'the example has an undecided section').toBeDefined()
    s.pick(row!.ref, { kind: 'omit' })
    const after = store.getState()
    expect(after.recipe).not.toBe(before)
    expect(pickFor(after.recipe, row!.ref)).toEqual({ kind: 'omit' })
    expect(selectUndecidedCount(after)).toBe(undecided - 1)
    after.undo()
    expect(store.getState().recipe).toBe(before)
    expect(selectUndecidedCount(store.getState())).toBe(undecided)
    store.getState().redo()
    expect(store.getState().recipe).toBe(after.recipe)
    expect(selectUndecidedCount(store.getState())).toBe(undecided - 1)
  })

  it('reports a file that cannot be read without dropping the others', async () => {
    const store = await storeWith(root, files)
    const host = createFakeHost(root, files)
    const readFile = host.readFile
    setServices({ host: { ...host, readFile: (p) => (p === paths[0] ? Promise.reject({ code: 'io-error', message: 'disk on fire' }) : readFile(p)) }, engine: createInThreadEngine() })
    await store.getState().rescan()
    const s = store.getState()
    expect(s.loads[paths[0]!]).toMatchObject({ status: 'error', error: { code: 'io-error', message: 'disk on fire' } })
    expect(Object.values(s.loads).filter((l) => l.status === 'ok')).toHaveLength(paths.length - 1)
  })
})

describe('reading the folder again after a library step', () => {
  it('keeps the old listing and groups on screen until the new ones are made (keepShown)', async () => {
    const host = createFakeHost(root, files)
    const store = await storeWith(root, files, host)
    const engine = createInThreadEngine()
    let release: () => void = () => undefined
    const grouped = new Promise<void>((r) => (release = r))
    setServices({ host, engine: { ...engine, groupFiles: async (docs) => (await grouped, engine.groupFiles(docs)) } })
    host.files.delete(paths[0]!) // what the step archived
    const before = store.getState()
    const rescan = store.getState().rescan({ keepShown: true })
    await new Promise((r) => setTimeout(r, 20))
    // Still the listing from before the step: the queue does not empty while the folder is read.
    expect(store.getState().listing).toBe(before.listing)
    expect(store.getState().grouping).toBe(before.grouping)
    expect(store.getState().workspaceBusy).toBe('loading')
    release()
    await rescan
    expect(store.getState().listing!.files.map((f) => f.path)).not.toContain(paths[0])
    expect(store.getState().grouping!.grouping.groups[0]!.members).toHaveLength(paths.length - 1)
    expect(store.getState().workspaceBusy).toBe('idle')
  })
})

describe('opening a large selection', () => {
  it('compares at most 20 variants and says so', async () => {
    const many = Object.fromEntries(
      Array.from({ length: 23 }, (_, i) => [`/many/a${String(i).padStart(2, '0')}.md`, `---\nname: helper\ndescription: Variant ${i}\n---\n## Intro\nText ${i}\n`]),
    )
    const store = await storeWith('/many', many)
    await store.getState().openGroup(Object.keys(many))
    const s = store.getState()
    expect(s.merge?.docs).toHaveLength(20)
    expect(s.toasts.map((t) => t.message)).toEqual([expect.stringMatching(/first 20 of 23/)])
  })
})

describe('near-duplicate suggestions', () => {
  const body = '## Focus\nReview code for bugs, security issues and style.\n\n## Process\n1. Read the diff.\n2. Run the tests.\n3. Write clear findings with file and line.\n'
  const files2 = {
    '/s/a/code-reviewer.md': `---\nname: code-reviewer\ndescription: Reviews code for quality and security\n---\n${body}`,
    '/s/b/senior-code-reviewer.md': `---\nname: senior-code-reviewer\ndescription: Reviews code for quality and security issues\n---\n${body}Extra line.\n`,
  }

  it('accepting one makes a group that survives a rescan', async () => {
    const store = await storeWith('/s', files2)
    const suggestion = store.getState().grouping!.grouping.suggestions[0]
    expect(suggestion, 'the engine suggests the renamed copy').toBeDefined()
    store.getState().acceptSuggestion(suggestion!.id)
    expect(store.getState().grouping!.grouping.groups).toHaveLength(1)
    await store.getState().rescan()
    expect(store.getState().grouping!.grouping.groups).toHaveLength(1)
    expect(store.getState().grouping!.grouping.groups[0]!.members).toHaveLength(2)
  })
})

describe('moving rows onto others (drag and drop)', () => {
  it('puts a section where the target section is, and refuses to mix keys with sections', async () => {
    const store = await storeWith(root, files)
    await store.getState().openGroup(paths)
    const rows = store.getState().recipe!.rows.map((r) => r.row)
    store.getState().moveOnto({ kind: 'section', row: rows[3]! }, { kind: 'section', row: rows[0]! })
    expect(store.getState().recipe!.rows.map((r) => r.row).slice(0, 2)).toEqual([rows[3], rows[0]])
    const before = store.getState().recipe
    const undoDepth = store.getState().undoStack.length
    const key = before!.keys[0]!.key
    store.getState().moveOnto({ kind: 'key', key }, { kind: 'section', row: rows[0]! })
    expect(store.getState().recipe).toBe(before)
    expect(store.getState().undoStack).toHaveLength(undoDepth)
  })
})
