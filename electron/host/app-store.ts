// What the app remembers between runs, as JSON files in a config folder given by the caller
// (Electron: userData; serve: $XDG_CONFIG_HOME/agent-merge; tests: a temp folder): settings,
// recent items, window state, drafts (in-progress merges, one file each) and the merged files
// the app wrote (so a saved merge is shown as its group's result, not as one more variant).

import { mkdir, unlink } from 'node:fs/promises'
import { join } from 'node:path'
import type { Draft, MergedOutput, RecentItem, Settings } from '../../shared/host-api'
import { hostFailure } from './host-error'
import { isRecord, readJsonFile, writeJsonFile, type Warn } from './json-file'

export const DEFAULT_SETTINGS: Settings = { theme: 'system', zoom: 1, foldIdenticalRows: true }
export const MAX_RECENT = 10
/** Merged files remembered, newest first; the oldest are forgotten (they then list as files). */
export const MAX_OUTPUTS = 2000
const DRAFT_ID = /^[A-Za-z0-9_-]{1,128}$/

export interface WindowState {
  readonly x?: number
  readonly y?: number
  readonly width: number
  readonly height: number
  readonly maximized: boolean
}

export interface AppStore {
  getSettings(): Promise<Settings>
  setSettings(changes: Partial<Settings>): Promise<Settings>
  getRecent(): Promise<readonly RecentItem[]>
  addRecent(paths: readonly string[], openedAt: number): Promise<void>
  getWindowState(): Promise<WindowState | null>
  setWindowState(state: WindowState): Promise<void>
  saveDraft(draft: Draft): Promise<void>
  loadDraft(id: string): Promise<Draft | null>
  deleteDraft(id: string): Promise<void>
  getOutputs(): Promise<readonly MergedOutput[]>
  /** Remember a merged file written; replaces what was remembered for the same path. */
  recordOutput(output: MergedOutput): Promise<void>
}

export function checkDraftId(id: unknown): string {
  if (typeof id !== 'string' || !DRAFT_ID.test(id)) {
    throw hostFailure('bad-request', 'A draft id must be 1-128 letters, digits, "-" or "_"')
  }
  return id
}

function settingsFrom(value: unknown): Settings {
  if (!isRecord(value)) return DEFAULT_SETTINGS
  const theme = value.theme === 'light' || value.theme === 'dark' || value.theme === 'system' ? value.theme : DEFAULT_SETTINGS.theme
  const zoom = typeof value.zoom === 'number' && Number.isFinite(value.zoom) && value.zoom >= 0.25 && value.zoom <= 5 ? value.zoom : DEFAULT_SETTINGS.zoom
  const foldIdenticalRows = typeof value.foldIdenticalRows === 'boolean' ? value.foldIdenticalRows : DEFAULT_SETTINGS.foldIdenticalRows
  return { theme, zoom, foldIdenticalRows }
}

function recentFrom(value: unknown): RecentItem[] {
  if (!Array.isArray(value)) return []
  return value.filter(
    (item): item is RecentItem =>
      isRecord(item) && typeof item.openedAt === 'number' && Array.isArray(item.paths) && item.paths.every((p) => typeof p === 'string'),
  )
}

function outputsFrom(value: unknown): MergedOutput[] {
  if (!Array.isArray(value)) return []
  return value.filter(
    (item): item is MergedOutput =>
      isRecord(item) &&
      typeof item.path === 'string' &&
      typeof item.hash === 'string' &&
      typeof item.savedAt === 'number' &&
      Array.isArray(item.sources) &&
      item.sources.every((p) => typeof p === 'string'),
  )
}

function windowStateFrom(value: unknown): WindowState | null {
  if (!isRecord(value)) return null
  const { x, y, width, height, maximized } = value
  if (typeof width !== 'number' || typeof height !== 'number' || width < 200 || height < 150) return null
  return {
    ...(typeof x === 'number' ? { x } : {}),
    ...(typeof y === 'number' ? { y } : {}),
    width,
    height,
    maximized: maximized === true,
  }
}

export function createAppStore(configDir: string, warn: Warn = (m) => console.warn(m)): AppStore {
  const settingsPath = join(configDir, 'settings.json')
  const recentPath = join(configDir, 'recent.json')
  const windowPath = join(configDir, 'window-state.json')
  const outputsPath = join(configDir, 'merged-outputs.json')
  const draftsDir = join(configDir, 'drafts')
  const draftPath = (id: string): string => join(draftsDir, `${checkDraftId(id)}.json`)
  // Writes to the same file are chained so the last call wins.
  let queue: Promise<unknown> = Promise.resolve()
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const run = queue.then(task, task)
    queue = run.catch(() => undefined)
    return run
  }
  const ensureDir = (dir: string): Promise<unknown> => mkdir(dir, { recursive: true })

  return {
    getSettings: async () => settingsFrom(await readJsonFile(settingsPath, warn)),
    setSettings: (changes) =>
      serial(async () => {
        const next = settingsFrom({ ...settingsFrom(await readJsonFile(settingsPath, warn)), ...changes })
        await ensureDir(configDir)
        await writeJsonFile(settingsPath, next)
        return next
      }),
    getRecent: async () => recentFrom(await readJsonFile(recentPath, warn)),
    addRecent: (paths, openedAt) =>
      serial(async () => {
        const key = [...paths].sort().join('\n')
        const others = recentFrom(await readJsonFile(recentPath, warn)).filter((item) => [...item.paths].sort().join('\n') !== key)
        await ensureDir(configDir)
        await writeJsonFile(recentPath, [{ paths: [...paths], openedAt }, ...others].slice(0, MAX_RECENT))
      }),
    getWindowState: async () => windowStateFrom(await readJsonFile(windowPath, warn)),
    setWindowState: (state) =>
      serial(async () => {
        await ensureDir(configDir)
        await writeJsonFile(windowPath, state)
      }),
    saveDraft: (draft) =>
      serial(async () => {
        const path = draftPath(draft.id)
        await ensureDir(draftsDir)
        await writeJsonFile(path, { id: draft.id, updatedAt: draft.updatedAt, data: draft.data })
      }),
    loadDraft: async (id) => {
      const value = await readJsonFile(draftPath(id), warn)
      if (!isRecord(value) || value.id !== id || typeof value.updatedAt !== 'number') return null
      return { id, updatedAt: value.updatedAt, data: value.data }
    },
    deleteDraft: (id) =>
      serial(async () => {
        await unlink(draftPath(id)).catch((error: { code?: string }) => {
          if (error.code !== 'ENOENT') throw error
        })
      }),
    getOutputs: async () => outputsFrom(await readJsonFile(outputsPath, warn)),
    recordOutput: (output) =>
      serial(async () => {
        const others = outputsFrom(await readJsonFile(outputsPath, warn)).filter((o) => o.path !== output.path)
        await ensureDir(configDir)
        await writeJsonFile(outputsPath, [output, ...others].slice(0, MAX_OUTPUTS))
      }),
  }
}
