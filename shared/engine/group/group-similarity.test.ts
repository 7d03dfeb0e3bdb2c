import { describe, expect, it } from 'vitest'
import { groupSimilarity } from './group-similarity'

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
