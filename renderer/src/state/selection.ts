// Pure multi-selection logic for the sidebar (click, Ctrl/Cmd-click toggle, Shift-click range).

export type SelectMode = 'single' | 'toggle' | 'range'

export interface SelectionState {
  readonly selection: readonly string[]
  readonly anchor: string | null
}

export function nextSelection(
  state: SelectionState,
  path: string,
  mode: SelectMode,
  visibleOrder: readonly string[],
): { selection: readonly string[]; selectionAnchor: string | null } {
  if (mode === 'toggle') {
    const has = state.selection.includes(path)
    return {
      selection: has ? state.selection.filter((p) => p !== path) : [...state.selection, path],
      selectionAnchor: path,
    }
  }
  if (mode === 'range' && state.anchor) {
    const a = visibleOrder.indexOf(state.anchor)
    const b = visibleOrder.indexOf(path)
    if (a >= 0 && b >= 0) {
      const [lo, hi] = a <= b ? [a, b] : [b, a]
      const range = visibleOrder.slice(lo, hi + 1)
      const merged = [...state.selection, ...range.filter((p) => !state.selection.includes(p))]
      return { selection: merged, selectionAnchor: state.anchor }
    }
  }
  return { selection: [path], selectionAnchor: path }
}
