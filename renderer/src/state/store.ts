// The one app store, built from typed slices. Components select the smallest piece they need;
// actions can be called outside React with `useAppStore.getState()`.
import { create, type StoreApi, type UseBoundStore } from 'zustand'
import { createWorkspaceSlice, type WorkspaceSlice } from './slices/workspace-slice'
import { createMergeSlice, type MergeSlice } from './slices/merge-slice'
import { createUiSlice, type UiSlice } from './slices/ui-slice'
import { createSessionSlice, type SessionSlice } from './slices/session-slice'
import { createLibrarySlice, type LibrarySlice } from '../library/library-slice'

export type AppState = WorkspaceSlice & MergeSlice & UiSlice & SessionSlice & LibrarySlice

/** A store with every slice. The app has one, `useAppStore`; a test can make its own. */
export function createAppStore(): UseBoundStore<StoreApi<AppState>> {
  return create<AppState>()((...a) => ({
    ...createWorkspaceSlice(...a),
    ...createMergeSlice(...a),
    ...createUiSlice(...a),
    ...createSessionSlice(...a),
    ...createLibrarySlice(...a),
  }))
}

export const useAppStore = createAppStore()
