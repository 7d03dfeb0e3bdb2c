import { diffWordsWithSpace } from 'diff'
import fc from 'fast-check'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { WordDiff } from '../alignment-model'
import { diffWords, workBudget } from './word-diff'

const side = (diff: WordDiff, keep: 'add' | 'remove'): string => {
  if (diff.kind !== 'ok') throw new Error('expected ok')
  return diff.parts.filter((p) => p.op === 'same' || p.op === keep).map((p) => p.text).join('')
}

const words = (n: number, w: string): string => Array.from({ length: n }, (_, i) => `${w}${i}`).join(' ')
/** The same words in reverse: nothing to cut as a common start or end, no token only one side
 *  has, about 2,000 edits and 2,000,000 comparisons to find them. */
const reversedPair = (n: number): [string, string] => {
  const list = Array.from({ length: n }, (_, i) => `w${i}`)
  return [list.join(' '), [...list].reverse().join(' ')]
}

describe('diffWords', () => {
  afterEach(() => vi.restoreAllMocks())
  it('marks a changed word', () => {
    const diff = diffWords('Use the backend agent', 'Use the frontend agent')
    expect(diff).toEqual({
      kind: 'ok',
      parts: [
        { text: 'Use the ', op: 'same' },
        { text: 'backend', op: 'remove' },
        { text: 'frontend', op: 'add' },
        { text: ' agent', op: 'same' },
      ],
    })
  })
  it('does not count line endings when only one text uses CRLF', () => {
    expect(diffWords('## Usage\nRun it.\nNow.\n', '## Usage\r\nRun it.\r\nNow.\r\n')).toEqual({ kind: 'ok', parts: [{ text: '## Usage\nRun it.\nNow.\n', op: 'same' }] })
    const diff = diffWords('a\r\nb\r\n', 'a\nc\n')
    expect(side(diff, 'remove')).toBe('a\r\nb\r\n')
    expect(side(diff, 'add')).toBe('a\r\nc\r\n')
  })
  it('gives one same part for equal texts and none for two empty ones', () => {
    expect(diffWords('a b', 'a b')).toEqual({ kind: 'ok', parts: [{ text: 'a b', op: 'same' }] })
    expect(diffWords('', '')).toEqual({ kind: 'ok', parts: [] })
  })
  it('reports tooLarge past the edit cap instead of diffing', () => {
    const a = Array.from({ length: 400 }, (_, i) => `a${i}`).join(' ')
    const b = Array.from({ length: 400 }, (_, i) => `b${i}`).join(' ')
    const diff = diffWords(a, b, { maxEditLength: 50 })
    expect(diff.kind).toBe('tooLarge')
    expect(diffWords(a, b, { maxEditLength: 5000 }).kind).toBe('ok')
  })
  it('gives the same answer however slow the clock says the machine is', () => {
    const [a, b] = reversedPair(300)
    const quiet = diffWords(a, b)
    expect(quiet.kind).toBe('ok')
    // A machine so busy that every look at the clock finds a second gone.
    let now = 0
    vi.spyOn(Date, 'now').mockImplementation(() => (now += 1000))
    vi.spyOn(performance, 'now').mockImplementation(() => (now += 1000))
    expect(diffWords(a, b)).toEqual(quiet)
    const [x, y] = reversedPair(1000)
    expect(diffWords(x, y)).toEqual({ kind: 'tooLarge', reason: 'over 1,000,000 steps to align them' })
  })
  it('gives up by counted work: the step bound, the edit cap from tokens only one side has, a shared budget', () => {
    const [a, b] = reversedPair(300)
    expect(diffWords(a, b, { maxComparisons: 1000 })).toEqual({ kind: 'tooLarge', reason: 'over 1,000 steps to align them' })
    expect(diffWords(a, b, { maxEditLength: 100 })).toEqual({ kind: 'tooLarge', reason: 'more than 100 edits' })
    expect(diffWords(words(300, 'a'), words(300, 'b'), { maxEditLength: 100 })).toEqual({ kind: 'tooLarge', reason: 'more than 100 edits' })
    const budget = workBudget(200_000)
    expect(diffWords(a, b, { budget }).kind).toBe('ok')
    const left = budget.remaining
    expect(left).toBeGreaterThan(0)
    expect(left).toBeLessThan(200_000)
    expect(diffWords(a, b, { budget })).toEqual({ kind: 'tooLarge', reason: 'the work budget of these word diffs is spent' })
    expect(budget.remaining).toBeLessThanOrEqual(0)
    expect(diffWords('a b', 'a c', { budget })).toEqual({ kind: 'tooLarge', reason: 'the work budget of these word diffs is spent' })
    expect(diffWords('a b', 'a b', { budget })).toEqual({ kind: 'ok', parts: [{ text: 'a b', op: 'same' }] })
  })
  it('diffs only the changed middle of two long texts, and gives up before tokenising a long one', () => {
    const head = words(100_000, 'h')
    const diff = diffWords(`${head} old ${head}`, `${head} new ${head}`)
    expect(diff).toEqual({ kind: 'ok', parts: [{ text: `${head} `, op: 'same' }, { text: 'old', op: 'remove' }, { text: 'new', op: 'add' }, { text: ` ${head}`, op: 'same' }] })
    const far = diffWords(`a ${words(30_000, 'x')}`, `b ${words(30_000, 'y')}`, { maxEditLength: 1e9, maxComparisons: 1e12 })
    expect(far).toMatchObject({ kind: 'tooLarge', reason: expect.stringContaining('200,000 changed characters') })
  })
  it('gives up exactly where jsdiff alone gives up on its edit cap', () => {
    // Runs of spaces, tabs, no-break spaces and CR next to LF too: the common start and end must
    // not be cut inside one of jsdiff's tokens ("  " against "a " once passed a cap of 2).
    expect(diffWords('  ', 'a ', { maxEditLength: 2 }).kind).toBe('tooLarge')
    const text = fc.array(fc.constantFrom('a', 'b', 'c', 'dd', ' ', '  ', '\t', '\u00a0', '.', '\n', '\r'), { maxLength: 40 }).map((parts) => parts.join(''))
    fc.assert(
      fc.property(text, text, fc.integer({ min: 1, max: 12 }), (a, b, maxEditLength) => {
        // Line endings do not count when only one text uses CRLF (jsdiff counts them).
        fc.pre(a.includes('\r\n') === b.includes('\r\n'))
        const ours = diffWords(a, b, { maxEditLength })
        const theirs = diffWordsWithSpace(a, b, { maxEditLength })
        expect(ours.kind).toBe(theirs === undefined ? 'tooLarge' : 'ok')
      }),
    )
  })
  it('always rebuilds both texts from its parts', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), fc.string({ maxLength: 80 }), fc.string({ maxLength: 20 }), (a, b, common) => {
        // Also with a common start and end, which are cut off before the diff.
        const [a2, b2] = [`${common}${a}${common}`, `${common}${b}${common}`]
        const diff2 = diffWords(a2, b2, { maxEditLength: 10_000, maxComparisons: 1e9 })
        expect(side(diff2, 'remove')).toBe(a2)
        expect(side(diff2, 'add')).toBe(b2)
        const diff = diffWords(a, b, { maxEditLength: 10_000, maxComparisons: 1e9 })
        expect(side(diff, 'remove')).toBe(a)
        expect(side(diff, 'add')).toBe(b)
      }),
    )
  })
  it('rebuilds the other text with the reference\'s line endings when they differ', () => {
    const text = fc.array(fc.constantFrom('a', 'b', ' ', '\n', '\r\n'), { maxLength: 30 }).map((parts) => parts.join(''))
    fc.assert(
      fc.property(text, text, (a, b) => {
        const diff = diffWords(a, b, { maxEditLength: 10_000, maxComparisons: 1e9 })
        expect(side(diff, 'remove')).toBe(a)
        const crlf = a.includes('\r\n')
        const expected = crlf === b.includes('\r\n') ? b : crlf ? b.replace(/\r?\n/g, '\r\n') : b.replace(/\r\n/g, '\n')
        expect(side(diff, 'add')).toBe(expected)
      }),
    )
  })
})
