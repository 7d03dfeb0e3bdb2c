import { describe, expect, it } from 'vitest'
import { chordKey, variantKeys, type ChordStep, type VariantChord } from './variant-chord'
import { chordHint } from '../compare/VariantChordPrompt'

const digit = (d: string) => ({ key: d, code: `Digit${d}` })
const open: VariantChord = { combine: false, typed: '' }

/** Types `keys` into a fresh prompt; the last step. */
function type(keys: readonly { key: string; code: string }[], count: number, chord: VariantChord = open): ChordStep {
  let step: ChordStep = { kind: 'wait', chord }
  for (const k of keys) {
    if (step.kind !== 'wait') throw new Error(`the prompt ended before ${k.key}`)
    step = chordKey(step.chord, k, count)
  }
  return step
}

describe('variant chord (0, then the number)', () => {
  it('takes 10-20 of 20 as soon as the number cannot grow', () => {
    for (let n = 10; n <= 20; n++) {
      expect(type(String(n).split('').map(digit), 20)).toEqual({ kind: 'done', variant: n - 1, combine: false })
    }
  })

  it('waits on a prefix that may still grow, and Enter takes it as it is', () => {
    expect(type([digit('1')], 20)).toEqual({ kind: 'wait', chord: { combine: false, typed: '1' } })
    expect(type([digit('2')], 20)).toEqual({ kind: 'wait', chord: { combine: false, typed: '2' } })
    expect(type([digit('1'), { key: 'Enter', code: 'Enter' }], 20)).toEqual({ kind: 'done', variant: 0, combine: false })
  })

  it('ends at once on a digit no longer number starts with', () => {
    expect(type([digit('3')], 20)).toEqual({ kind: 'done', variant: 2, combine: false })
    expect(type([digit('2')], 12)).toEqual({ kind: 'done', variant: 1, combine: false })
    expect(type([digit('1')], 9)).toEqual({ kind: 'done', variant: 0, combine: false })
  })

  it('names a variant past the group (the runner says there is none)', () => {
    expect(type([digit('2'), digit('7')], 20)).toEqual({ kind: 'done', variant: 26, combine: false })
  })

  it('keeps Shift+0 as a combination, from Shift+digit codes too', () => {
    const shifted = [{ key: '!', code: 'Digit1' }, { key: '@', code: 'Digit2' }]
    expect(type(shifted, 20, { combine: true, typed: '' })).toEqual({ kind: 'done', variant: 11, combine: true })
  })

  it('Esc cancels, Backspace takes a digit back (and closes an empty prompt)', () => {
    expect(type([digit('1'), { key: 'Escape', code: 'Escape' }], 20)).toEqual({ kind: 'cancel' })
    expect(type([digit('1'), { key: 'Backspace', code: 'Backspace' }], 20)).toEqual({ kind: 'wait', chord: open })
    expect(type([{ key: 'Backspace', code: 'Backspace' }], 20)).toEqual({ kind: 'cancel' })
    expect(type([{ key: 'Enter', code: 'Enter' }], 20)).toEqual({ kind: 'cancel' })
  })

  it('lets other keys through, ignores modifiers and a second 0', () => {
    expect(type([{ key: 'j', code: 'KeyJ' }], 20)).toEqual({ kind: 'pass' })
    expect(type([{ key: 'Shift', code: 'ShiftLeft' }], 20)).toEqual({ kind: 'wait', chord: open })
    expect(type([digit('0'), digit('1'), digit('5')], 20)).toEqual({ kind: 'done', variant: 14, combine: false })
  })

  it('numpad digits count', () => {
    expect(type([{ key: '1', code: 'Numpad1' }, { key: '9', code: 'Numpad9' }], 20)).toEqual({ kind: 'done', variant: 18, combine: false })
  })
})

describe('variant keys and the prompt line', () => {
  it('names the keys as typed', () => {
    expect(variantKeys(0)).toBe('1')
    expect(variantKeys(8, true)).toBe('Shift+9')
    expect(variantKeys(9)).toBe('0 1 0')
    expect(variantKeys(19, true)).toBe('Shift+0 2 0')
  })

  it('says what the next key does', () => {
    expect(chordHint(open, 20)).toBe('type its number (1–20) · Esc cancels')
    expect(chordHint({ combine: false, typed: '1' }, 20)).toBe('Enter: take variant 1 · or a second digit (10–19) · Esc cancels')
    expect(chordHint({ combine: true, typed: '2' }, 20)).toBe('Enter: combine variant 2 · or a second digit (20) · Esc cancels')
    expect(chordHint({ combine: false, typed: '1' }, 14)).toBe('Enter: take variant 1 · or a second digit (10–14) · Esc cancels')
  })
})
