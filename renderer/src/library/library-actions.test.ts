import { beforeEach, describe, expect, it } from 'vitest'
import { isValidAgentName, parseSavedDecision } from '../../../shared/engine/consolidate'
import { parseDocument } from '../../../shared/engine/parse/parse-document'
import { createInThreadEngine } from '../engine-worker/in-thread-engine'
import { setServices } from '../state/services'
import { useAppStore } from '../state/store'
import { exampleFiles } from '../state/testing/example-files'
import { createFakeHost, type FakeHost } from '../state/testing/fake-host'
import { acceptProposal, acceptWorkspaceMerge, applyProposalsToRemaining, keepOne, renameAll, skipEntry } from './library-actions'
import { openQueueEntry } from './queue-navigation'
import { undoAllResolutions, undoLastResolution } from './resolution-step'
import { selectQueue, selectQueueProgress } from './library-selectors'

const root = '/lib'
const reviewer = (who: string, extra: string) => `---\nname: code-reviewer\ndescription: Reviews code for ${who}\n---\n\n# Code reviewer\n\nRead the diff.\n\n${extra}\n`
const files: Record<string, string> = {
  ...exampleFiles(`${root}/backend-architect`),
  [`${root}/wshobson/agents/code-reviewer.md`]: reviewer('wshobson', '## Checklist\n\n- tests pass\n- names explain themselves'),
  [`${root}/voltagent/agents/code-reviewer.md`]: reviewer('voltagent', '## Security\n\nLook for injection and secrets in the diff.'),
  [`${root}/solo/debugger.md`]: '---\nname: debugger\ndescription: Finds bugs\n---\nDebug.\n',
}

let host: FakeHost
const get = useAppStore.getState

/** Answer the next library dialog (keep one, rename, apply preview) or app question with `value`. */
function answerNext(value: string | null): void {
  const stop = useAppStore.subscribe((s) => {
    if (s.libraryDialog) {
      stop()
      queueMicrotask(() => s.answerLibrary(s.libraryDialog!.id, value))
    } else if (s.dialog) {
      stop()
      queueMicrotask(() => s.answerDialog(s.dialog!.id, value))
    }
  })
}

const entry = (key: string) => selectQueue(get()).find((e) => e.key === key)!

beforeEach(async () => {
  host = createFakeHost(root, files)
  setServices({ host, engine: createInThreadEngine() })
  useAppStore.setState({ libraryOps: [], savedDecisions: {}, proposedGroups: [], libraryGroup: null, merge: null, recipe: null })
  await get().loadInitial()
})

describe('library queue', () => {
  it('lists every duplicate group to do, with progress', () => {
    expect(selectQueue(get()).map((e) => [e.key, e.status, e.files.length])).toEqual([
      ['backend-architect', 'todo', 5],
      ['code-reviewer', 'todo', 2],
    ])
    expect(selectQueueProgress(get())).toEqual({ resolved: 0, total: 2 })
  })

  it('keep one archives the others, saves the decision, and Undo puts the files back', async () => {
    answerNext(`${root}/voltagent/agents/code-reviewer.md`)
    const labels: string[] = []
    const stopLabels = useAppStore.subscribe((s) => s.libraryProgress && labels.push(s.libraryProgress.label))
    await keepOne(get, entry('code-reviewer'))
    stopLabels()
    // Said while it runs, in the present tense; nothing is written, so no "writing 0".
    expect(labels[0]).toBe('Keeping code-reviewer.md of code-reviewer: moving 1 file to the archive')
    // The host is told which is kept: it refuses keeping a link to a file archived (kept-links.ts).
    expect(host.resolutions).toMatchObject([{ keep: [`${root}/voltagent/agents/code-reviewer.md`] }])
    expect(host.files.has(`${root}/wshobson/agents/code-reviewer.md`)).toBe(false)
    expect(host.files.get(`${root}/voltagent/agents/code-reviewer.md`)).toBe(files[`${root}/voltagent/agents/code-reviewer.md`])
    const saved = parseSavedDecision(host.decisions.get(`${root}/.agent-merge/recipes/code-reviewer.json`)!)
    expect(saved).toMatchObject({ ok: true, decision: { group: 'code-reviewer', resolution: { kind: 'keep', keep: 'voltagent/agents/code-reviewer.md' } } })
    expect(entry('code-reviewer').status).toBe('kept')
    expect(selectQueueProgress(get())).toEqual({ resolved: 1, total: 2 })

    await undoLastResolution(get)
    expect(Object.fromEntries(host.files)).toEqual(files)
    expect(host.decisions.size).toBe(0)
    expect(entry('code-reviewer').status).toBe('todo')
  })

  it('rename keeps both under unique valid names, in name and file name', async () => {
    answerNext('ok')
    await renameAll(get, entry('code-reviewer'))
    const written = [...host.files.keys()].filter((p) => p.includes('code-reviewer'))
    expect(written.sort()).toEqual([`${root}/voltagent/agents/voltagent-code-reviewer.md`, `${root}/wshobson/agents/wshobson-code-reviewer.md`])
    for (const path of written) {
      const doc = parseDocument(host.files.get(path)!, path)
      expect(doc.frontmatterMode).toBe('strict')
      expect(isValidAgentName(doc.name!)).toBe(true)
    }
    expect(entry('code-reviewer').status).toBe('renamed')
    await undoLastResolution(get)
    expect(Object.fromEntries(host.files)).toEqual(files)
  })

  it('a dismissed dialog changes nothing', async () => {
    answerNext(null)
    await keepOne(get, entry('code-reviewer'))
    expect(Object.fromEntries(host.files)).toEqual(files)
    expect(host.resolutions).toEqual([])
  })

  it('opens a group pre-filled with the proposal, and accepting it writes the merged file at the base path', async () => {
    await openQueueEntry(get, entry('code-reviewer'))
    const s = get()
    expect(s.libraryGroup?.proposal).not.toBeNull()
    expect(s.recipe).toBe(s.libraryGroup!.proposal!.recipe)
    expect(entry('code-reviewer').status).toBe('proposed')
    get().closeGroup()
    await acceptProposal(get, entry('code-reviewer'))
    const reviewers = [...host.files.keys()].filter((p) => p.includes('code-reviewer'))
    expect(reviewers).toHaveLength(1)
    const merged = host.files.get(reviewers[0]!)!
    // The proposal adds what only the other variant has: both sections are in the result.
    expect(merged).toContain('## Checklist')
    expect(merged).toContain('## Security')
    expect(entry('code-reviewer').status).toBe('merged')
  })

  it('applies the proposals to every remaining group as one step, and one Undo reverses it', async () => {
    await skipEntry(get, entry('code-reviewer'))
    expect(entry('code-reviewer').status).toBe('skipped')
    answerNext('ok')
    await applyProposalsToRemaining(get)
    expect(host.resolutions).toHaveLength(1)
    const request = host.resolutions[0] as { archive: unknown[]; write: { path: string }[] }
    expect(request.archive).toHaveLength(5)
    expect(request.write).toHaveLength(1)
    expect(entry('backend-architect').status).toBe('merged')
    expect(selectQueueProgress(get())).toEqual({ resolved: 2, total: 2 })

    answerNext('undo')
    useAppStore.setState({ toasts: [] })
    await undoAllResolutions(get)
    // One toast for the whole undo, not one per step.
    expect(get().toasts.map((t) => t.message)).toEqual(['Undone: every resolution of this session (2 steps).'])
    expect(Object.fromEntries(host.files)).toEqual(files)
    expect(host.decisions.size).toBe(0)
    expect(selectQueueProgress(get())).toEqual({ resolved: 0, total: 2 })
  })

  it("a toast's Undo undoes its own step, never a later one", async () => {
    await skipEntry(get, entry('backend-architect'))
    const skipToast = get().toasts.at(-1)!
    answerNext(`${root}/voltagent/agents/code-reviewer.md`)
    await keepOne(get, entry('code-reviewer'))
    const keepToast = get().toasts.at(-1)!
    expect(skipToast.action?.label).toBe('Undo')
    // The older toast's Undo: the keep-one step (newer) stays, and the toast says why.
    skipToast.action!.run()
    await new Promise((r) => setTimeout(r, 0))
    expect(get().libraryOps).toHaveLength(2)
    expect(entry('code-reviewer').status).toBe('kept')
    expect(get().toasts.at(-1)).toMatchObject({ kind: 'info', message: expect.stringMatching(/^Skipped backend-architect.*is not the last step/) })
    // The newest toast's Undo undoes the keep-one step.
    keepToast.action!.run()
    await expect.poll(() => entry('code-reviewer').status).toBe('todo')
    expect(entry('backend-architect').status).toBe('skipped')
  })

  it('refuses to write when a file changed on disk since it was read, and says so', async () => {
    host.files.set(`${root}/wshobson/agents/code-reviewer.md`, 'changed behind our back')
    await acceptProposal(get, entry('code-reviewer'))
    expect(host.files.get(`${root}/voltagent/agents/code-reviewer.md`)).toBe(files[`${root}/voltagent/agents/code-reviewer.md`])
    expect(get().toasts.at(-1)).toMatchObject({ kind: 'error', message: expect.stringMatching(/^Not done \(Merged code-reviewer .*\): wshobson\/agents\/code-reviewer\.md.*nothing was changed\. The folder was read again/) })
    expect(get().libraryOps).toHaveLength(0)
  })
  it('Merge as shown asks about a variant changed on disk: Cancel writes nothing, Reload merges the text on disk', async () => {
    await openQueueEntry(get, entry('code-reviewer'))
    const changed = `${root}/voltagent/agents/code-reviewer.md`
    const edited = `${files[changed]!}\nA line the user has not seen.\n`
    host.files.set(changed, edited)
    const before = new Map(host.files)
    const recipe = get().recipe

    // Every question asked, answered from `answers` in turn ('merge' for undecided parts, if asked).
    const asked: number[] = []
    const answers: string[] = ['cancel', 'reload', 'merge']
    const stop = useAppStore.subscribe((s) => {
      if (s.dialog && !asked.includes(s.dialog.id)) {
        asked.push(s.dialog.id)
        const id = s.dialog.id
        const value = answers.shift() ?? null
        queueMicrotask(() => get().answerDialog(id, value))
      }
    })
    try {
      await acceptWorkspaceMerge(get)
      expect(asked).toHaveLength(1)
      expect(host.files).toEqual(before)
      expect(get().recipe).toBe(recipe)
      expect(get().staleSources).toEqual([changed])

      await acceptWorkspaceMerge(get)
      expect(asked).toHaveLength(2)
      expect(host.files).toEqual(before)
      expect(get().merge!.files.find((f) => f.path === changed)!.text).toBe(edited)
      expect(get().staleSources).toEqual([])

      await acceptWorkspaceMerge(get)
    } finally {
      stop()
    }
    const left = [...host.files.keys()].filter((p) => p.includes('code-reviewer') && !p.includes('.agent-merge'))
    expect(left).toHaveLength(1)
    expect(host.files.get(left[0]!)).toContain('A line the user has not seen.')
  })
})
