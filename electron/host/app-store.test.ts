import { mkdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createAppStore, DEFAULT_SETTINGS, MAX_RECENT } from './app-store'
import { makeTempFolder } from './temp-folder.test-util'

describe('app store', () => {
  it('returns defaults, saves changes and merges partial settings', async () => {
    const dir = await makeTempFolder()
    const store = createAppStore(dir)
    expect(await store.getSettings()).toEqual(DEFAULT_SETTINGS)
    await store.setSettings({ theme: 'dark' })
    expect(await store.setSettings({ zoom: 1.25 })).toEqual({ ...DEFAULT_SETTINGS, theme: 'dark', zoom: 1.25 })
    expect(await createAppStore(dir).getSettings()).toMatchObject({ theme: 'dark', zoom: 1.25 })
  })

  it('ignores a corrupted file with a warning instead of failing', async () => {
    const dir = await makeTempFolder()
    await writeFile(join(dir, 'settings.json'), '{ "theme": "dark", ')
    const warnings: string[] = []
    const store = createAppStore(dir, (m) => warnings.push(m))
    expect(await store.getSettings()).toEqual(DEFAULT_SETTINGS)
    expect(warnings).toEqual([expect.stringContaining('settings.json')])
    await store.setSettings({ theme: 'light' })
    expect(JSON.parse(await readFile(join(dir, 'settings.json'), 'utf8'))).toMatchObject({ theme: 'light' })
  })

  it('keeps recent items newest first, without duplicates, at most MAX_RECENT', async () => {
    const store = createAppStore(await makeTempFolder())
    for (let i = 0; i < MAX_RECENT + 3; i++) await store.addRecent([`/f/${i}`], i)
    await store.addRecent(['/f/5'], 100)
    const recent = await store.getRecent()
    expect(recent).toHaveLength(MAX_RECENT)
    expect(recent[0]).toEqual({ paths: ['/f/5'], openedAt: 100 })
    expect(recent.filter((r) => r.paths[0] === '/f/5')).toHaveLength(1)
  })

  it('saves, loads and deletes drafts and refuses ids that could name another path', async () => {
    const dir = await makeTempFolder()
    const store = createAppStore(dir)
    await store.saveDraft({ id: 'group-abc_1', updatedAt: 5, data: { recipe: { a: 1 } } })
    expect(await store.loadDraft('group-abc_1')).toEqual({ id: 'group-abc_1', updatedAt: 5, data: { recipe: { a: 1 } } })
    await store.deleteDraft('group-abc_1')
    expect(await store.loadDraft('group-abc_1')).toBeNull()
    await store.deleteDraft('never-saved')
    for (const id of ['../settings', 'a/b', '', 'x'.repeat(200), '..']) {
      await expect(store.saveDraft({ id, updatedAt: 1, data: null })).rejects.toMatchObject({ code: 'bad-request' })
      await expect(store.loadDraft(id)).rejects.toMatchObject({ code: 'bad-request' })
    }
  })

  it('remembers a sane window state and ignores a nonsense one', async () => {
    const dir = await makeTempFolder()
    const store = createAppStore(dir)
    expect(await store.getWindowState()).toBeNull()
    await store.setWindowState({ x: 10, y: 20, width: 1200, height: 800, maximized: false })
    expect(await store.getWindowState()).toEqual({ x: 10, y: 20, width: 1200, height: 800, maximized: false })
    await mkdir(dir, { recursive: true })
    await writeFile(join(dir, 'window-state.json'), JSON.stringify({ width: -5, height: 'tall' }))
    expect(await store.getWindowState()).toBeNull()
  })
})
