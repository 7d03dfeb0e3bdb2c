// Every keyboard shortcut, as data: what it does and which keys. The sheet lists it; the global
// handler matches events against it. Pure apart from the event shape it reads.

export type ShortcutCommand =
  | 'next-diff' | 'prev-diff' | 'next-row' | 'prev-row' | 'first-row' | 'last-row' | 'next-undecided'
  | 'pick' | 'combine' | 'omit' | 'edit' | 'diff-ref' | 'move-up' | 'move-down'
  | 'undo' | 'redo' | 'save' | 'save-as' | 'open' | 'fold' | 'help' | 'escape'
  | 'next-cell' | 'prev-cell' | 'pick-cell' | 'combine-cell' | 'variant-number'

export interface KeyInput {
  readonly key: string
  readonly code: string
  readonly ctrlKey: boolean
  readonly metaKey: boolean
  readonly altKey: boolean
  readonly shiftKey: boolean
}

export interface ShortcutMatch {
  readonly command: ShortcutCommand
  /** 0-based variant for pick / combine. */
  readonly variant?: number
  /** variant-number: Shift+0 combines the variant typed next. */
  readonly combine?: boolean
}

export interface ShortcutHelp {
  readonly keys: readonly string[]
  readonly does: string
}

export const SHORTCUT_HELP: readonly { readonly title: string; readonly items: readonly ShortcutHelp[] }[] = [
  {
    title: 'Move around',
    items: [
      { keys: ['j', 'Alt+↓', 'F7'], does: 'Next difference' },
      { keys: ['k', 'Alt+↑', 'Shift+F7'], does: 'Previous difference' },
      { keys: ['u'], does: 'Next undecided row' },
      { keys: ['↓', '↑'], does: 'Next / previous row' },
      { keys: ['Home', 'End'], does: 'First / last row (in the grid)' },
      { keys: ['Tab'], does: "Sidebar → toolbar → grid (the cursor column's header, the focused row's buttons) → result" },
    ],
  },
  {
    title: 'Pick (focused row)',
    items: [
      { keys: ['1 … 9'], does: 'Take that variant' },
      { keys: ['0 then 10 … 20'], does: 'Take variant 10 or later: type its number (0 1 2 takes 12); Enter ends a short one' },
      { keys: ['←', '→', 'Enter'], does: 'Move the cell cursor, take that cell (any number of variants)' },
      { keys: ['Ctrl/Cmd+Enter'], does: 'Add the cursor cell to a combination' },
      { keys: ['Shift+1 … 9'], does: 'Add or remove that variant in a combination' },
      { keys: ['Shift+0 then 10 … 20'], does: 'Add or remove variant 10 or later in a combination' },
      { keys: ['x', 'Delete'], does: 'Omit the row (again: restore)' },
      { keys: ['e'], does: 'Edit your own text for the row' },
      { keys: ['d'], does: 'Side-by-side diff with the reference' },
      { keys: ['Alt+Shift+↑', 'Alt+Shift+↓'], does: 'Move the row up / down in the result' },
    ],
  },
  {
    title: 'Sidebar',
    items: [
      { keys: ['↑', '↓', 'Home', 'End'], does: 'Move between files and groups' },
      { keys: ['←', '→'], does: 'Fold / unfold a group' },
      { keys: ['Enter'], does: 'Compare the group' },
      { keys: ['Space'], does: 'Select a file (on a group: all its files)' },
      { keys: ['Shift+click'], does: 'Select a range of files' },
    ],
  },
  {
    title: 'Library',
    items: [
      { keys: ['l'], does: 'Open / close the library queue' },
      { keys: ['n'], does: 'Open the next group still to do' },
      { keys: ['Enter'], does: 'In the queue: open the group, pre-filled with its proposal' },
      { keys: ['m', 'o', 'r', 's'], does: 'In the queue: accept the proposal, keep one…, rename…, skip' },
      { keys: ['a'], does: 'In the queue: apply the proposals to the remaining groups…' },
      { keys: ['Shift+M', 'Shift+O', 'Shift+R', 'Shift+S'], does: 'On an open group: merge as shown, keep one…, rename…, skip' },
      { keys: ['Ctrl/Cmd+Z'], does: 'In the queue: undo the last resolution (files back byte for byte)' },
    ],
  },
  {
    title: 'Everything else',
    items: [
      { keys: ['Ctrl/Cmd+Z'], does: 'Undo' },
      { keys: ['Ctrl/Cmd+Shift+Z', 'Ctrl+Y'], does: 'Redo' },
      { keys: ['Ctrl/Cmd+S'], does: 'Save the merged file' },
      { keys: ['Ctrl/Cmd+Shift+S'], does: 'Save merged as…' },
      { keys: ['Ctrl/Cmd+O'], does: 'Open a folder' },
      { keys: ['f'], does: 'Fold / unfold identical rows' },
      { keys: ['?'], does: 'This sheet' },
      { keys: ['Esc'], does: 'Cancel a pending cell comparison, close this sheet' },
    ],
  },
]

export function matchShortcut(e: KeyInput): ShortcutMatch | null {
  const mod = e.ctrlKey || e.metaKey
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key
  if (mod && !e.altKey) {
    if (key === 'z') return { command: e.shiftKey ? 'redo' : 'undo' }
    if (key === 'y' && e.ctrlKey) return { command: 'redo' }
    if (key === 's') return { command: e.shiftKey ? 'save-as' : 'save' }
    if (key === 'o') return { command: 'open' }
    if (e.key === 'Enter' && !e.shiftKey) return { command: 'combine-cell' }
    return null
  }
  if (mod) return null
  if (e.key === 'F7') return { command: e.shiftKey ? 'prev-diff' : 'next-diff' }
  if (e.altKey) {
    if (e.key === 'ArrowDown') return { command: e.shiftKey ? 'move-down' : 'next-diff' }
    if (e.key === 'ArrowUp') return { command: e.shiftKey ? 'move-up' : 'prev-diff' }
    return null
  }
  if (e.code === 'Digit0' || e.code === 'Numpad0' || (e.code === '' && e.key === '0')) return { command: 'variant-number', combine: e.shiftKey }
  const digit = /^Digit([1-9])$/.exec(e.code)?.[1] ?? (/^[1-9]$/.test(e.key) ? e.key : null)
  if (digit) return { command: e.shiftKey ? 'combine' : 'pick', variant: Number(digit) - 1 }
  if (e.key === '?') return { command: 'help' }
  if (e.key === 'Escape') return { command: 'escape' }
  if (e.key === 'Delete') return { command: 'omit' }
  if (e.key === 'ArrowDown') return { command: 'next-row' }
  if (e.key === 'ArrowUp') return { command: 'prev-row' }
  if (e.key === 'Home' && !e.shiftKey) return { command: 'first-row' }
  if (e.key === 'End' && !e.shiftKey) return { command: 'last-row' }
  if (e.key === 'ArrowRight' && !e.shiftKey) return { command: 'next-cell' }
  if (e.key === 'ArrowLeft' && !e.shiftKey) return { command: 'prev-cell' }
  if (e.key === 'Enter' && !e.shiftKey) return { command: 'pick-cell' }
  if (e.shiftKey) return null
  switch (key) {
    case 'j': return { command: 'next-diff' }
    case 'k': return { command: 'prev-diff' }
    case 'u': return { command: 'next-undecided' }
    case 'x': return { command: 'omit' }
    case 'e': return { command: 'edit' }
    case 'd': return { command: 'diff-ref' }
    case 'f': return { command: 'fold' }
    default: return null
  }
}

/** Keys typed into a field or an editor belong to it, not to the app. */
export function isTypingTarget(target: EventTarget | null): boolean {
  if (!target || typeof (target as Element).closest !== 'function') return false
  const el = target as HTMLElement
  if (el.isContentEditable) return true
  return el.closest('input, textarea, select, [contenteditable="true"], .monaco-editor, [role="dialog"], [role="alertdialog"]') !== null
}
