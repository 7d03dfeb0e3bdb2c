import { describe, expect, it } from 'vitest'
import { textSignature } from './minhash'
import { repeatedTextSignature } from './repeated-signatures'

const words = (from: number, to: number): string => Array.from({ length: to - from }, (_, i) => `w${from + i}`).join(' ')

describe('repeatedTextSignature', () => {
  it('is textSignature for texts met once, twice and many times', () => {
    const texts = [words(0, 300), words(100, 400), '', 'two words']
    for (let round = 0; round < 4; round++) {
      for (const text of texts) expect(repeatedTextSignature(text)).toEqual(textSignature(text))
    }
  })
  it('tells apart texts alike but for units between those sampled', () => {
    // 2,000 units: every eighth is sampled to find a text met before; these differ in between.
    const base = words(0, 400).slice(0, 2000)
    const other = Array.from(base, (unit, i) => (i % 8 === 4 ? 'z' : unit)).join('')
    expect(other.length).toBe(base.length)
    for (let round = 0; round < 3; round++) {
      expect(repeatedTextSignature(base)).toEqual(textSignature(base))
      expect(repeatedTextSignature(other)).toEqual(textSignature(other))
    }
    expect(textSignature(other)).not.toEqual(textSignature(base))
  })
  it('is right for a text built anew that equals one kept', () => {
    const text = words(0, 200)
    repeatedTextSignature(text)
    repeatedTextSignature(words(0, 200))
    expect(repeatedTextSignature(`${words(0, 100)} ${words(100, 200)}`)).toEqual(textSignature(text))
  })
})
