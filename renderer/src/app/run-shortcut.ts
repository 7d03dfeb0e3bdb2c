// What each shortcut does, against the store. Row commands act on the focused row (the first
// row when none is focused yet).
import { useAppStore } from '../state/store'
import { selectGridItems, selectOrderedRows, selectRowItem, selectVisibleColumns } from '../state/selectors'
import { foldHiding, isIdentical, isUndecided, nextMatching, pickFor, type DataItem } from '../state/grid-rows'
import type { RowRef } from '../state/row-ref'
import { diffWithReference, editCustom, moveInResult, pickVariant, toggleOmit } from '../compare/row-commands'
import { runSave } from '../result/result-actions'
import type { ShortcutMatch } from './shortcuts'
import { openFolderCommand } from './open-commands'


/** Focus a row and make sure no fold hides it. */
export function focusRowVisible(ref: RowRef): void {
  const s = useAppStore.getState()
  const fold = foldHiding(selectGridItems(s), ref)
  if (fold) s.expandFold(fold)
  s.focusRow(ref)
}

function jump(direction: 1 | -1, test: (item: DataItem) => boolean, none: string): void {
  const s = useAppStore.getState()
  const target = nextMatching(selectOrderedRows(s), s.focusedRow, direction, test)
  if (target) focusRowVisible(target.ref)
  else s.showToast({ kind: 'info', message: none })
}

function focusedOrFirst(): RowRef | null {
  const s = useAppStore.getState()
  return s.focusedRow ?? selectOrderedRows(s)[0]?.ref ?? null
}

/** The next visible column (in `direction`) whose cell the row has, from the current cursor. */
function nextCursorVariant(ref: RowRef, current: number | null, direction: 1 | -1): number | null {
  const s = useAppStore.getState()
  const row = selectRowItem(s, ref)
  if (!row) return null
  const columns = selectVisibleColumns(s).filter((v) => row.presentIn.includes(v))
  if (columns.length === 0) return null
  const at = current === null ? -1 : columns.indexOf(current)
  if (at < 0) return direction === 1 ? columns[0]! : columns[columns.length - 1]!
  return columns[Math.max(0, Math.min(columns.length - 1, at + direction))]!
}

/** Runs a shortcut; returns false when it does not apply right now (so the key is not consumed). */
export function runShortcut(match: ShortcutMatch): boolean {
  const s = useAppStore.getState()
  const get = useAppStore.getState
  switch (match.command) {
    case 'open':
      void openFolderCommand('folder')
      return true
    case 'help':
      s.setShortcutSheetOpen(!s.shortcutSheetOpen)
      return true
    case 'escape':
      if (s.shortcutSheetOpen) s.setShortcutSheetOpen(false)
      else if (s.diffAnchor) s.setDiffAnchor(null)
      else return false
      return true
    case 'undo':
      if (!s.merge) return false
      s.undo()
      return true
    case 'redo':
      if (!s.merge) return false
      s.redo()
      return true
    case 'save':
    case 'save-as':
      // Always consumed: the browser's own "Save page" dialog is never what the user wants here.
      if (!s.merge) s.showToast({ kind: 'info', message: 'Nothing to save yet: open a group of variants first.' })
      else void runSave(get, match.command === 'save' ? 'save' : 'save-as')
      return true
    default:
      break
  }
  if (!s.merge) return false
  switch (match.command) {
    case 'next-diff':
    case 'prev-diff':
      jump(match.command === 'next-diff' ? 1 : -1, (i) => !isIdentical(i), 'No differences: every row is the same in all variants.')
      return true
    case 'next-undecided':
      jump(1, (i) => isUndecided(s.recipe, i), 'Nothing undecided: every row has a pick.')
      return true
    case 'next-row':
    case 'prev-row':
      jump(match.command === 'next-row' ? 1 : -1, () => true, 'No rows.')
      return true
    case 'first-row':
    case 'last-row': {
      const rows = selectOrderedRows(s)
      const target = match.command === 'first-row' ? rows[0] : rows[rows.length - 1]
      if (target) focusRowVisible(target.ref)
      return true
    }
    case 'fold':
      s.setFoldIdentical(!s.foldIdentical)
      return true
    case 'variant-number':
      s.setVariantChord({ combine: match.combine === true, typed: '' })
      return true
    default:
      break
  }
  const ref = focusedOrFirst()
  if (!ref) return false
  switch (match.command) {
    case 'pick':
    case 'combine': {
      const variant = match.variant ?? 0
      if (variant >= s.merge.docs.length) {
        s.showToast({ kind: 'info', message: `There is no variant ${variant + 1}: this group has ${s.merge.docs.length}.` })
        return true
      }
      if (!pickVariant(ref, variant, match.command === 'combine')) {
        s.showToast({ kind: 'info', message: `Variant ${variant + 1} does not have this row.` })
      } else if (selectVisibleColumns(get()).includes(variant)) {
        // The cell cursor follows the pick, which brings a column scrolled out of view back.
        get().setCursorVariant(variant)
      }
      return true
    }
    case 'omit':
      toggleOmit(ref)
      s.focusRow(ref)
      return true
    case 'edit':
      editCustom(ref)
      return true
    case 'diff-ref': {
      const pick = pickFor(s.recipe, ref)
      const row = selectRowItem(s, ref)
      const reference = row?.reference ?? 0
      const picked = pick?.kind === 'variant' ? pick.variant : null
      const other = picked !== null && picked !== reference ? picked : row?.presentIn.find((v) => v !== reference)
      if (other === undefined) {
        s.showToast({ kind: 'info', message: 'Only one variant has this row: nothing to compare.' })
        return true
      }
      diffWithReference(ref, other)
      return true
    }
    case 'next-cell':
    case 'prev-cell': {
      const next = nextCursorVariant(ref, s.cursorVariant, match.command === 'next-cell' ? 1 : -1)
      if (next === null) return false
      s.setCursorVariant(next)
      s.focusRow(ref)
      return true
    }
    case 'pick-cell':
    case 'combine-cell':
      if (s.cursorVariant === null) return false
      pickVariant(ref, s.cursorVariant, match.command === 'combine-cell')
      return true
    case 'move-up':
    case 'move-down':
      moveInResult(ref, match.command === 'move-up' ? -1 : 1)
      return true
    default:
      return false
  }
}
