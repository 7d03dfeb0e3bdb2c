// The `0` prompt's one line: what has been typed and what the next key does. It closes itself
// when the open group changes.
import { useEffect } from 'react'
import { useAppStore } from '../state/store'
import type { VariantChord } from '../app/variant-chord'

/** What a key does next, for the typed prefix. */
export function chordHint(chord: VariantChord, count: number): string {
  const verb = chord.combine ? 'combine' : 'take'
  if (chord.typed === '') return `type its number (1–${count}) · Esc cancels`
  const n = Number(chord.typed)
  const longer = [n * 10, Math.min(n * 10 + 9, count)]
  const more = longer[0]! <= count ? ` · or a second digit (${longer[0] === longer[1] ? longer[0] : `${longer[0]}–${longer[1]}`})` : ''
  return `Enter: ${verb} variant ${n}${more} · Esc cancels`
}

export function VariantChordPrompt({ mergeId, count }: { mergeId: string; count: number }) {
  const chord = useAppStore((s) => s.variantChord)
  const setChord = useAppStore((s) => s.setVariantChord)
  useEffect(() => () => setChord(null), [mergeId, setChord])
  if (!chord) return null
  return (
    <div className="variant-chord" role="status" aria-live="polite" data-testid="variant-chord">
      <span className="variant-chord-label">{chord.combine ? 'Combine variant' : 'Take variant'}</span>
      <kbd className="variant-chord-typed">{chord.typed || ' '}</kbd>
      <span className="variant-chord-hint">{chordHint(chord, count)}</span>
    </div>
  )
}
