// Workspace state: the opened folders' listing, every file loaded and parsed, the sidebar's groups,
// the multi-selection and scan progress.
import type { StateCreator } from 'zustand'
import type { AgentDocument, Diagnostic } from '../../../../shared/engine/model'
import type { AgentFileText, FolderListing, HostError, MergedOutput } from '../../../../shared/host-api'
import type { GroupedFiles } from '../../engine-worker/engine-api'
import { acceptSuggestion } from '../../../../shared/engine/group/accept-suggestion'
import { groupInputFromDocument } from '../../../../shared/engine/group/group-input'
import type { AppState } from '../store'
import { getServices } from '../services'
import { describeHostError, toHostError } from '../host-errors'
import { loadListingFiles } from '../load-listing'
import { mergedResultsOf } from '../merged-outputs'
import { nextSelection, type SelectMode } from '../selection'

export type DocLoad =
  | { readonly status: 'ok'; readonly file: AgentFileText; readonly doc: AgentDocument; readonly lint: readonly Diagnostic[] }
  | { readonly status: 'error'; readonly error: HostError }

export interface ScanProgress {
  readonly root: string
  readonly scanned: number
  readonly found: number
  readonly done: boolean
}

export interface WorkspaceSlice {
  listing: FolderListing | null
  /** Merged files the app wrote that are their group's result (not grouped as variants). */
  mergedResults: readonly MergedOutput[]
  loads: Readonly<Record<string, DocLoad>>
  grouping: GroupedFiles | null
  /** Suggestion ids the user dismissed (hidden) or accepted (re-applied after every scan). */
  dismissedSuggestions: readonly string[]
  acceptedSuggestions: readonly string[]
  selection: readonly string[]
  /** Anchor for shift-click range selection. */
  selectionAnchor: string | null
  /** The file whose diagnostics the details panel shows. */
  detailsPath: string | null
  filter: string
  scan: ScanProgress | null
  /** 'idle', or what is running right now (shown as progress). */
  workspaceBusy: 'idle' | 'opening' | 'loading'
  workspaceError: string | null
  loadInitial(): Promise<void>
  /** Add folders or files to the workspace. Resolves to null, or the host's refusal message. */
  openPaths(paths: readonly string[], options?: { readonly replace?: boolean; readonly quiet?: boolean }): Promise<string | null>
  /** Read the opened folders again. `keepShown`: the old listing (and so the library queue) stays
   *  on screen until the new one is read, instead of emptying while it is: after a library step. */
  rescan(options?: { readonly keepShown?: boolean }): Promise<void>
  /** Re-list in the background after files changed on disk (no progress shown). Resolves to
   *  false when it did not run because an open or a listing is under way (try again later). */
  refreshListing(): Promise<boolean>
  applyListing(listing: FolderListing, options?: { readonly background?: boolean }): Promise<void>
  setFilter(filter: string): void
  selectFile(path: string, mode: SelectMode, visibleOrder?: readonly string[]): void
  setSelection(paths: readonly string[]): void
  showDetails(path: string | null): void
  setScanProgress(progress: ScanProgress): void
  acceptSuggestion(id: string): void
  dismissSuggestion(id: string): void
}

/** Apply accepted suggestion ids that still exist in a grouping (unknown ids change nothing). */
function reapplyAccepted(grouped: GroupedFiles, accepted: readonly string[], loads: Readonly<Record<string, DocLoad>>): GroupedFiles {
  if (accepted.length === 0) return grouped
  const inputs = grouped.paths.map((path) => {
    const load = loads[path]
    return load?.status === 'ok' ? groupInputFromDocument(load.doc) : { path, identity: '', name: null, description: null, body: '' }
  })
  let grouping = grouped.grouping
  for (const id of accepted) grouping = acceptSuggestion(grouping, id, inputs)
  return grouping === grouped.grouping ? grouped : { ...grouped, grouping }
}

export const createWorkspaceSlice: StateCreator<AppState, [], [], WorkspaceSlice> = (set, get) => {
  // Guard against an older listing finishing after a newer one started.
  let generation = 0
  // Counts listings the user asked for: a background re-list that started before one of them
  // may answer with the roots as they were, and is dropped.
  let asked = 0

  /** Resolves to null on success, else the message (also shown as a toast unless `quiet`). */
  async function runListing(fetch: () => Promise<FolderListing>, busy: 'opening' | 'loading', quiet = false, keepShown = false): Promise<string | null> {
    const mine = ++asked
    set({ workspaceBusy: busy, workspaceError: null })
    try {
      const listing = await fetch()
      await get().applyListing(listing, keepShown ? { background: true } : undefined)
      // (A listing applied in the background leaves the busy state to its caller; a later listing
      // the user asked for meanwhile owns it.)
      if (keepShown && mine === asked) set({ workspaceBusy: 'idle' })
      return null
    } catch (reason) {
      const message = describeHostError(toHostError(reason))
      set({ workspaceBusy: 'idle', workspaceError: quiet ? null : message })
      if (!quiet) get().showToast({ kind: 'error', message: `Could not open: ${message}` })
      return message
    }
  }

  return {
    listing: null,
    mergedResults: [],
    loads: {},
    grouping: null,
    dismissedSuggestions: [],
    acceptedSuggestions: [],
    selection: [],
    selectionAnchor: null,
    detailsPath: null,
    filter: '',
    scan: null,
    workspaceBusy: 'idle',
    workspaceError: null,

    loadInitial: async () => {
      await runListing(() => getServices().host.getInitialListing(), 'loading')
    },
    openPaths: (paths, options) =>
      runListing(
        async () => {
          const { host } = getServices()
          if (!options?.replace) return host.openPaths(paths)
          // Start over, but put the previous roots back if the new path is refused.
          const previous = get().listing?.roots.map((r) => r.path) ?? []
          await host.closeAll()
          try {
            return await host.openPaths(paths)
          } catch (reason) {
            if (previous.length) await host.openPaths(previous).catch(() => undefined)
            throw reason
          }
        },
        'opening',
        options?.quiet,
      ),
    rescan: async (options) => {
      await runListing(() => getServices().host.rescan(), 'loading', false, options?.keepShown)
    },

    refreshListing: async () => {
      if (!get().listing) return true // nothing opened: nothing to follow
      // Not while a library step moves and writes files: its half-done folder would show as the
      // queue (no groups left, "nothing to resolve"), and re-listing slows the step; it reads
      // the folder again itself when done.
      const busy = (): boolean => get().workspaceBusy !== 'idle' || get().libraryProgress !== null
      if (busy()) return false
      const before = asked
      let listing: FolderListing
      try {
        listing = await getServices().host.rescan()
      } catch {
        return true // the host is gone or refused: the next change or a Rescan tries again
      }
      if (before !== asked || busy()) return false
      await get().applyListing(listing, { background: true })
      return true
    },

    applyListing: async (listing, options) => {
      const mine = ++generation
      const askedAtStart = asked
      // In the background the old listing stays until the new one is read: no progress flashes.
      if (!options?.background) set({ listing, workspaceBusy: 'loading' })
      try {
        const { host, engine } = getServices()
        const started = performance.now()
        const { loads, docs } = await loadListingFiles(listing, host, engine, get().loads)
        if (mine !== generation) return
        const read = performance.now()
        // A merge the app saved is its group's result: grouped with its variants, it would be
        // one more variant of the merge it came from.
        const mergedResults = mergedResultsOf(listing)
        const results = new Set(mergedResults.map((o) => o.path))
        const grouped = await engine.groupFiles(results.size === 0 ? docs : docs.filter((d) => !results.has(d.path)))
        if (mine !== generation) return
        if (options?.background && askedAtStart !== asked) return // the user's own listing is coming
        // Timings for the UI bench and the devtools Performance panel.
        performance.measure('agent-merge:read+parse', { start: started, end: read })
        performance.measure('agent-merge:group', { start: read, end: performance.now() })
        const known = new Set(listing.files.map((f) => f.path))
        set((s) => ({
          listing,
          mergedResults,
          loads,
          // Suggestions the user accepted before stay accepted after a rescan.
          grouping: reapplyAccepted(grouped, s.acceptedSuggestions, loads),
          ...(options?.background ? {} : { workspaceBusy: 'idle' as const }),
          selection: s.selection.filter((p) => known.has(p)),
          detailsPath: s.detailsPath && known.has(s.detailsPath) ? s.detailsPath : null,
        }))
      } catch (reason) {
        if (mine !== generation) return
        const message = reason instanceof Error ? reason.message : describeHostError(toHostError(reason))
        set({ ...(options?.background ? {} : { workspaceBusy: 'idle' as const }), workspaceError: `Could not read the folder: ${message}` })
        get().showToast({ kind: 'error', message: `Could not read the folder: ${message}` })
      }
    },

    setFilter: (filter) => set({ filter }),
    selectFile: (path, mode, visibleOrder) =>
      set((s) => nextSelection({ selection: s.selection, anchor: s.selectionAnchor }, path, mode, visibleOrder ?? [])),
    setSelection: (paths) => set({ selection: [...paths], selectionAnchor: paths[0] ?? null }),
    showDetails: (path) => set({ detailsPath: path }),
    setScanProgress: (progress) => set({ scan: progress }),
    acceptSuggestion: (id) =>
      set((s) => {
        if (!s.grouping) return {}
        return {
          grouping: reapplyAccepted(s.grouping, [id], s.loads),
          acceptedSuggestions: s.acceptedSuggestions.includes(id) ? s.acceptedSuggestions : [...s.acceptedSuggestions, id],
        }
      }),
    dismissSuggestion: (id) => set((s) => ({ dismissedSuggestions: [...new Set([...s.dismissedSuggestions, id])] })),
  }
}
