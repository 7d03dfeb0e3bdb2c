// Merge state: the group being merged (its files, parsed docs and alignment), the recipe with
// its undo/redo stacks, the focused row, column layout and folding.
import type { StateCreator, StoreApi } from 'zustand'
import type { AgentDocument } from '../../../../shared/engine/model'
import type { Alignment } from '../../../../shared/engine/alignment-model'
import type { Choice, Recipe } from '../../../../shared/engine/recipe/recipe-model'
import type { AgentFileText } from '../../../../shared/host-api'
import type { AppState } from '../store'
import { getServices } from '../services'
import { fileToParse } from '../../engine-worker/engine-api'
import { describeHostError, toHostError } from '../host-errors'
import { withEdit, withRedo, withUndo } from '../history'
import { initialColumns, withColumnHidden, withColumnMoved, type ColumnLayout } from '../columns'
import { takeAllFrom, withChoice, withMovedBy, withMovedOnto, withToggledInCombine } from '../../../../shared/engine/recipe/recipe-edits'
import type { RowRef } from '../row-ref'
import { groupIdOf } from '../group-id'
import { mergedResultFor } from '../merged-outputs'

export interface MergeSession {
  /** Stable id of this set of sources (names its draft). */
  readonly id: string
  readonly paths: readonly string[]
  /** The texts as read (their hashes guard writes and detect changes on disk). */
  readonly files: readonly AgentFileText[]
  readonly docs: readonly AgentDocument[]
  readonly alignment: Alignment
  /** The engine's default recipe for these sources (for "reset"). */
  readonly defaultRecipe: Recipe
}

/** The compare view shows at most this many variants side by side. */
export const MAX_VARIANTS = 20

export interface SetRecipeOptions {
  /** Push the previous recipe on the undo stack (default true). */
  readonly undoable?: boolean
}

export interface MergeSlice {
  merge: MergeSession | null
  mergeLoading: boolean
  mergeError: string | null
  recipe: Recipe | null
  undoStack: readonly Recipe[]
  redoStack: readonly Recipe[]
  focusedRow: RowRef | null
  /** The keyboard's cell cursor: a variant column within the focused row (Left/Right, Enter). */
  cursorVariant: number | null
  columns: ColumnLayout
  foldIdentical: boolean
  /** Fold ids (see grid-rows.ts) the user opened while folding is on. */
  expandedFolds: readonly string[]
  /** A cell marked as the left side of a two-cell diff ("compare with…"). */
  diffAnchor: { readonly ref: RowRef; readonly variant: number } | null
  /** Rows marked after a reload re-applied the recipe to changed sources. */
  changedRows: readonly string[]
  openGroup(paths: readonly string[]): Promise<void>
  /** Replace the session after the sources changed (reload), keeping or replacing the recipe. */
  replaceSession(session: MergeSession, recipe: Recipe, changedRows: readonly string[]): void
  closeGroup(): void
  setRecipe(recipe: Recipe, options?: SetRecipeOptions): void
  /** Set what the merged file takes for a key or section. */
  pick(ref: RowRef, choice: Choice): void
  /** Add the variant to the row's combination, or take it out (Ctrl/Cmd-click). */
  toggleCombine(ref: RowRef, variant: number): void
  /** Take every row and key from one variant, in its order. */
  takeAll(variant: number): void
  /** Back to the engine's default recipe (undoable). */
  resetToDefault(): void
  /** One place up (-1) or down (+1) in the output order. */
  move(ref: RowRef, delta: -1 | 1): void
  /** Drag and drop: put a row or key where another one is in the output order. */
  moveOnto(ref: RowRef, target: RowRef): void
  undo(): void
  redo(): void
  focusRow(ref: RowRef | null): void
  setCursorVariant(variant: number | null): void
  setColumnHidden(variant: number, hidden: boolean): void
  moveColumn(variant: number, delta: -1 | 1): void
  setFoldIdentical(fold: boolean): void
  expandFold(id: string): void
  setDiffAnchor(anchor: { readonly ref: RowRef; readonly variant: number } | null): void
}

type SetState = StoreApi<AppState>['setState']
type GetState = StoreApi<AppState>['getState']

/** The slice's data before any group is opened. */
const NO_GROUP = {
  merge: null,
  mergeLoading: false,
  mergeError: null,
  recipe: null,
  undoStack: [],
  redoStack: [],
  focusedRow: null,
  cursorVariant: null,
  columns: initialColumns(0),
  foldIdentical: false,
  expandedFolds: [],
  diffAnchor: null,
  changedRows: [],
} satisfies Partial<MergeSlice>

export const createMergeSlice: StateCreator<AppState, [], [], MergeSlice> = (set, get) => ({
  ...NO_GROUP,
  ...sessionActions(set, get),
  ...recipeActions(set, get),
  ...viewActions(set),
})

/** The files and parsed documents of `paths`: from the workspace's loads where it has them, read
 *  and parsed (in one engine call) where not. */
async function readGroupDocs(loads: AppState['loads'], paths: readonly string[]): Promise<{ files: AgentFileText[]; docs: AgentDocument[] }> {
  const { host, engine } = getServices()
  const files: AgentFileText[] = []
  const docs: (AgentDocument | null)[] = []
  const missing: AgentFileText[] = []
  for (const path of paths) {
    const load = loads[path]
    if (load?.status === 'ok') {
      files.push(load.file)
      docs.push(load.doc)
    } else {
      const file = await host.readFile(path)
      files.push(file)
      docs.push(null)
      missing.push(file)
    }
  }
  const parsed = await engine.parseFiles(missing.map(fileToParse))
  let k = 0
  return { files, docs: docs.map((d) => d ?? parsed[k++]!.doc) }
}

/** Reads, parses and aligns the group's files; the engine proposes the first recipe. */
async function prepareSession(loads: AppState['loads'], paths: readonly string[]): Promise<MergeSession> {
  const { files, docs } = await readGroupDocs(loads, paths)
  const prepared = await getServices().engine.prepareMerge(docs)
  return { id: groupIdOf(paths), paths: [...paths], files, docs, alignment: prepared.alignment, defaultRecipe: prepared.recipe }
}

/** A newly opened group starts from the engine's recipe with no history, no focus, every column
 *  shown and no fold opened. */
function openedState(session: MergeSession): Partial<MergeSlice> {
  return {
    merge: session,
    mergeLoading: false,
    recipe: session.defaultRecipe,
    undoStack: [],
    redoStack: [],
    focusedRow: null,
    cursorVariant: null,
    columns: initialColumns(session.docs.length),
    changedRows: [],
    expandedFolds: [],
    diffAnchor: null,
  }
}

/** Opening, replacing and closing the group. Only the latest open may land: a counter tells a
 *  stale one (the user picked another group meanwhile, or closed it) to drop its result. */
function sessionActions(set: SetState, get: GetState): Pick<MergeSlice, 'openGroup' | 'replaceSession' | 'closeGroup'> {
  let opening = 0
  return {
    openGroup: async (requested) => {
      if (requested.length === 0) return
      const paths = [...new Set(requested)].slice(0, MAX_VARIANTS)
      if (requested.length > MAX_VARIANTS) {
        get().showToast({ kind: 'info', message: `Comparing the first ${MAX_VARIANTS} of ${requested.length} files; select files in the sidebar to compare others.` })
      }
      const mine = ++opening
      set({ mergeLoading: true, mergeError: null })
      try {
        const session = await prepareSession(get().loads, paths)
        if (mine !== opening) return
        set(openedState(session))
        rememberSavedTarget(get, session)
      } catch (reason) {
        if (mine !== opening) return
        const message = describeHostError(toHostError(reason))
        set({ mergeLoading: false, mergeError: message })
        get().showToast({ kind: 'error', message: `Could not open the group: ${message}` })
      }
    },

    replaceSession: (session, recipe, changedRows) => {
      // The old undo history names rows of the old sources: it cannot be replayed on the new ones.
      const columns = get().columns
      set({
        merge: session,
        recipe,
        undoStack: [],
        redoStack: [],
        changedRows,
        diffAnchor: null,
        columns: session.docs.length === columns.order.length ? columns : initialColumns(session.docs.length),
      })
    },

    closeGroup: () => {
      opening++
      set({ merge: null, recipe: null, undoStack: [], redoStack: [], focusedRow: null, changedRows: [], mergeError: null, mergeLoading: false, diffAnchor: null })
    },
  }
}

/** Saved before (this run or an earlier one): the result pane says where, and Save writes there
 *  again (guarded by the hash written, so a file edited since is asked about). */
function rememberSavedTarget(get: GetState, session: MergeSession): void {
  const saved = mergedResultFor(get().mergedResults, session.paths)
  if (saved && !get().savedTargets[session.id]) get().setSavedTarget(session.id, { path: saved.path, hash: saved.hash })
}

/** Edits of the recipe, each one step of undo. */
function recipeActions(
  set: SetState,
  get: GetState,
): Pick<MergeSlice, 'setRecipe' | 'pick' | 'toggleCombine' | 'takeAll' | 'resetToDefault' | 'move' | 'moveOnto' | 'undo' | 'redo'> {
  function edit(next: (recipe: Recipe) => Recipe, undoable = true): void {
    const s = get()
    if (!s.recipe) return
    const h = withEdit(s, next(s.recipe), undoable)
    if (h.recipe === s.recipe) return
    set({ recipe: h.recipe, undoStack: h.undoStack, redoStack: h.redoStack })
  }
  const undoToast = (message: string) => get().showToast({ kind: 'info', message, action: { label: 'Undo', run: () => get().undo() } })
  return {
    setRecipe: (recipe, options) => edit(() => recipe, options?.undoable ?? true),
    pick: (ref, choice) => edit((r) => withChoice(r, ref, choice)),
    toggleCombine: (ref, variant) => edit((r) => withToggledInCombine(r, ref, variant)),
    takeAll: (variant) => {
      const alignment = get().merge?.alignment
      if (!alignment) return
      edit((r) => takeAllFrom(r, alignment, variant))
      undoToast(`Took every row and key from variant ${variant + 1}.`)
    },
    resetToDefault: () => {
      const merge = get().merge
      if (!merge) return
      edit(() => merge.defaultRecipe)
      undoToast('Picks reset to the suggested ones.')
    },
    move: (ref, delta) => edit((r) => withMovedBy(r, ref, delta)),
    moveOnto: (ref, target) => edit((r) => withMovedOnto(r, ref, target)),
    undo: () => set((s) => withUndo(s)),
    redo: () => set((s) => withRedo(s)),
  }
}

/** How the compare view shows the group: focus, cell cursor, columns, folding, diff anchor. */
function viewActions(
  set: SetState,
): Pick<MergeSlice, 'focusRow' | 'setCursorVariant' | 'setColumnHidden' | 'moveColumn' | 'setFoldIdentical' | 'expandFold' | 'setDiffAnchor'> {
  return {
    focusRow: (ref) => set({ focusedRow: ref }),
    setCursorVariant: (variant) => set({ cursorVariant: variant }),
    setColumnHidden: (variant, hidden) => set((s) => ({ columns: withColumnHidden(s.columns, variant, hidden) })),
    moveColumn: (variant, delta) => set((s) => ({ columns: withColumnMoved(s.columns, variant, delta) })),
    setFoldIdentical: (fold) => set({ foldIdentical: fold, expandedFolds: [] }),
    expandFold: (id) => set((s) => ({ expandedFolds: s.expandedFolds.includes(id) ? s.expandedFolds : [...s.expandedFolds, id] })),
    setDiffAnchor: (anchor) => set({ diffAnchor: anchor }),
  }
}
