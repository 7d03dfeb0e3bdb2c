import { describe, expect, it } from 'vitest'
import { currentWordTable } from './word-table'

describe('currentWordTable', () => {
  it('is one table until it holds more than 2^16 words, then a new one; the old keeps its numbers', () => {
    const first = currentWordTable()
    expect(currentWordTable()).toBe(first)
    const before = first.readView('bounded words table', 10).slice()
    const words = (from: number): string => Array.from({ length: 20_000 }, (_, k) => `t${from + k}`).join(' ')
    for (let from = 0; first.size <= 1 << 16; from += 20_000) first.readView(words(from), 20_000)
    const next = currentWordTable()
    expect(next).not.toBe(first)
    expect(next.size).toBe(0)
    expect(Array.from(first.readView('bounded words table', 10))).toEqual(Array.from(before))
    expect(Array.from(next.readView('bounded words table', 10))).toEqual([1, 2, 3])
  })
})
