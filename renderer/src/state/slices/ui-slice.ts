// UI state: theme, pane sizes, overlays the compare view asks for, toasts.
import type { StateCreator } from 'zustand'
import type { AppState } from '../store'
import type { RowRef } from '../row-ref'
import type { VariantChord } from '../../app/variant-chord'

export type ThemeChoice = 'system' | 'light' | 'dark'

export interface PaneSizes {
  /** Sidebar width in px. */
  readonly sidebar: number
  /** Result pane width in px. */
  readonly result: number
}

export interface Toast {
  readonly id: number
  readonly kind: 'error' | 'info' | 'success'
  readonly message: string
  /** Optional action button (e.g. "Undo" after archiving). */
  readonly action?: { readonly label: string; readonly run: () => void }
}

export interface DiffSide {
  readonly title: string
  readonly text: string
  /** Variant index (for the header colour), null for the merged text. */
  readonly variant: number | null
}

/** Ask the diff overlay (renderer/src/monaco) to show two texts side by side. */
export interface DiffRequest {
  readonly left: DiffSide
  readonly right: DiffSide
}

/** Ask the custom-edit editor (renderer/src/monaco) to edit a row or key, starting from `initialText`. */
export interface CustomEditRequest {
  readonly target: RowRef
  /** The row's title or the key's name (the editor frames it). */
  readonly title: string
  readonly initialText: string
  readonly language: 'markdown' | 'yaml'
}

// Leaves ~900 px to compare at 1600 px: five variants side by side.
export const DEFAULT_PANE_SIZES: PaneSizes = { sidebar: 260, result: 430 }

export interface UiSlice {
  theme: ThemeChoice
  paneSizes: PaneSizes
  shortcutSheetOpen: boolean
  /** Show words the reference has and a cell lacks, struck through (else a thin marker). */
  showRemovedWords: boolean
  toasts: readonly Toast[]
  diffRequest: DiffRequest | null
  customEditRequest: CustomEditRequest | null
  /** The `0` prompt for a variant's number (10-20), while the user types it. */
  variantChord: VariantChord | null
  setTheme(theme: ThemeChoice): void
  setPaneSizes(sizes: Partial<PaneSizes>): void
  setShortcutSheetOpen(open: boolean): void
  setShowRemovedWords(show: boolean): void
  showToast(toast: Omit<Toast, 'id'>): number
  dismissToast(id: number): void
  openDiff(request: DiffRequest | null): void
  openCustomEdit(request: CustomEditRequest | null): void
  setVariantChord(chord: VariantChord | null): void
}

let nextToastId = 1

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set) => ({
  theme: 'system',
  paneSizes: DEFAULT_PANE_SIZES,
  shortcutSheetOpen: false,
  showRemovedWords: false,
  toasts: [],
  diffRequest: null,
  customEditRequest: null,
  variantChord: null,
  setTheme: (theme) => set({ theme }),
  setPaneSizes: (sizes) => set((s) => ({ paneSizes: { ...s.paneSizes, ...sizes } })),
  setShortcutSheetOpen: (open) => set({ shortcutSheetOpen: open }),
  setShowRemovedWords: (show) => set({ showRemovedWords: show }),
  showToast: (toast) => {
    const id = nextToastId++
    set((s) => ({ toasts: [...s.toasts.slice(-4), { ...toast, id }] }))
    return id
  },
  dismissToast: (id) => set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) })),
  openDiff: (request) => set({ diffRequest: request }),
  openCustomEdit: (request) => set({ customEditRequest: request }),
  setVariantChord: (chord) => set({ variantChord: chord }),
})
