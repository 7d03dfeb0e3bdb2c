import { describe, expect, it } from 'vitest'
import { textSketches } from './minhash'
import { repeatedTextSketches } from './repeated-sketches'

const words = (from: number, to: number): string => Array.from({ length: to - from }, (_, i) => `w${from + i}`).join(' ')

describe('repeatedTextSketches', () => {
  it('is textSketches for texts met once, twice and many times', () => {
    const texts = [words(0, 300), words(100, 400), '', 'two words']
    for (let round = 0; round < 4; round++) {
      for (const text of texts) expect(repeatedTextSketches(text)).toEqual(textSketches(text))
    }
  })
  it('tells apart texts alike but for units between those sampled', () => {
    // 2,000 units: every eighth is sampled to find a text met before; these differ in between.
    const base = words(0, 400).slice(0, 2000)
    const other = Array.from(base, (unit, i) => (i % 8 === 4 ? 'z' : unit)).join('')
    expect(other.length).toBe(base.length)
    for (let round = 0; round < 3; round++) {
      expect(repeatedTextSketches(base)).toEqual(textSketches(base))
      expect(repeatedTextSketches(other)).toEqual(textSketches(other))
    }
    expect(textSketches(other)).not.toEqual(textSketches(base))
  })
  it('is right for a text built anew that equals one kept', () => {
    const text = words(0, 200)
    repeatedTextSketches(text)
    repeatedTextSketches(words(0, 200))
    expect(repeatedTextSketches(`${words(0, 100)} ${words(100, 200)}`)).toEqual(textSketches(text))
  })
})
