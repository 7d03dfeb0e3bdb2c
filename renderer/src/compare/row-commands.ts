// Commands on one row of the grid, shared by the mouse controls and the keyboard shortcuts.
// They read the store with getState() so they work outside React.
import type { Choice } from '../../../shared/engine/recipe/recipe-model'
import { useAppStore } from '../state/store'
import { pickFor } from '../state/grid-rows'
import { sameRowRef, type RowRef } from '../state/row-ref'
import { cellTextFor, customStartText, keyText, sectionText } from './cell-text'
import { fileName } from './labels'

function setPick(ref: RowRef, pick: Choice): void {
  const s = useAppStore.getState()
  if (ref.kind === 'key') s.pickKey(ref.key, pick)
  else s.pickRow(ref.id, pick)
}

function variantHas(ref: RowRef, variant: number): boolean {
  const merge = useAppStore.getState().merge
  if (!merge) return false
  if (ref.kind === 'key') return !!merge.alignment.keys.find((k) => k.key === ref.key)?.cells[variant]
  return merge.alignment.rows.find((r) => r.id === ref.id)?.cells[variant] != null
}

export function pickVariant(ref: RowRef, variant: number, combine = false): boolean {
  const s = useAppStore.getState()
  if (!variantHas(ref, variant)) return false
  if (combine) {
    const before = pickFor(s.recipe, ref)
    if (ref.kind === 'key') s.toggleKeyCombine(ref.key, variant)
    else s.toggleRowCombine(ref.id, variant)
    // Taking a variant out of a combination changes little on screen: say so.
    if (before?.kind === 'combine' && before.variants.includes(variant)) announceRemoval(ref, variant)
  } else setPick(ref, { kind: 'variant', variant })
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
    setPick(ref, initial && initial.kind !== 'omit' ? initial : { kind: 'undecided' })
  } else setPick(ref, { kind: 'omit' })
}

export function combineAll(ref: RowRef): void {
  const s = useAppStore.getState()
  if (!s.merge) return
  const variants = s.merge.docs.map((_, v) => v).filter((v) => variantHas(ref, v))
  if (variants.length === 1) setPick(ref, { kind: 'variant', variant: variants[0]! })
  else if (variants.length > 1) setPick(ref, { kind: 'combine', variants })
}

export function editCustom(ref: RowRef): void {
  const s = useAppStore.getState()
  const merge = s.merge
  if (!merge) return
  const pick = pickFor(s.recipe, ref)
  if (ref.kind === 'key') {
    const row = merge.alignment.keys.find((k) => k.key === ref.key)
    if (!row) return
    s.openCustomEdit({
      target: ref,
      title: ref.key,
      initialText: customStartText(pick, (v) => keyText(row, v), row.reference, '\n'),
      language: 'yaml',
    })
  } else {
    const row = merge.alignment.rows.find((r) => r.id === ref.id)
    if (!row) return
    s.openCustomEdit({
      target: ref,
      title: row.title || 'text before the first heading',
      initialText: customStartText(pick, (v) => sectionText(merge.docs, row, v), row.reference, '\n'),
      language: 'markdown',
    })
  }
}

function rowTitleOf(ref: RowRef): string {
  if (ref.kind === 'key') return ref.key
  return useAppStore.getState().merge?.alignment.rows.find((r) => r.id === ref.id)?.title || 'preamble'
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
  const s = useAppStore.getState()
  const merge = s.merge
  if (!merge) return
  const reference =
    ref.kind === 'key'
      ? merge.alignment.keys.find((k) => k.key === ref.key)?.reference
      : merge.alignment.rows.find((r) => r.id === ref.id)?.reference
  if (reference === undefined) return
  s.setDiffAnchor({ ref, variant: reference })
  diffCell(ref, variant)
}

/** A band dropped on another: `draggedId` is a grid item id (`row:<id>` or `key:<name>`). */
export function moveDropped(draggedId: string, target: RowRef): void {
  const s = useAppStore.getState()
  const ref: RowRef | null = draggedId.startsWith('row:')
    ? { kind: 'row', id: draggedId.slice(4) }
    : draggedId.startsWith('key:')
      ? { kind: 'key', key: draggedId.slice(4) }
      : null
  if (!ref) return
  if (ref.kind !== target.kind) {
    s.showToast({ kind: 'info', message: 'Frontmatter keys and sections each keep their own order: drop a key on a key, a section on a section.' })
    return
  }
  s.moveOnto(ref, target)
  s.focusRow(ref)
}

export function moveInResult(ref: RowRef, delta: -1 | 1): void {
  const s = useAppStore.getState()
  if (ref.kind === 'key') s.moveKey(ref.key, delta)
  else s.moveRow(ref.id, delta)
}
