import { describe, expect, it } from 'vitest'
import { matchShortcut, type KeyInput } from './shortcuts'

const key = (k: string, extra: Partial<KeyInput> = {}): KeyInput => ({
  key: k,
  code: /^[0-9]$/.test(k) ? `Digit${k}` : '',
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...extra,
})

describe('shortcuts', () => {
  it.each([
    [key('j'), 'next-diff'],
    [key('ArrowDown', { altKey: true }), 'next-diff'],
    [key('F7'), 'next-diff'],
    [key('F7', { shiftKey: true }), 'prev-diff'],
    [key('k'), 'prev-diff'],
    [key('u'), 'next-undecided'],
    [key('Home'), 'first-row'],
    [key('End'), 'last-row'],
    [key('x'), 'omit'],
    [key('Delete'), 'omit'],
    [key('z', { ctrlKey: true }), 'undo'],
    [key('z', { metaKey: true, shiftKey: true }), 'redo'],
    [key('y', { ctrlKey: true }), 'redo'],
    [key('s', { metaKey: true }), 'save'],
    [key('o', { ctrlKey: true }), 'open'],
    [key('?', { shiftKey: true }), 'help'],
    [key('ArrowUp', { altKey: true, shiftKey: true }), 'move-up'],
    [key('ArrowRight'), 'next-cell'],
    [key('ArrowLeft'), 'prev-cell'],
    [key('Enter'), 'pick-cell'],
    [key('Enter', { ctrlKey: true }), 'combine-cell'],
  ])('%o -> %s', (input, command) => {
    expect(matchShortcut(input)?.command).toBe(command)
  })

  it('digits pick a variant, Shift+digit combines (by key code, whatever the layout prints)', () => {
    expect(matchShortcut(key('3'))).toEqual({ command: 'pick', variant: 2 })
    expect(matchShortcut({ ...key('#'), code: 'Digit3', shiftKey: true })).toEqual({ command: 'combine', variant: 2 })
  })

  it('0 opens the prompt for variants 10 and later (Shift+0 to combine)', () => {
    expect(matchShortcut(key('0'))).toEqual({ command: 'variant-number', combine: false })
    expect(matchShortcut({ ...key(')'), code: 'Digit0', shiftKey: true })).toEqual({ command: 'variant-number', combine: true })
    expect(matchShortcut({ ...key('0'), code: 'Numpad0' })).toEqual({ command: 'variant-number', combine: false })
  })

  it('ignores plain letters with modifiers it does not own', () => {
    expect(matchShortcut(key('j', { ctrlKey: true }))).toBeNull()
    expect(matchShortcut(key('a'))).toBeNull()
    expect(matchShortcut(key('J', { shiftKey: true }))).toBeNull()
  })
})
