// An in-memory HostApi for unit tests of the store (the real app always uses getHost()).
import type { AgentFileEntry, AgentFileText, Draft, FolderListing, HostApi, HostError, HostEvent, Settings } from '../../../../shared/host-api'
import { sha256Hex } from '../../../../shared/engine/hash'

export interface FakeHost extends HostApi {
  readonly files: Map<string, string>
  /** `<folder>/.agent-merge/recipes/<name>` -> text. */
  readonly decisions: Map<string, string>
  /** Every applyResolution and applyFolderStep request, in order. */
  readonly resolutions: unknown[]
  /** Steps of each folder's history (`.agent-merge/runs/`), oldest first. */
  readonly steps: Map<string, FakeStep[]>
  emit(event: HostEvent): void
}

export interface FakeStep {
  readonly id: string
  readonly label: string | null
  readonly moved: readonly (readonly [string, string])[]
  readonly written: readonly (readonly [string, string])[]
  readonly decisions: readonly { readonly name: string; readonly previous: string | null }[]
}

export function createFakeHost(root: string, initial: Readonly<Record<string, string>>): FakeHost {
  const files = new Map(Object.entries(initial))
  const listeners = new Set<(e: HostEvent) => void>()
  let settings: Settings = { theme: 'system', zoom: 1, foldIdenticalRows: false }
  const drafts = new Map<string, Draft>()
  const decisions = new Map<string, string>()
  const resolutions: unknown[] = []
  // archive id -> what it moved (path, text) and wrote (path)
  const archives = new Map<string, { moved: [string, string][]; written: string[] }>()
  let nextArchive = 1
  const steps = new Map<string, FakeStep[]>()
  const decisionPath = (folder: string, name: string): string => `${folder}/.agent-merge/recipes/${name}`

  const listing = (): FolderListing => ({
    roots: [{ path: root, kind: 'folder' }],
    files: [...files.keys()].sort().map(
      (path): AgentFileEntry => ({ path, root, relPath: path.slice(root.length + 1), size: files.get(path)!.length, mtimeMs: 0 }),
    ),
    skipped: [],
  })
  const read = (path: string): AgentFileText => {
    const text = files.get(path)
    if (text === undefined) throw { code: 'not-found', message: `No such file: ${path}`, path }
    return { path, text, hash: sha256Hex(text), nulFree: !text.includes('\0'), mtimeMs: 0 }
  }

  return {
    kind: 'browser',
    files,
    decisions,
    resolutions,
    steps,
    emit: (event) => listeners.forEach((l) => l(event)),
    getInitialListing: async () => listing(),
    showOpenDialog: async () => ({ supported: false }),
    showSaveDialog: async () => ({ supported: false }),
    openPaths: async () => listing(),
    rescan: async () => listing(),
    closeAll: async () => {},
    readFile: async (path) => read(path),
    // Through `this.readFile`, so a test that swaps readFile on a copy also changes batches.
    async readFiles(paths) {
      return Promise.all(
        paths.map((p) => this.readFile(p).then((file) => ({ ok: true, file }) as const, (error: HostError) => ({ ok: false, error }) as const)),
      )
    },
    writeFile: async (req) => {
      const current = files.get(req.path)
      // Like the host, a refusal says why and the hash the file has now (no source-file here).
      const refusal = (changedOnDisk: boolean) => ({ sourceFile: false, currentHash: current === undefined ? null : sha256Hex(current), changedOnDisk })
      if (req.expectedHash === null && current !== undefined) throw { code: 'exists', message: 'exists', path: req.path, refusal: refusal(false) }
      if (req.expectedHash !== null && current !== undefined && sha256Hex(current) !== req.expectedHash && !req.force)
        throw { code: 'changed-on-disk', message: 'changed', path: req.path, refusal: refusal(true) }
      files.set(req.path, req.text)
      return { path: req.path, hash: sha256Hex(req.text) }
    },
    archiveFiles: async () => ({ archiveId: 'a1', moved: [] }),
    undoArchive: async (id) => {
      const archive = archives.get(id)
      if (!archive) throw { code: 'not-found', message: `No archive ${id}` }
      for (const path of archive.written) files.delete(path)
      for (const [path, text] of archive.moved) files.set(path, text)
      archives.delete(id)
    },
    // Like the host: every archived file must still have the hash read; a write lands on a free path.
    applyResolution: async (request) => {
      resolutions.push(request)
      for (const item of request.archive) {
        const text = files.get(item.path)
        if (text === undefined || sha256Hex(text) !== item.expectedHash) throw { code: 'changed-on-disk', message: 'changed', path: item.path }
      }
      const moved: [string, string][] = request.archive.map((a) => [a.path, files.get(a.path)!])
      for (const [path] of moved) files.delete(path)
      const clash = request.write.find((w) => files.has(w.path))
      if (clash) {
        for (const [path, text] of moved) files.set(path, text)
        throw { code: 'exists', message: 'exists', path: clash.path }
      }
      for (const w of request.write) files.set(w.path, w.text)
      const archiveId = `20260101T000000000Z-${String(nextArchive++).padStart(6, '0')}`
      archives.set(archiveId, { moved, written: request.write.map((w) => w.path) })
      return {
        archiveId,
        moved: moved.map(([from]) => ({ from, to: `${from}.archived` })),
        written: request.write.map((w) => ({ path: w.path, hash: sha256Hex(w.text) })),
      }
    },
    readDecisions: async (folder) =>
      [...decisions.entries()].filter(([path]) => path.startsWith(`${folder}/.agent-merge/recipes/`)).map(([path, text]) => ({ name: path.slice(path.lastIndexOf('/') + 1), text })),
    writeDecisions: async (folder, list) => {
      for (const { name, text } of list) {
        const path = `${folder}/.agent-merge/recipes/${name}`
        if (text === null) decisions.delete(path)
        else decisions.set(path, text)
      }
    },
    async applyFolderStep(folder, step) {
      const { archiveId, written } = await this.applyResolution({ archive: step.archive, write: step.write, ...(step.keep ? { keep: step.keep } : {}) })
      const { moved } = archives.get(archiveId)!
      archives.delete(archiveId)
      const decisionsBefore = step.decisions.map((d) => ({ name: d.name, previous: decisions.get(decisionPath(folder, d.name)) ?? null }))
      await this.writeDecisions(folder, step.decisions)
      const list = steps.get(folder) ?? []
      list.push({ id: archiveId, label: step.label, moved, written: step.write.map((w) => [w.path, w.text] as const), decisions: decisionsBefore })
      steps.set(folder, list)
      return { id: archiveId, written }
    },
    listFolderSteps: async (folder) =>
      [...(steps.get(folder) ?? [])].reverse().map((st) => ({
        id: st.id,
        createdAt: Date.parse(`${st.id.slice(0, 4)}-${st.id.slice(4, 6)}-${st.id.slice(6, 8)}T00:00:00Z`),
        label: st.label,
        archived: st.moved.map(([p]) => p),
        written: st.written.map(([p]) => p),
        decisions: st.decisions.length,
        edited: st.written.filter(([p, text]) => files.has(p) && files.get(p) !== text).map(([p]) => p),
        taken: st.moved.filter(([p]) => files.has(p) && !st.written.some(([w]) => w === p)).map(([p]) => p),
      })),
    async undoFolderStep(folder, id) {
      const list = steps.get(folder) ?? []
      const step = list.find((st) => st.id === id)
      if (!step) throw { code: 'not-found', message: `${folder} has no run ${id} to undo` }
      const edited = step.written.find(([p, text]) => files.has(p) && files.get(p) !== text)
      if (edited) throw { code: 'changed-on-disk', message: `${edited[0]} changed since the run wrote it`, path: edited[0] }
      for (const [path] of step.written) files.delete(path)
      for (const [path, text] of step.moved) files.set(path, text)
      await this.writeDecisions(folder, step.decisions.map((d) => ({ name: d.name, text: d.previous })))
      steps.set(folder, list.filter((st) => st !== step))
    },
    getRecent: async () => [],
    getSettings: async () => settings,
    setSettings: async (patch) => (settings = { ...settings, ...patch }),
    saveDraft: async (d) => void drafts.set(d.id, d),
    loadDraft: async (id) => drafts.get(id) ?? null,
    deleteDraft: async (id) => void drafts.delete(id),
    pathForDroppedFile: () => null,
    onEvent: (l) => {
      listeners.add(l)
      return () => listeners.delete(l)
    },
  }
}
