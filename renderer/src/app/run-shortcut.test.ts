import { beforeEach, describe, expect, it } from 'vitest'
import { useAppStore } from '../state/store'
import { setServices } from '../state/services'
import { createFakeHost } from '../state/testing/fake-host'
import { exampleFiles } from '../state/testing/example-files'
import { createInThreadEngine } from '../engine-worker/in-thread-engine'
import { selectOrderedRows } from '../state/selectors'
import { pickFor, isIdentical } from '../state/grid-rows'
import { runShortcut } from './run-shortcut'
import { matchShortcut } from './shortcuts'

const files = exampleFiles('/ex')
const paths = Object.keys(files).sort()
const press = (key: string, extra: Partial<{ shiftKey: boolean; altKey: boolean; ctrlKey: boolean }> = {}) => {
  const match = matchShortcut({ key, code: /^[0-9]$/.test(key) ? `Digit${key}` : '', ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...extra })
  if (!match) throw new Error(`no shortcut for ${key}`)
  return runShortcut(match)
}

describe('keyboard commands on the backend-architect group', () => {
  beforeEach(async () => {
    setServices({ host: createFakeHost('/ex', files), engine: createInThreadEngine() })
    useAppStore.getState().closeGroup()
    await useAppStore.getState().loadInitial()
    await useAppStore.getState().openGroup(paths)
  })

  it('j jumps to rows that differ, u to undecided ones', () => {
    press('j')
    const s = useAppStore.getState()
    const focused = selectOrderedRows(s).find((r) => r.ref.kind === s.focusedRow?.kind && JSON.stringify(r.ref) === JSON.stringify(s.focusedRow))
    expect(focused && !isIdentical(focused)).toBe(true)
    press('u')
    const after = useAppStore.getState()
    expect(pickFor(after.recipe, after.focusedRow!)?.kind).toBe('undecided')
  })

  it('End focuses the last row and Home the first', () => {
    press('u')
    const rows = selectOrderedRows(useAppStore.getState())
    press('End')
    expect(useAppStore.getState().focusedRow).toEqual(rows[rows.length - 1]!.ref)
    press('Home')
    expect(useAppStore.getState().focusedRow).toEqual(rows[0]!.ref)
  })

  it('a digit picks that variant for the focused row; x omits and x again restores; Ctrl+Z undoes', () => {
    press('u')
    const ref = useAppStore.getState().focusedRow!
    const row = selectOrderedRows(useAppStore.getState()).find((r) => JSON.stringify(r.ref) === JSON.stringify(ref))!
    const variant = row.presentIn[0]!
    press(String(variant + 1))
    expect(pickFor(useAppStore.getState().recipe, ref)).toEqual({ kind: 'variant', variant })
    expect(useAppStore.getState().cursorVariant, 'the cell cursor follows the pick (its column scrolls into view)').toBe(variant)
    press('x')
    expect(pickFor(useAppStore.getState().recipe, ref)).toEqual({ kind: 'omit' })
    press('x')
    expect(pickFor(useAppStore.getState().recipe, ref)?.kind).not.toBe('omit')
    press('z', { ctrlKey: true })
    expect(pickFor(useAppStore.getState().recipe, ref)).toEqual({ kind: 'omit' })
  })

  it('a digit for a variant that lacks the row changes nothing and says why', () => {
    const s = useAppStore.getState()
    const partial = selectOrderedRows(s).find((r) => r.kind === 'section' && r.presentIn.length > 0 && r.presentIn.length < s.merge!.docs.length)!
    useAppStore.getState().focusRow(partial.ref)
    const missing = s.merge!.docs.findIndex((_, v) => !partial.presentIn.includes(v))
    const before = useAppStore.getState().recipe
    press(String(missing + 1))
    expect(useAppStore.getState().recipe).toBe(before)
    expect(useAppStore.getState().toasts.at(-1)?.message).toMatch(/does not have this row/)
  })

  it('Alt+Shift+Down moves the focused row down in the result', () => {
    const s = useAppStore.getState()
    const first = s.recipe!.rows[0]!.row
    useAppStore.getState().focusRow({ kind: 'section', row: first })
    press('ArrowDown', { altKey: true, shiftKey: true })
    expect(useAppStore.getState().recipe!.rows[1]!.row).toBe(first)
  })

  it('Ctrl+S with nothing open is consumed and explained, not handed to the browser', () => {
    useAppStore.getState().closeGroup()
    expect(press('s', { ctrlKey: true })).toBe(true)
    expect(useAppStore.getState().toasts.at(-1)?.message).toMatch(/Nothing to save yet/)
  })

  it('Right/Left move a cell cursor over the cells the row has; Enter takes it, Ctrl+Enter combines', () => {
    press('u')
    const ref = useAppStore.getState().focusedRow!
    const row = selectOrderedRows(useAppStore.getState()).find((r) => JSON.stringify(r.ref) === JSON.stringify(ref))!
    const present = row.presentIn
    expect(present.length).toBeGreaterThan(1)
    press('ArrowRight')
    expect(useAppStore.getState().cursorVariant).toBe(present[0])
    press('ArrowRight')
    expect(useAppStore.getState().cursorVariant).toBe(present[1])
    press('Enter')
    expect(pickFor(useAppStore.getState().recipe, ref)).toEqual({ kind: 'variant', variant: present[1] })
    press('ArrowLeft')
    press('Enter', { ctrlKey: true })
    expect(pickFor(useAppStore.getState().recipe, ref)).toEqual({ kind: 'combine', variants: [present[1], present[0]] })
  })
})
