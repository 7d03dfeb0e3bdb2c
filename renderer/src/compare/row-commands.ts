// Commands on one row of the grid, shared by the mouse controls and the keyboard shortcuts.
// They read the store with getState() so they work outside React.
import { useAppStore } from '../state/store'
import { pickFor, type DataItem } from '../state/grid-rows'
import { selectRowItem } from '../state/selectors'
import { rowRefOfKey, sameRowRef, type RowRef } from '../state/row-ref'
import { cellTextFor, customStartText } from './cell-text'
import { fileName } from './labels'

function gridItemOf(ref: RowRef): DataItem | undefined {
  return selectRowItem(useAppStore.getState(), ref)
}

export function pickVariant(ref: RowRef, variant: number, combine = false): boolean {
  const s = useAppStore.getState()
  if (!gridItemOf(ref)?.presentIn.includes(variant)) return false
  if (combine) {
    const before = pickFor(s.recipe, ref)
    s.toggleCombine(ref, variant)
    // Taking a variant out of a combination changes little on screen: say so.
    if (before?.kind === 'combine' && before.variants.includes(variant)) announceRemoval(ref, variant)
  } else s.pick(ref, { kind: 'variant', variant })
  s.focusRow(ref)
  return true
}

function announceRemoval(ref: RowRef, variant: number): void {
  const s = useAppStore.getState()
  const after = pickFor(s.recipe, ref)
  const now =
    after?.kind === 'combine' ? `now combines ${after.variants.map((v) => v + 1).join(', ')}` : after?.kind === 'variant' ? `now takes variant ${after.variant + 1} alone` : 'now has no pick'
  const what = ref.kind === 'key' ? `key ${ref.key}` : 'this row'
  s.showToast({ kind: 'info', message: `Variant ${variant + 1} taken out of the combination: ${what} ${now}.`, action: { label: 'Undo', run: () => useAppStore.getState().undo() } })
}

export function toggleOmit(ref: RowRef): void {
  const s = useAppStore.getState()
  const current = pickFor(s.recipe, ref)
  if (current?.kind === 'omit') {
    // Back to what the engine proposed, or undecided when it proposed omitting too.
    const initial = s.merge ? pickFor(s.merge.defaultRecipe, ref) : null
    s.pick(ref, initial && initial.kind !== 'omit' ? initial : { kind: 'undecided' })
  } else s.pick(ref, { kind: 'omit' })
}

export function combineAll(ref: RowRef): void {
  const s = useAppStore.getState()
  const variants = gridItemOf(ref)?.presentIn ?? []
  if (variants.length === 1) s.pick(ref, { kind: 'variant', variant: variants[0]! })
  else if (variants.length > 1) s.pick(ref, { kind: 'combine', variants })
}

// A custom key is its YAML value; a custom section is Markdown, heading included.
const EDIT_LANGUAGE = { key: 'yaml', section: 'markdown' } as const

export function editCustom(ref: RowRef): void {
  const s = useAppStore.getState()
  const merge = s.merge
  const item = gridItemOf(ref)
  if (!merge || !item) return
  s.openCustomEdit({
    target: ref,
    title: item.title || 'text before the first heading',
    initialText: customStartText(pickFor(s.recipe, ref), (v) => cellTextFor(merge.docs, merge.alignment, ref, v), item.reference, '\n'),
    language: EDIT_LANGUAGE[ref.kind],
  })
}

function rowTitleOf(ref: RowRef): string {
  return gridItemOf(ref)?.title || 'preamble'
}

/** First press marks a cell; the second opens the side-by-side diff of both cells. */
export function diffCell(ref: RowRef, variant: number): void {
  const s = useAppStore.getState()
  const merge = s.merge
  if (!merge) return
  const anchor = s.diffAnchor
  if (anchor && sameRowRef(anchor.ref, ref) && anchor.variant === variant) {
    s.setDiffAnchor(null)
    return
  }
  if (!anchor) {
    s.setDiffAnchor({ ref, variant })
    s.showToast({ kind: 'info', message: 'Now choose a second cell to compare with (⇄). Esc cancels.' })
    return
  }
  const side = (r: RowRef, v: number) => ({
    title: `${v + 1} · ${fileName(merge.docs[v]?.path ?? '')} · ${rowTitleOf(r)}`,
    text: cellTextFor(merge.docs, merge.alignment, r, v) ?? '',
    variant: v,
  })
  s.setDiffAnchor(null)
  s.openDiff({ left: side(anchor.ref, anchor.variant), right: side(ref, variant) })
}

/** Diff the focused row's cell in `variant` against the row's reference. */
export function diffWithReference(ref: RowRef, variant: number): void {
  const reference = gridItemOf(ref)?.reference
  if (reference === undefined) return
  useAppStore.getState().setDiffAnchor({ ref, variant: reference })
  diffCell(ref, variant)
}

/** A band dropped on another: `draggedId` is a grid item id (`row:<id>` or `key:<name>`). */
export function moveDropped(draggedId: string, target: RowRef): void {
  const s = useAppStore.getState()
  const ref = rowRefOfKey(draggedId)
  if (!ref) return
  if (ref.kind !== target.kind) {
    s.showToast({ kind: 'info', message: 'Frontmatter keys and sections each keep their own order: drop a key on a key, a section on a section.' })
    return
  }
  s.moveOnto(ref, target)
  s.focusRow(ref)
}

export function moveInResult(ref: RowRef, delta: -1 | 1): void {
  useAppStore.getState().move(ref, delta)
}
