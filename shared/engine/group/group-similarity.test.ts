import fc from 'fast-check'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { tokenSet, tokenSetSimilarity } from '../align/similarity'
import { parseDocument } from '../parse/parse-document'
import type { GroupSimilarity } from './group-model'
import { groupSimilarity } from './group-similarity'

function readCorpusBodies(): string[] {
  const walk = (dir: string): string[] =>
    readdirSync(dir).sort().flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : /\.mdc?$/.test(name) ? [join(dir, name)] : []))
  return walk(join(__dirname, '..', '..', '..', 'test-fixtures', 'corpus')).map((path) => {
    const doc = parseDocument(readFileSync(path, 'utf8'), path)
    return doc.text.slice(doc.bodyStart)
  })
}

describe('groupSimilarity', () => {
  it('is 1 for identical bodies and for a group of one', () => {
    expect(groupSimilarity(['alpha beta gamma', 'alpha beta gamma']).mean).toBe(1)
    expect(groupSimilarity(['alone']).pairs).toBe(0)
  })

  it('reads a lightly edited copy as mostly alike, and unrelated texts as not', () => {
    const base = 'You are a backend architect. Design APIs, databases and scalable systems with care for security and performance.'
    const edited = base.replace('with care for', 'paying attention to')
    const alike = groupSimilarity([base, edited])
    expect(alike.mean).toBeGreaterThan(0.6)
    expect(alike.mean).toBeLessThan(1)
    expect(groupSimilarity([base, 'Bake bread at dawn; sell it warm to the village.']).mean).toBeLessThan(0.1)
  })

  it('reports min, max and the pairs it compared', () => {
    const s = groupSimilarity(['a b c d', 'a b c d', 'x y z w'])
    expect(s.pairs).toBe(3)
    expect(s.max).toBe(1)
    expect(s.min).toBe(0)
  })
})

describe('groupSimilarity on a large group', () => {
  it('summarises an even sample of members, not every pair', () => {
    const bodies = Array.from({ length: 500 }, (_, i) => `shared words here and a variant number ${i}`)
    const s = groupSimilarity(bodies)
    expect(s.pairs).toBe((16 * 15) / 2)
    expect(s.mean).toBeGreaterThan(0.5)
  })
})

/** The figures as the aligner's string token sets give them (what groupSimilarity computed before
 *  it numbered tokens): the summary must stay exactly this. */
function referenceSimilarity(bodies: readonly string[]): GroupSimilarity {
  const sampled = bodies.length <= 16 ? bodies : Array.from({ length: 16 }, (_, k) => bodies[Math.floor((k * bodies.length) / 16)]!)
  const sets = sampled.map(tokenSet)
  if (sets.length < 2) return { mean: 1, min: 1, max: 1, pairs: 0 }
  let [sum, min, max, pairs] = [0, 1, 0, 0]
  for (let i = 0; i < sets.length; i++) {
    for (let j = i + 1; j < sets.length; j++) {
      const s = tokenSetSimilarity(sets[i]!, sets[j]!)
      ;[sum, min, max, pairs] = [sum + s, Math.min(min, s), Math.max(max, s), pairs + 1]
    }
  }
  return { mean: sum / pairs, min, max, pairs }
}

describe('groupSimilarity equals the string token sets exactly', () => {
  const word = fc.constantFrom('alpha', 'beta', 'Gamma', 'ALPHA', 'délta', 'İstanbul', 'x_1', '42', 'ß', '日本', '𝒳y', 'a')
  const body = fc.array(fc.oneof(word, fc.constantFrom(' ', '\n', '. ', '-', '## ', '`')), { maxLength: 60 }).map((parts) => parts.join(''))

  it('on generated bodies (small vocabularies, repeats, Unicode, empty ones)', () => {
    fc.assert(fc.property(fc.array(body, { minLength: 1, maxLength: 20 }), (bodies) => {
      expect(groupSimilarity(bodies)).toEqual(referenceSimilarity(bodies))
    }), { seed: 10, numRuns: 300 })
  })

  it('on random Unicode texts, verbatim copies among them, groups of 1 to 20', () => {
    const text = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.string({ unit: 'binary', maxLength: 80 }), body)
    const group = fc.array(text, { minLength: 1, maxLength: 6 }).chain((pool) =>
      fc.array(fc.nat({ max: pool.length - 1 }), { minLength: 1, maxLength: 20 }).map((picks) => picks.map((k) => pool[k]!)))
    fc.assert(fc.property(group, (bodies) => {
      expect(groupSimilarity(bodies)).toEqual(referenceSimilarity(bodies))
    }), { seed: 11, numRuns: 400 })
  })

  it('when a short first body leaves the pair table to grow, and after the word table starts over', () => {
    const words = (from: number, count: number): string => Array.from({ length: count }, (_, k) => `w${from + k}`).join(' ')
    // "the" is followed by a new word each time: its pairs are found in the table, not as its last follower.
    const the = (from: number): string => Array.from({ length: 750 }, (_, k) => `the w${from + k}`).join(' ')
    const growing = ['one', the(0), words(1000, 1500), `${the(0)} again`, 'one', `${the(300)} ${words(5000, 800)}`]
    expect(groupSimilarity(growing)).toEqual(referenceSimilarity(growing))
    // A text met in two groups is kept with its word numbers, which the start-over below outdates.
    for (const other of ['one', 'two']) {
      const group = [words(0, 1500), other]
      expect(groupSimilarity(group)).toEqual(referenceSimilarity(group))
    }
    // More distinct words than the word table keeps (2^16): it starts over between groups.
    for (let start = 0; start < 100_000; start += 16 * 1500) {
      const group = Array.from({ length: 16 }, (_, k) => words(start + k * 1400, 1500))
      expect(groupSimilarity(group)).toEqual(referenceSimilarity(group))
    }
    // Words met before the start-over beside words numbered after it: a table kept across the
    // start-over would give some of them the same numbers.
    const mixed = [words(0, 1500), words(72_000, 1500), `${words(0, 700)} ${words(72_000, 700)}`]
    expect(groupSimilarity(mixed)).toEqual(referenceSimilarity(mixed))
  })

  it('for texts read in an earlier group and texts alike but for units between those sampled', () => {
    // 1,000 units: every fourth is sampled to find a text read before; these differ in between.
    const base = Array.from({ length: 250 }, (_, k) => `w${k % 10} `).join('').slice(0, 1000)
    const other = `${base.slice(0, 1)}x${base.slice(2)}`
    expect(other.length).toBe(base.length)
    const third = 'w1 w2 w3 w9 zz'
    for (const group of [[base, third], [other, third], [base, other, third], [third, other]]) {
      expect(groupSimilarity(group)).toEqual(referenceSimilarity(group))
    }
  })

  it('on the real corpus bodies, past the word cap', () => {
    const bodies = readCorpusBodies()
    const long = bodies.map((b) => b.repeat(3)) // past MAX_WORDS: only the first words count
    for (const group of [bodies.slice(0, 9), bodies.slice(20, 45), long.slice(0, 5), [bodies[3]!, bodies[3]!, '']]) {
      expect(groupSimilarity(group)).toEqual(referenceSimilarity(group))
    }
  })
})
