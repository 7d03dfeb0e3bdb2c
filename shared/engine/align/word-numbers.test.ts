import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { WordNumbers } from './word-numbers'

/** The words as the regular expression reads them. */
const expressionWords = (text: string, max: number): string[] => (text.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? []).slice(0, max)

/** Numbers are consistent with words: equal words, equal numbers; different words, different. */
function expectSameWords(numbers: readonly number[], words: readonly string[]): void {
  expect(numbers.length).toBe(words.length)
  const byNumber = new Map<number, string>()
  const byWord = new Map<string, number>()
  numbers.forEach((n, i) => {
    const w = words[i]!
    expect(byNumber.get(n) ?? w).toBe(w)
    expect(byWord.get(w) ?? n).toBe(n)
    byNumber.set(n, w)
    byWord.set(w, n)
  })
}

describe('WordNumbers', () => {
  const parts = fc.constantFrom('Plan', 'plan', 'PLAN', 'é', 'É', 'café', 'Σ', 'ΟΔΟΣ', 'İstanbul', '—', '’', '“x”', '🙂', '\ud800', 'a_b', '42', 'K', 'ǅ', 'x\u0301', ' ', '\n', '-', '**')
  const text = fc.array(fc.oneof(parts, fc.string({ maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 6 })), { maxLength: 30 }).map((p) => p.join(''))

  it('reads exactly the words the expression does, one number per distinct word (one space for every text)', () => {
    let next = 0
    const numbers = new WordNumbers(() => ++next)
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 4 }), fc.integer({ min: 1, max: 40 }), (texts, max) => {
        const all = texts.flatMap((t) => numbers.read(t, max))
        expectSameWords(all, texts.flatMap((t) => expressionWords(t, max)))
      }),
      { numRuns: 1000 },
    )
  })

  it('reads a text with where its words are, or says the expression must read it', () => {
    fc.assert(
      fc.property(text, fc.nat(), (t, at) => {
        let next = 0
        const numbers = new WordNumbers(() => ++next)
        const from = at % (t.length + 1)
        const read = numbers.readWithOffsets(t, from)
        const rest = t.slice(from)
        if (read === null) {
          expect([...rest].some((c) => c.codePointAt(0)! >= 128 && (/[\p{L}\p{N}_]/u.test(c) || c.toLowerCase() !== c))).toBe(true)
          return
        }
        const words = Array.from(read.starts, (s, i) => t.slice(s, read.ends[i]).toLowerCase())
        expect(words).toEqual(expressionWords(rest, Infinity))
        expectSameWords(Array.from(read.ids), words)
      }),
      { numRuns: 1000 },
    )
  })

  it('numbers a word the same whichever way its text was read', () => {
    let next = 0
    const numbers = new WordNumbers(() => ++next)
    const [ascii] = numbers.read('Design', 5)
    const [accented, design] = numbers.read('café DESIGN', 5)
    expect(design).toBe(ascii)
    expect(accented).not.toBe(ascii)
  })

  it('grows past its first table', () => {
    let next = 0
    const numbers = new WordNumbers(() => ++next)
    const words = Array.from({ length: 5000 }, (_, i) => `w${i}`)
    expect(numbers.read(words.join(' '), 5000)).toEqual(words.map((_, i) => i + 1))
    expect(numbers.read(words.join(' '), 5000)).toEqual(words.map((_, i) => i + 1))
  })
})
