// Drafts, source changes and saving, through the real store with an in-memory host and the
// in-thread engine.
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { sha256Hex } from '../../../shared/engine/hash'
import { createInThreadEngine } from '../engine-worker/in-thread-engine'
import { runSave } from '../result/result-actions'
import { mergeResultOf } from '../result/merge-result'
import { setServices } from '../state/services'
import { useAppStore } from '../state/store'
import { createFakeHost, type FakeHost } from '../state/testing/fake-host'
import { exampleFiles } from '../state/testing/example-files'
import { readDraftData } from './draft-data'
import { DRAFT_SAVE_DELAY_MS, discardDraft, startDraftSync } from './draft-sync'
import { noteFilesChanged, reloadSources } from './source-watch'

const root = '/work/agents'
const files = exampleFiles(root)
const paths = Object.keys(files).sort()
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms))

let host: FakeHost
let stop: () => void

async function openExample(): Promise<void> {
  await useAppStore.getState().openGroup(paths)
  await wait(0)
}

/** A section row whose variants differ, and a variant to pick for it. */
function aRowToPick(): { id: string; variant: number } {
  const s = useAppStore.getState()
  const row = s.merge!.alignment.rows.find((r) => r.cells.filter((c) => c !== null).length >= 2 && r.status.kind !== 'same')!
  return { id: row.id, variant: row.cells.findIndex((c) => c !== null) }
}

beforeEach(async () => {
  host = createFakeHost(root, files)
  setServices({ host, engine: createInThreadEngine() })
  useAppStore.getState().closeGroup()
  useAppStore.setState({ draftNotice: null, staleSources: [], removedSources: [], savedTargets: {} })
  await useAppStore.getState().loadInitial()
  stop = startDraftSync(useAppStore)
})

afterEach(() => stop())

/** Answers the save flow's dialogs: "Save anyway", then `path` (after `whileAsked`, if given). */
function answerSaveAs(path: string, whileAsked?: () => void): () => void {
  return useAppStore.subscribe((s) => {
    const d = s.dialog
    if (!d) return
    if (d.kind === 'choice') queueMicrotask(() => useAppStore.getState().answerDialog(d.id, 'save'))
    else
      queueMicrotask(() => {
        whileAsked?.()
        useAppStore.getState().answerDialog(d.id, path)
      })
  })
}

describe('drafts', () => {
  it('saves the merge in progress after a pause, restores it when the group is opened again, and discards it', async () => {
    await openExample()
    const { id, variant } = aRowToPick()
    useAppStore.getState().pick({ kind: 'section', row: id }, { kind: 'variant', variant })
    const picked = useAppStore.getState().recipe
    const groupId = useAppStore.getState().merge!.id
    await wait(DRAFT_SAVE_DELAY_MS + 100)
    expect(readDraftData((await host.loadDraft(groupId))?.data)?.recipe).toEqual(picked)

    useAppStore.getState().closeGroup()
    await openExample()
    await wait(20)
    const s = useAppStore.getState()
    expect(s.recipe!.rows.find((r) => r.row === id)?.pick).toEqual({ kind: 'variant', variant })
    expect(s.draftNotice?.groupId).toBe(groupId)

    await discardDraft(useAppStore)
    expect(useAppStore.getState().recipe).toBe(useAppStore.getState().merge!.defaultRecipe)
    await wait(DRAFT_SAVE_DELAY_MS + 100)
    expect(await host.loadDraft(groupId)).toBeNull()
  })

  it('saves a column change alone (after a pick) and restores the layout', async () => {
    await openExample()
    const { id, variant } = aRowToPick()
    useAppStore.getState().pick({ kind: 'section', row: id }, { kind: 'variant', variant })
    const groupId = useAppStore.getState().merge!.id
    await wait(DRAFT_SAVE_DELAY_MS + 100)
    const before = readDraftData((await host.loadDraft(groupId))?.data)?.columns
    useAppStore.getState().moveColumn(0, 1)
    useAppStore.getState().setColumnHidden(2, true)
    const moved = useAppStore.getState().columns
    expect(moved).not.toEqual(before)
    await wait(DRAFT_SAVE_DELAY_MS + 100)
    expect(readDraftData((await host.loadDraft(groupId))?.data)?.columns).toEqual(moved)

    useAppStore.getState().closeGroup()
    await openExample()
    await wait(20)
    expect(useAppStore.getState().columns).toEqual(moved)
  })

  it('does not save a draft for picks that are back at the defaults', async () => {
    await openExample()
    const { id, variant } = aRowToPick()
    useAppStore.getState().pick({ kind: 'section', row: id }, { kind: 'variant', variant })
    useAppStore.getState().undo()
    await wait(DRAFT_SAVE_DELAY_MS + 100)
    expect(await host.loadDraft(useAppStore.getState().merge!.id)).toBeNull()
  })
})

describe('sources changed on disk', () => {
  it('flags a changed source, reloads it and marks the changed row, keeping the other picks', async () => {
    await openExample()
    const { id, variant } = aRowToPick()
    useAppStore.getState().pick({ kind: 'section', row: id }, { kind: 'variant', variant })
    const path = paths[variant]!
    const doc = useAppStore.getState().merge!.docs[variant]!
    const section = doc.sections[useAppStore.getState().merge!.alignment.rows.find((r) => r.id === id)!.cells[variant]!]!
    const text = doc.text.slice(0, section.end) + 'An added line.\n' + doc.text.slice(section.end)
    host.files.set(path, text)

    await noteFilesChanged(useAppStore, { kind: 'files-changed', changes: [{ path, change: 'changed' }] })
    expect(useAppStore.getState().staleSources).toEqual([path])

    await reloadSources(useAppStore)
    const s = useAppStore.getState()
    expect(s.staleSources).toEqual([])
    expect(s.merge!.files[variant]!.hash).toBe(sha256Hex(text))
    expect(s.changedRows.length).toBeGreaterThan(0)
    expect(s.recipe!.sources[variant]!.hash).toBe(sha256Hex(text))
  })

  it('says so, rather than nothing, when Reload or Save is asked for while the other runs', async () => {
    await openExample()
    useAppStore.getState().setSessionBusy('saving')
    expect(await reloadSources(useAppStore)).toBe(false)
    expect(useAppStore.getState().toasts.at(-1)?.message).toBe('Still saving: reload again when it is done.')
    useAppStore.getState().setSessionBusy('reloading')
    await runSave(useAppStore.getState, 'save')
    expect(useAppStore.getState().toasts.at(-1)?.message).toBe('Still reloading the sources: save again when it is done.')
    useAppStore.getState().setSessionBusy('idle')
  })

  it('says a removed source is gone instead of offering a reload', async () => {
    await openExample()
    host.files.delete(paths[1]!)
    await noteFilesChanged(useAppStore, { kind: 'files-changed', changes: [{ path: paths[1]!, change: 'removed' }] })
    expect(useAppStore.getState().removedSources).toEqual([paths[1]])
    expect(useAppStore.getState().staleSources).toEqual([])
  })

  it('ignores a change event whose content is what was opened', async () => {
    await openExample()
    await noteFilesChanged(useAppStore, { kind: 'files-changed', changes: [{ path: paths[0]!, change: 'changed' }] })
    expect(useAppStore.getState().staleSources).toEqual([])
  })
})

describe('saving', () => {
  it('leaves no draft behind for picks saved before the draft pause ended', async () => {
    await openExample()
    const { id, variant } = aRowToPick()
    useAppStore.getState().pick({ kind: 'section', row: id }, { kind: 'variant', variant })
    const groupId = useAppStore.getState().merge!.id
    const answers = answerSaveAs(`${root}/quick.md`)
    await runSave(useAppStore.getState, 'save-as')
    answers()
    expect(host.files.get(`${root}/quick.md`)).toContain('name: backend-architect')
    await wait(DRAFT_SAVE_DELAY_MS + 100)
    expect(await host.loadDraft(groupId)).toBeNull()
  })

  it('keeps as a draft a pick made while the save waited on the user (the file does not have it)', async () => {
    await openExample()
    const rows = useAppStore.getState().merge!.alignment.rows.filter((r) => r.cells.filter((c) => c !== null).length >= 2 && r.status.kind !== 'same')
    const [first, second] = rows
    useAppStore.getState().pick({ kind: 'section', row: first!.id }, { kind: 'variant', variant: first!.cells.findIndex((c) => c !== null) })
    const groupId = useAppStore.getState().merge!.id
    const answers = answerSaveAs(`${root}/early.md`, () => useAppStore.getState().pick({ kind: 'section', row: second!.id }, { kind: 'omit' }))
    await runSave(useAppStore.getState, 'save-as')
    answers()
    const later = useAppStore.getState().recipe
    await wait(DRAFT_SAVE_DELAY_MS + 100)
    expect(readDraftData((await host.loadDraft(groupId))?.data)?.recipe).toEqual(later)
  })

  it('asks for a path in browser mode, writes the merged text and deletes the draft', async () => {
    await openExample()
    const { id, variant } = aRowToPick()
    useAppStore.getState().pick({ kind: 'section', row: id }, { kind: 'variant', variant })
    await wait(DRAFT_SAVE_DELAY_MS + 100)
    const groupId = useAppStore.getState().merge!.id
    expect(await host.loadDraft(groupId)).not.toBeNull()

    const answers = useAppStore.subscribe((s) => {
      const d = s.dialog
      if (!d) return
      if (d.kind === 'choice') queueMicrotask(() => useAppStore.getState().answerDialog(d.id, 'save'))
      else queueMicrotask(() => useAppStore.getState().answerDialog(d.id, `${root}/merged.md`))
    })
    await runSave(useAppStore.getState, 'save-as')
    answers()
    expect(host.files.get(`${root}/merged.md`)).toContain('name: backend-architect')
    expect(useAppStore.getState().savedTargets[groupId]?.path).toBe(`${root}/merged.md`)
    expect(await host.loadDraft(groupId)).toBeNull()
  })
})

describe('saving on sources that changed on disk', () => {
  /** Answers the stale-sources question with `stale`, every other choice with "save", paths with `path`. */
  function answerWith(stale: 'reload' | 'save' | 'cancel', path: string): { asked: string[]; stop: () => void } {
    const asked: string[] = []
    const stop = useAppStore.subscribe((s) => {
      const d = s.dialog
      if (!d) return
      if (d.kind === 'choice') {
        asked.push(d.question.testId ?? d.question.title)
        queueMicrotask(() => useAppStore.getState().answerDialog(d.id, d.question.testId === 'stale-save-dialog' ? stale : 'save'))
      } else queueMicrotask(() => useAppStore.getState().answerDialog(d.id, path))
    })
    return { asked, stop }
  }

  /** Opens the example and changes variant 2 on disk without telling the app (no watcher event). */
  async function openAndChangeQuietly(): Promise<string> {
    await openExample()
    const changed = `${files[paths[1]!]}\n## Added Elsewhere\n\nNew text.\n`
    host.files.set(paths[1]!, changed)
    return changed
  }

  it('asks before writing, even when no watcher reported the change; Cancel writes nothing', async () => {
    await openAndChangeQuietly()
    const { asked, stop } = answerWith('cancel', `${root}/merged.md`)
    await runSave(useAppStore.getState, 'save-as')
    stop()
    expect(asked[0]).toBe('stale-save-dialog')
    expect(host.files.has(`${root}/merged.md`)).toBe(false)
    expect(useAppStore.getState().staleSources).toEqual([paths[1]])
  })

  it('names the variant by number and folder in that question', async () => {
    await openAndChangeQuietly()
    let title = ''
    const stop = useAppStore.subscribe((s) => {
      const d = s.dialog
      if (d?.kind === 'choice') {
        title = d.question.title
        queueMicrotask(() => useAppStore.getState().answerDialog(d.id, 'cancel'))
      }
    })
    await runSave(useAppStore.getState, 'save-as')
    stop()
    expect(title).toMatch(/^Variant 2 \(.+\) changed on disk since you opened it$/)
  })

  it('Save anyway writes the merged text as shown (from the text read before)', async () => {
    await openAndChangeQuietly()
    const shown = mergeResultOf(useAppStore.getState().recipe!, useAppStore.getState().merge!.docs, useAppStore.getState().merge!.alignment).text
    const { stop } = answerWith('save', `${root}/merged.md`)
    await runSave(useAppStore.getState, 'save-as')
    stop()
    expect(host.files.get(`${root}/merged.md`)).toBe(shown)
  })

  it('Reload first reloads the sources and saves nothing', async () => {
    const changed = await openAndChangeQuietly()
    const { asked, stop } = answerWith('reload', `${root}/merged.md`)
    await runSave(useAppStore.getState, 'save-as')
    stop()
    expect(asked).toEqual(['stale-save-dialog'])
    expect(host.files.has(`${root}/merged.md`)).toBe(false)
    const s = useAppStore.getState()
    expect(s.merge!.files[1]!.hash).toBe(sha256Hex(changed))
    expect(s.staleSources).toEqual([])
    expect(s.toasts.at(-1)?.message).toContain('Nothing was saved yet')
  })

  it('does not ask when the sources are as read, nor for a variant that is gone (nothing to reload)', async () => {
    await openExample()
    host.files.delete(paths[2]!)
    const { asked, stop } = answerWith('cancel', `${root}/merged.md`)
    await runSave(useAppStore.getState, 'save-as')
    stop()
    expect(asked).not.toContain('stale-save-dialog')
    expect(host.files.has(`${root}/merged.md`)).toBe(true)
    expect(useAppStore.getState().removedSources).toEqual([paths[2]])
  })

  it('a reload keeps the text it read of a variant deleted since', async () => {
    await openExample()
    const before = useAppStore.getState().merge!.files[2]
    host.files.delete(paths[2]!)
    host.files.set(paths[0]!, `${files[paths[0]!]}\nMore.\n`)
    expect(await reloadSources(useAppStore)).toBe(true)
    const s = useAppStore.getState()
    expect(s.merge!.files[2]).toBe(before)
    expect(s.removedSources).toEqual([paths[2]])
  })
})
