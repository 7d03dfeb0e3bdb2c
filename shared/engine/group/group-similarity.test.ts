import fc from 'fast-check'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { tokenSet, tokenSetSimilarity } from '../align/similarity'
import { parseDocument } from '../parse/parse-document'
import { MAX_WORDS } from '../align/similarity'
import { groupDocuments } from './group-documents'
import { groupSimilarity } from './group-similarity'
import { likeness } from './likeness'
import { textSketches } from './minhash'

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

describe('groupSimilarity of bodies', () => {
  it('is the figure grouping gives the same files, bodies past the signed length included', () => {
    // Words of 50 characters: the first 60,000 characters hold 1,176 of them, under the 1,500
    // the sketch reads; the two long bodies differ only past that.
    const words = (from: number, count: number): string => Array.from({ length: count }, (_, k) => `w${from + k}`.padEnd(50, 'y')).join(' ')
    const bodies = [words(0, 1500), `${words(0, 1200)} ${words(5000, 300)}`, words(0, 200)]
    const inputs = bodies.map((body, k) => ({ path: `${k}/agent.md`, identity: 'agent', name: 'agent', description: null, body }))
    const [group] = groupDocuments(inputs).groups
    expect(groupSimilarity(bodies)).toEqual(group!.similarity)
    expect(groupSimilarity(bodies.slice(0, 2)).mean).toBe(1) // they differ only past what is signed
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

/** The Dice coefficient the sketches estimate, computed exactly from the same tokens: the words
 *  as the MinHash reads them (runs of ASCII letters and digits, lowercased, and of units outside
 *  ASCII), the first MAX_WORDS of them and their pairs. */
function exactDice(x: string, y: string): number {
  const tokens = (text: string): Set<string> => {
    const words = (text.toLowerCase().match(/[a-z0-9\u0080-\uffff]+/g) ?? []).slice(0, MAX_WORDS)
    return new Set([...words, ...words.slice(1).map((w, k) => `${words[k]} ${w}`)])
  }
  const [a, b] = [tokens(x), tokens(y)]
  if (a.size === 0 && b.size === 0) return 1
  let shared = 0
  for (const t of a) if (b.has(t)) shared++
  return (2 * shared) / (a.size + b.size)
}

/** Every pair's estimate beside its exact figure. */
function pairErrors(bodies: readonly string[]): number[] {
  const sketches = bodies.map((b) => textSketches(b).likeness)
  const errors: number[] = []
  for (let i = 0; i < bodies.length; i++) for (let j = i + 1; j < bodies.length; j++) errors.push(Math.abs(likeness(sketches[i]!, sketches[j]!) - exactDice(bodies[i]!, bodies[j]!)))
  return errors
}

describe('the likeness estimate', () => {
  const word = fc.constantFrom('alpha', 'beta', 'Gamma', 'ALPHA', 'délta', 'x_1', '42', 'ß', '日本', 'a', 'plan', 'test', 'code')
  const body = fc.array(fc.oneof(word, fc.constantFrom(' ', '\n', '. ', '-', '## ', '`')), { maxLength: 400 }).map((parts) => parts.join(''))

  it('is exact where it must be: equal bodies, bodies with no words, one body with none', () => {
    fc.assert(fc.property(body, body, (x, y) => {
      const [a, b] = [textSketches(x).likeness, textSketches(y).likeness]
      expect(likeness(a, a)).toBe(1)
      expect(likeness(a, b)).toBe(likeness(b, a))
      const hasWords = (text: string): boolean => /[a-z0-9\u0080-\uffff]/i.test(text)
      if (hasWords(x) !== hasWords(y)) expect(likeness(a, b)).toBe(0)
    }), { seed: 10, numRuns: 300 })
    expect(likeness(textSketches('').likeness, textSketches(' - # ').likeness)).toBe(1)
    expect(likeness(textSketches('').likeness, textSketches('word').likeness)).toBe(0)
  })

  it('stays near the exact figure on generated bodies', () => {
    fc.assert(fc.property(fc.array(body, { minLength: 2, maxLength: 6 }), (bodies) => {
      for (const error of pairErrors(bodies)) expect(error).toBeLessThan(0.12)
    }), { seed: 11, numRuns: 200 })
  })

  it('stays near the exact figure on the corpus bodies and their edited copies, on average within 0.02', () => {
    const bodies = readCorpusBodies()
    const edited = bodies.map((b, k) => b.replace(/\b(the|and|with|to)\b/g, (w) => (k % 3 === 0 ? 'plus' : w.toUpperCase())))
    const errors = [...pairErrors(bodies.slice(0, 40)), ...bodies.slice(0, 40).flatMap((b, k) => pairErrors([b, edited[k]!]))]
    const mean = errors.reduce((sum, e) => sum + e, 0) / errors.length
    expect(Math.max(...errors)).toBeLessThan(0.1)
    expect(mean).toBeLessThan(0.02)
  })

  it("is near the aligner's figure (its words are the aligner's but for `_` and letters outside ASCII)", () => {
    const bodies = readCorpusBodies().slice(0, 30)
    const sets = bodies.map(tokenSet)
    const sketches = bodies.map((b) => textSketches(b).likeness)
    const errors: number[] = []
    for (let i = 0; i < bodies.length; i++) for (let j = i + 1; j < bodies.length; j++) errors.push(Math.abs(likeness(sketches[i]!, sketches[j]!) - tokenSetSimilarity(sets[i]!, sets[j]!)))
    expect(errors.reduce((sum, e) => sum + e, 0) / errors.length).toBeLessThan(0.03)
  })
})
