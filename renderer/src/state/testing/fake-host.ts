// An in-memory HostApi for unit tests of the store (the real app always uses getHost()).
import type { AgentFileEntry, AgentFileText, Draft, FolderListing, HostApi, HostError, HostEvent, Settings } from '../../../../shared/host-api'
import { sha256Hex } from '../../../../shared/engine/hash'

export interface FakeHost extends HostApi {
  readonly files: Map<string, string>
  emit(event: HostEvent): void
}

export function createFakeHost(root: string, initial: Readonly<Record<string, string>>): FakeHost {
  const files = new Map(Object.entries(initial))
  const listeners = new Set<(e: HostEvent) => void>()
  let settings: Settings = { theme: 'system', zoom: 1, foldIdenticalRows: false }
  const drafts = new Map<string, Draft>()

  const listing = (): FolderListing => ({
    roots: [{ path: root, kind: 'folder' }],
    files: [...files.keys()].sort().map(
      (path): AgentFileEntry => ({ path, root, relPath: path.slice(root.length + 1), size: files.get(path)!.length, mtimeMs: 0, formatHint: 'generic' }),
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
    undoArchive: async () => {},
    applyResolution: async (request) => {
      for (const item of request.archive) files.delete(item.path)
      const written = request.write.map((w) => {
        files.set(w.path, w.text)
        return { path: w.path, hash: sha256Hex(w.text) }
      })
      return { archiveId: 'r1', moved: request.archive.map((a) => ({ from: a.path, to: `${a.path}.archived` })), written }
    },
    readDecisions: async () => [],
    writeDecision: async () => {},
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
