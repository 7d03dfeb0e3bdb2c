import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { FAR_SPAN } from './read-text'
import { MAX_WORDS, TokenSpace, similarityAtLeast, textSimilarity, tokenSet, tokenSetSimilarity } from './similarity'
import { hasToken } from './token-table'
import { TokenUnion } from './token-union'

describe('textSimilarity', () => {
  it.each([
    ['same text', 'Design RESTful APIs', 'Design RESTful APIs', 1],
    ['case and punctuation do not count', 'Design RESTful APIs!', 'design restful apis', 1],
    ['disjoint', 'alpha beta', 'gamma delta', 0],
    ['both empty', '', '', 1],
    ['one empty', 'word', '  ', 0],
  ])('%s', (_, a, b, expected) => {
    expect(textSimilarity(a, b)).toBe(expected)
  })
  it('ranks a small edit above a rewrite', () => {
    const base = 'You will design data layers by choosing the right database, planning indexes and migrations.'
    const edited = 'You will design data layers by choosing the right database, planning indexes, sharding and migrations.'
    const other = 'Security implementation: authentication, authorization and encryption of data at rest.'
    expect(textSimilarity(base, edited)).toBeGreaterThan(0.7)
    expect(textSimilarity(base, other)).toBeLessThan(0.2)
  })
  it('word order matters through bigrams', () => {
    expect(textSimilarity('one two three four', 'four three two one')).toBeLessThan(0.7)
  })
  it('is symmetric and within 0..1', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        const s = textSimilarity(a, b)
        expect(s).toBeGreaterThanOrEqual(0)
        expect(s).toBeLessThanOrEqual(1)
        expect(textSimilarity(b, a)).toBe(s)
      }),
    )
  })
  it('caps the words it reads', () => {
    const long = Array.from({ length: MAX_WORDS + 500 }, (_, i) => `w${i}`).join(' ')
    const space = new TokenSpace()
    const set = space.tokenSet(long)
    expect(set.size).toBe(2 * MAX_WORDS - 1)
    expect(tokenSetSimilarity(set, space.tokenSet(Array.from({ length: MAX_WORDS }, (_, i) => `w${i}`).join(' ')))).toBe(1)
  })
})

/** The sets as strings: what the numbers stand for ("word", "word word"). */
function stringTokens(text: string): string[] {
  const words = (text.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? []).slice(0, MAX_WORDS)
  const set = new Set<string>(words)
  for (let i = 1; i < words.length; i++) set.add(`${words[i - 1]} ${words[i]}`)
  return [...set]
}

function stringDice(a: string, b: string): number {
  const [x, y] = [stringTokens(a), new Set(stringTokens(b))]
  if (x.length === 0 && y.size === 0) return 1
  if (x.length === 0 || y.size === 0) return 0
  return (2 * x.filter((t) => y.has(t)).length) / (x.length + y.size)
}

describe('token sets as numbers', () => {
  const words = fc.constantFrom('a', 'b', 'ab', 'A', 'é', 'É', 'İ', '_x', '9', 'b a', 'ǅ', '𝔘', 'straße', 'STRASSE')
  const text = fc.array(fc.oneof(words, fc.string({ maxLength: 4 })), { maxLength: 40 }).map((parts) => parts.join(' '))

  it('give exactly the figure of sets of word and word-pair strings', () => {
    fc.assert(
      fc.property(text, text, (a, b) => {
        const space = new TokenSpace()
        const [x, y] = [space.tokenSet(a), space.tokenSet(b)]
        expect(x.size).toBe(stringTokens(a).length)
        expect(tokenSetSimilarity(x, y)).toBe(stringDice(a, b))
      }),
      { numRuns: 500 },
    )
  })

  it('of spans of a text read once are the sets of the slices, cut words and all', () => {
    const lines = fc.array(fc.oneof(text, fc.constantFrom('## Plan', '- step one\n', '\n\n', '🙂 emoji', '“quoted” — dash', 'x'.repeat(30))), { maxLength: 8 }).map((parts) => parts.join('\n'))
    fc.assert(
      fc.property(lines, fc.nat(), fc.nat(), fc.nat(), (t, x, y, z) => {
        const space = new TokenSpace()
        const [from, start, end] = [x, y, z].map((n) => n % (t.length + 1)).sort((p, q) => p - q) as [number, number, number]
        const read = space.readText(t, from)
        expect(Array.from(space.spanSet(read, start, end).tokens)).toEqual(Array.from(space.tokenSet(t.slice(start, end)).tokens))
        expect(Array.from(space.spanSet(read, from, end).tokens)).toEqual(Array.from(space.tokenSet(t.slice(from, end)).tokens))
      }),
      { numRuns: 500 },
    )
  })

  it('of a span read once keep to the first MAX_WORDS words', () => {
    const long = Array.from({ length: MAX_WORDS + 500 }, (_, i) => `w${i % 700}`).join(' ')
    const space = new TokenSpace()
    const read = space.readText(`intro\n${long}`)
    const set = space.spanSet(read, 6, long.length + 6)
    expect(Array.from(set.tokens)).toEqual(Array.from(space.tokenSet(long).tokens))
  })

  it('of spans of a long text read as far as they need are the sets of the slices', () => {
    // Thousands of words, far apart spans, a word the expression must read somewhere: the text is
    // read in chunks, spans far ahead on their own, and past the accented word one by one.
    const long = Array.from({ length: 30_000 }, (_, i) => (i === 21_000 ? 'café' : `w${i % 997}${i % 10 === 9 ? '\n' : ''}`)).join(' ')
    const cuts = fc.array(fc.nat(long.length), { minLength: 2, maxLength: 12 })
    fc.assert(
      fc.property(cuts, fc.nat(long.length), (points, from) => {
        const space = new TokenSpace()
        const read = space.readText(long, Math.min(from, ...points))
        for (let k = 0; k + 1 < points.length; k += 2) {
          const [start, end] = [points[k]!, points[k + 1]!].sort((p, q) => p - q) as [number, number]
          expect(Array.from(space.spanSet(read, start, end).tokens)).toEqual(Array.from(space.tokenSet(long.slice(start, end)).tokens))
        }
      }),
      { numRuns: 200 },
    )
  })

  it('of spans of a long text read no further than FAR_SPAN past what they need', () => {
    // Words of 400 characters: a count of words read on would run far past the spans.
    const word = (i: number): string => `${i}`.padEnd(400, 'x')
    const long = Array.from({ length: 3000 }, (_, i) => word(i)).join(' ')
    const space = new TokenSpace()
    const read = space.readText(long)
    space.spanSet(read, 0, 100_000)
    expect(read.reached).toBeGreaterThanOrEqual(100_000)
    expect(read.reached).toBeLessThanOrEqual(100_000 + FAR_SPAN + 401)
    // A span to the end takes its first MAX_WORDS words.
    const start = read.reached + 1
    const set = space.spanSet(read, start, long.length)
    expect(Array.from(set.tokens)).toEqual(Array.from(space.tokenSet(long.slice(start)).tokens))
    expect(read.reached).toBeLessThanOrEqual(start + MAX_WORDS * 401 + FAR_SPAN + 401)
    expect(read.done).toBe(false)
  })

  it('compared against a threshold give the exact figure from the threshold up, else 0', () => {
    // Texts of few words, so that many pairs land on either side of the thresholds.
    const few = fc.array(fc.constantFrom('a', 'b', 'c', 'd', 'a b', 'b c'), { maxLength: 30 }).map((parts) => parts.join(' '))
    fc.assert(
      fc.property(few, few, fc.constantFrom(0.3, 0.5, 0.8, 0.01, 1), (a, b, threshold) => {
        const space = new TokenSpace()
        const [x, y] = [space.tokenSet(a), space.tokenSet(b)]
        const exact = tokenSetSimilarity(x, y)
        expect(similarityAtLeast(x, y, threshold)).toBe(exact >= threshold ? exact : 0)
        expect(similarityAtLeast(y, x, threshold)).toBe(exact >= threshold ? exact : 0)
      }),
      { numRuns: 1000 },
    )
  })

  it('compare sets of different spaces by their texts', () => {
    const [a, b] = ['plan the schema and the index', 'plan the index and the schema']
    expect(tokenSetSimilarity(new TokenSpace().tokenSet(a), tokenSet(b))).toBe(stringDice(a, b))
  })

  it('list tokens in the order a set of strings does, and find them', () => {
    const space = new TokenSpace()
    const set = space.tokenSet('to be or not to be')
    // A word's number is its one-word set's; a pair's is the last of its two-word set's.
    const numberOf = (token: string): number => space.tokenSet(token).tokens.at(-1)!
    expect(stringTokens('to be or not to be')).toEqual(['to', 'be', 'or', 'not', 'to be', 'be or', 'or not', 'not to'])
    expect(Array.from(set.tokens)).toEqual(stringTokens('to be or not to be').map(numberOf))
    expect(set.tokens.every((t) => hasToken(set, t))).toBe(true)
    expect(hasToken(set, -1)).toBe(false)
  })

  it('count the tokens a union of sets lacks', () => {
    fc.assert(
      fc.property(fc.array(text, { maxLength: 5 }), text, (parts, probe) => {
        const space = new TokenSpace()
        const union = new TokenUnion(space)
        const known = new Set<string>()
        for (const part of parts) {
          union.add(space.tokenSet(part))
          for (const t of stringTokens(part)) known.add(t)
        }
        expect(union.missing(space.tokenSet(probe))).toBe(stringTokens(probe).filter((t) => !known.has(t)).length)
      }),
      { numRuns: 200 },
    )
  })

  it('count the tokens a union lacks when the space numbers many more after it is made', () => {
    const space = new TokenSpace()
    const union = new TokenUnion(space)
    const words = (from: number, to: number): string => Array.from({ length: to - from }, (_, i) => `w${from + i}`).join(' ')
    union.add(space.tokenSet(words(0, 1400)))
    expect(union.missing(space.tokenSet(words(700, 2100)))).toBe(700 + 700)
  })
})

describe('token spaces sharing a word table', () => {
  it('compare exactly across the table starting over (spaces made before keep theirs)', () => {
    const words = (from: number, count: number): string => Array.from({ length: count }, (_, i) => `v${from + i}`).join(' ')
    const [a, b] = ['plan the schema and the index', 'plan the index and the schema']
    const before = new TokenSpace()
    const setBefore = before.tokenSet(a)
    // More new words than one table keeps (read by spaces of their own): the next space starts a new table.
    for (let from = 0; from < 70_000; from += MAX_WORDS) new TokenSpace().tokenSet(words(from, MAX_WORDS))
    const after = new TokenSpace()
    expect(tokenSetSimilarity(after.tokenSet(a), after.tokenSet(b))).toBe(stringDice(a, b))
    // The older space goes on with its own table: new words and old ones.
    expect(tokenSetSimilarity(setBefore, before.tokenSet(b))).toBe(stringDice(a, b))
    const [c, d] = [`${a} u1 u2 u3 ${words(0, 5)}`, `u3 u2 u1 ${words(0, 5)} ${b}`]
    const [x, y] = [before.tokenSet(c), before.tokenSet(d)]
    expect([x.size, y.size]).toEqual([stringTokens(c).length, stringTokens(d).length])
    expect(tokenSetSimilarity(x, y)).toBe(stringDice(c, d))
  })

  it('number each word once per space whichever space read it first', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(2), fc.string({ maxLength: 12 })), { maxLength: 12 }), (reads) => {
        const spaces = [new TokenSpace(), new TokenSpace(), new TokenSpace()]
        const sets = reads.map(([s, t]) => ({ set: spaces[s]!.tokenSet(t), s, t }))
        for (const x of sets) for (const y of sets) if (x.s === y.s) expect(tokenSetSimilarity(x.set, y.set)).toBe(stringDice(x.t, y.t))
      }),
      { numRuns: 300 },
    )
  })
})
