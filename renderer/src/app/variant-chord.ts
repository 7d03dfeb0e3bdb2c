// Variants past 9 by keyboard: `0` (or Shift+0 to combine) opens a prompt, then the variant's
// number. The prompt ends by itself as soon as the number is unambiguous (with 20 variants, `1`
// may still become 10-19, `12` cannot grow), or on Enter; Esc and Backspace do what they say.
// Digits 1-9 alone stay instant. Pure: the key handler keeps the state.

export interface VariantChord {
  /** Shift+0 opened it: add to a combination instead of taking the variant alone. */
  readonly combine: boolean
  /** The digits typed so far ('' right after the `0`). */
  readonly typed: string
}

export type ChordStep =
  | { readonly kind: 'wait'; readonly chord: VariantChord }
  /** `variant` is 0-based; it may not exist (the runner says so). */
  | { readonly kind: 'done'; readonly variant: number; readonly combine: boolean }
  | { readonly kind: 'cancel' }
  /** Not a key of the prompt: the prompt closes and the key does what it does elsewhere. */
  | { readonly kind: 'pass' }

export interface ChordKey {
  readonly key: string
  readonly code: string
}

/** The digit a key types, from its code first (Shift+1 types `!`). */
function digitOf(e: ChordKey): string | null {
  return /^(?:Digit|Numpad)([0-9])$/.exec(e.code)?.[1] ?? (/^[0-9]$/.test(e.key) ? e.key : null)
}

/** Does the prefix `typed` still name more than itself among 1..count (12 -> 120+ is not)? */
function canGrow(typed: string, count: number): boolean {
  return Number(typed) * 10 <= count
}

export function chordKey(chord: VariantChord, e: ChordKey, variantCount: number): ChordStep {
  if (e.key === 'Escape') return { kind: 'cancel' }
  if (e.key === 'Backspace') return chord.typed === '' ? { kind: 'cancel' } : { kind: 'wait', chord: { ...chord, typed: chord.typed.slice(0, -1) } }
  if (e.key === 'Enter') return chord.typed === '' || Number(chord.typed) === 0 ? { kind: 'cancel' } : { kind: 'done', variant: Number(chord.typed) - 1, combine: chord.combine }
  const digit = digitOf(e)
  if (digit === null) return ['Shift', 'Control', 'Alt', 'Meta', 'CapsLock'].includes(e.key) ? { kind: 'wait', chord } : { kind: 'pass' }
  if (chord.typed === '' && digit === '0') return { kind: 'wait', chord } // `0 0` is still the prompt
  const typed = chord.typed + digit
  if (canGrow(typed, variantCount)) return { kind: 'wait', chord: { ...chord, typed } }
  return { kind: 'done', variant: Number(typed) - 1, combine: chord.combine }
}

/** The keys that take (or combine) variant `variant` (0-based), as the user types them. */
export function variantKeys(variant: number, combine = false): string {
  const n = variant + 1
  if (n <= 9) return combine ? `Shift+${n}` : String(n)
  return `${combine ? 'Shift+0' : '0'} ${String(n).split('').join(' ')}`
}
