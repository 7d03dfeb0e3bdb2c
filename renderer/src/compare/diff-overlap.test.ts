import { describe, expect, it } from 'vitest'
import { diffWords } from '../../../shared/engine/diff/word-diff'
import { sharedRatio } from './diff-overlap'

const ratio = (a: string, b: string) => {
  const d = diffWords(a, b)
  if (d.kind !== 'ok') throw new Error('unexpected tooLarge')
  return sharedRatio(d.parts)
}

describe('sharedRatio', () => {
  it('is 1 for equal texts and for empty cells', () => {
    expect(ratio('same words here', 'same words here')).toBe(1)
    expect(sharedRatio([])).toBe(1)
  })
  it('counts only the cell text: removed reference words do not lower it', () => {
    expect(ratio('alpha beta gamma delta', 'alpha beta')).toBe(1)
  })
  it('is low for unrelated texts and in between for an edit', () => {
    expect(ratio('completely different sentence', 'nothing alike whatsoever')).toBe(0)
    const r = ratio('design scalable backend systems', 'design robust backend services')
    expect(r).toBeGreaterThan(0.3)
    expect(r).toBeLessThan(1)
  })
})
