import { beforeAll, describe, expect, it } from 'vitest'
import { useAppStore } from './store'
import { setServices } from './services'
import { createFakeHost } from './testing/fake-host'
import { exampleFiles } from './testing/example-files'
import { createInThreadEngine } from '../engine-worker/in-thread-engine'
import { selectOrderedRows, selectUndecidedCount } from './selectors'
import { pickFor } from './grid-rows'

const root = '/work/agents'
const files = exampleFiles(root)
const paths = Object.keys(files).sort()

describe('store with the backend-architect example', () => {
  beforeAll(async () => {
    setServices({ host: createFakeHost(root, files), engine: createInThreadEngine() })
    await useAppStore.getState().loadInitial()
  })

  it('loads, parses and groups every file', () => {
    const s = useAppStore.getState()
    expect(s.workspaceBusy).toBe('idle')
    expect(Object.values(s.loads).every((l) => l.status === 'ok')).toBe(true)
    const groups = s.grouping!.grouping.groups
    expect(groups).toHaveLength(1)
    expect(groups[0]!.members).toHaveLength(paths.length)
  })

  it('opens the group, picks, undoes and redoes', async () => {
    await useAppStore.getState().openGroup(paths)
    const s = useAppStore.getState()
    expect(s.merge?.docs).toHaveLength(paths.length)
    expect(s.recipe).not.toBeNull()
    const row = selectOrderedRows(s).find((r) => r.kind === 'section')!
    const before = s.recipe
    s.pick(row.ref, { kind: 'omit' })
    const after = useAppStore.getState()
    expect(after.recipe).not.toBe(before)
    expect(pickFor(after.recipe, row.ref)).toEqual({ kind: 'omit' })
    after.undo()
    expect(useAppStore.getState().recipe).toBe(before)
    useAppStore.getState().redo()
    expect(useAppStore.getState().recipe).toBe(after.recipe)
    expect(selectUndecidedCount(useAppStore.getState())).toBeGreaterThanOrEqual(0)
  })

  it('reports a file that cannot be read without dropping the others', async () => {
    const host = createFakeHost(root, files)
    const readFile = host.readFile
    setServices({ host: { ...host, readFile: (p) => (p === paths[0] ? Promise.reject({ code: 'io-error', message: 'disk on fire' }) : readFile(p)) }, engine: createInThreadEngine() })
    await useAppStore.getState().rescan()
    const s = useAppStore.getState()
    expect(s.loads[paths[0]!]).toMatchObject({ status: 'error', error: { code: 'io-error', message: 'disk on fire' } })
    expect(Object.values(s.loads).filter((l) => l.status === 'ok')).toHaveLength(paths.length - 1)
  })
})

describe('opening a large selection', () => {
  it('compares at most 20 variants and says so', async () => {
    const many = Object.fromEntries(
      Array.from({ length: 23 }, (_, i) => [`/many/a${String(i).padStart(2, '0')}.md`, `---\nname: helper\ndescription: Variant ${i}\n---\n## Intro\nText ${i}\n`]),
    )
    setServices({ host: createFakeHost('/many', many), engine: createInThreadEngine() })
    await useAppStore.getState().loadInitial()
    const toastsBefore = useAppStore.getState().toasts.length
    await useAppStore.getState().openGroup(Object.keys(many))
    const s = useAppStore.getState()
    expect(s.merge?.docs).toHaveLength(20)
    expect(s.toasts.length).toBeGreaterThan(toastsBefore)
    expect(s.toasts[s.toasts.length - 1]!.message).toMatch(/first 20 of 23/)
  })
})

describe('near-duplicate suggestions', () => {
  const body = '## Focus\nReview code for bugs, security issues and style.\n\n## Process\n1. Read the diff.\n2. Run the tests.\n3. Write clear findings with file and line.\n'
  const files2 = {
    '/s/a/code-reviewer.md': `---\nname: code-reviewer\ndescription: Reviews code for quality and security\n---\n${body}`,
    '/s/b/senior-code-reviewer.md': `---\nname: senior-code-reviewer\ndescription: Reviews code for quality and security issues\n---\n${body}Extra line.\n`,
  }

  it('accepting one makes a group that survives a rescan', async () => {
    setServices({ host: createFakeHost('/s', files2), engine: createInThreadEngine() })
    await useAppStore.getState().loadInitial()
    const suggestion = useAppStore.getState().grouping!.grouping.suggestions[0]
    expect(suggestion, 'the engine suggests the renamed copy').toBeDefined()
    useAppStore.getState().acceptSuggestion(suggestion!.id)
    expect(useAppStore.getState().grouping!.grouping.groups).toHaveLength(1)
    await useAppStore.getState().rescan()
    expect(useAppStore.getState().grouping!.grouping.groups).toHaveLength(1)
    expect(useAppStore.getState().grouping!.grouping.groups[0]!.members).toHaveLength(2)
  })
})

describe('moving rows onto others (drag and drop)', () => {
  it('puts a section where the target section is, and refuses to mix keys with sections', async () => {
    setServices({ host: createFakeHost(root, files), engine: createInThreadEngine() })
    await useAppStore.getState().loadInitial()
    await useAppStore.getState().openGroup(paths)
    const rows = useAppStore.getState().recipe!.rows.map((r) => r.row)
    useAppStore.getState().moveOnto({ kind: 'section', row: rows[3]! }, { kind: 'section', row: rows[0]! })
    expect(useAppStore.getState().recipe!.rows.map((r) => r.row).slice(0, 2)).toEqual([rows[3], rows[0]])
    const before = useAppStore.getState().recipe
    const key = before!.keys[0]!.key
    useAppStore.getState().moveOnto({ kind: 'key', key }, { kind: 'section', row: rows[0]! })
    expect(useAppStore.getState().recipe).toBe(before)
  })
})
