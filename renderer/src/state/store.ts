// The one app store, built from typed slices. Components select the smallest piece they need;
// actions can be called outside React with `useAppStore.getState()`.
import { create } from 'zustand'
import { createWorkspaceSlice, type WorkspaceSlice } from './slices/workspace-slice'
import { createMergeSlice, type MergeSlice } from './slices/merge-slice'
import { createUiSlice, type UiSlice } from './slices/ui-slice'
import { createSessionSlice, type SessionSlice } from './slices/session-slice'

export type AppState = WorkspaceSlice & MergeSlice & UiSlice & SessionSlice

export const useAppStore = create<AppState>()((...a) => ({
  ...createWorkspaceSlice(...a),
  ...createMergeSlice(...a),
  ...createUiSlice(...a),
  ...createSessionSlice(...a),
}))
