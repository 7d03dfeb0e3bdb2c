import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { MAX_WORDS } from '../align/similarity'
import { addToken, newLikeness } from './likeness'
import { fmix32, SIGNATURE_SIZE, signatureSimilarity, textSketches } from './minhash'
import { addedQualifier, fileStem, nameTokens, normaliseKey, qualifiedBases } from './name-keys'

const textSignature = (text: string) => textSketches(text).signature

// Units the readings treat differently: letters outside ASCII that lowercasing leaves alone (so
// that toLowerCase reads as the loops do), separators, `_`, astral characters.
const unit = fc.constantFrom('a', 'Z', '0', ' ', '\n', '-', '_', 'é', '中', '😀', 'x', 'y')
const unitText = fc.array(unit, { maxLength: 80 }).map((units) => units.join(''))

const words = (from: number, to: number): string => Array.from({ length: to - from }, (_, i) => `w${from + i}`).join(' ')

describe('MinHash signatures', () => {
  it('is 1 for the same words whatever the case and punctuation', () => {
    expect(signatureSimilarity(textSignature(words(0, 500)), textSignature(words(0, 500).toUpperCase().replace(/ /g, ', ')))).toBe(1)
  })
  it('is near 0 for disjoint texts and near the true Jaccard for overlapping ones', () => {
    expect(signatureSimilarity(textSignature(words(0, 500)), textSignature(words(1000, 1500)))).toBeLessThan(0.1)
    // shingles 0..999 vs 500..1499: Jaccard 498/1502 ~ 0.33
    const s = signatureSimilarity(textSignature(words(0, 1000)), textSignature(words(500, 1500)))
    expect(s).toBeGreaterThan(0.15)
    expect(s).toBeLessThan(0.55)
  })
  it('treats empty texts as alike only to each other, and signs very short ones', () => {
    expect(signatureSimilarity(textSignature(''), textSignature(' \n# '))).toBe(1)
    expect(signatureSimilarity(textSignature(''), textSignature('word'))).toBe(0)
    expect(signatureSimilarity(textSignature('two words'), textSignature('two words'))).toBe(1)
  })
  it('is the share of equal bins for any two signatures, empty ones included (what scoring compares)', () => {
    const textArb = fc.oneof(fc.string(), fc.array(fc.constantFrom('a', 'b', 'c', 'd', ' ', '#', 'é', '😀'), { maxLength: 30 }).map((c) => c.join('')))
    fc.assert(
      fc.property(textArb, textArb, (x, y) => {
        const [a, b] = [textSignature(x), textSignature(y)]
        let equal = 0
        for (let i = 0; i < SIGNATURE_SIZE; i++) if (a.bins[i] === b.bins[i]) equal++
        expect(signatureSimilarity(a, b)).toBe(equal / SIGNATURE_SIZE)
      }),
      { numRuns: 500 },
    )
  })
})

/** The FNV-1a hash of each word as the reading finds them: runs of ASCII letters and digits and
 *  of units outside ASCII, lowercased. */
function wordHashes(text: string): number[] {
  return (text.toLowerCase().match(/[a-z0-9\u0080-\uffff]+/g) ?? []).map((word) => {
    let hash = 0x811c9dc5
    for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), 0x01000193)
    return hash >>> 0
  })
}

/** The bins textSignature's reading fills before densification, as first written (shingles mixed
 *  by fmix32, which the loop has written out). */
function referenceBins(text: string): number[] {
  const bins = new Array<number>(SIGNATURE_SIZE).fill(0xffffffff)
  const hashes = wordHashes(text)
  for (let k = 2; k < hashes.length; k++) {
    const shingle = fmix32(Math.imul(hashes[k - 2]!, 0x9e3779b1) ^ Math.imul(hashes[k - 1]!, 0x85ebca77) ^ hashes[k]!)
    bins[shingle >>> 26] = Math.min(bins[shingle >>> 26]!, shingle & ((1 << 26) - 1))
  }
  return bins
}

describe('MinHash reading', () => {
  it('fills the bins from the shingles of the lowercased words', () => {
    fc.assert(
      fc.property(unitText, (text) => {
        const reference = referenceBins(text)
        const bins = textSignature(text).bins
        // densification fills only the bins the reading left empty
        reference.forEach((bin, i) => bin !== 0xffffffff && expect(bins[i]).toBe(bin))
      }),
      { numRuns: 2000 },
    )
  })
})

/** The likeness bins textSketches' reading fills: each of the first MAX_WORDS words and each pair
 *  of them, hashed by fmix32, added to the sketch. */
function referenceLikeness(text: string): number[] {
  const sketch = newLikeness()
  const hashes = wordHashes(text).slice(0, MAX_WORDS)
  hashes.forEach((hash, k) => {
    addToken(sketch, fmix32(hash ^ 0x5bd1e995))
    if (k > 0) addToken(sketch, fmix32(Math.imul(hashes[k - 1]!, 0x85ebca77) ^ hash))
  })
  return Array.from(sketch)
}

describe('likeness reading', () => {
  it('fills the bins from the lowercased words and word pairs, the first MAX_WORDS words only', () => {
    fc.assert(
      fc.property(unitText, (text) => {
        expect(Array.from(textSketches(text).likeness)).toEqual(referenceLikeness(text))
      }),
      { numRuns: 1000 },
    )
    const long = Array.from({ length: MAX_WORDS + 50 }, (_, k) => `w${k}`).join(' ')
    expect(Array.from(textSketches(long).likeness)).toEqual(referenceLikeness(long))
    expect(textSketches(`${long} more words past the cap`).likeness).toEqual(textSketches(long).likeness)
  })
})

describe('name keys', () => {
  it('normalises names like the engine identity', () => {
    expect(normaliseKey("'Prompt Engineer'")).toBe('prompt-engineer')
    expect(normaliseKey('WG Code Sentinel')).toBe('wg-code-sentinel')
    expect(normaliseKey('promptEngineer_v2')).toBe('prompt-engineer-v2')
  })
  it('takes the file stem without agent extensions, or the folder for generic names', () => {
    expect(fileStem('/x/.github/agents/Prompt-Engineer.agent.md')).toBe('prompt-engineer')
    expect(fileStem('c:\\x\\rules\\react.mdc')).toBe('react')
    expect(fileStem('/x/.claude/skills/pdf-tools/SKILL.md')).toBe('pdf-tools')
    expect(fileStem('README.md')).toBeNull()
    expect(fileStem('/x/agents/001.md')).toBeNull()
    expect(fileStem('/x/examples/backend-architect/000_32342c2bcfddba01.md')).toBeNull()
    expect(fileStem('/x/agents/cafe.md')).toBe('cafe')
    expect(fileStem('/x/agents/v2-reviewer.md')).toBe('v2-reviewer')
  })
  it('reads the words one name adds to another as a qualifier', () => {
    expect(addedQualifier('linkedin-content-creator', 'content-creator')).toBe('linkedin')
    expect(addedQualifier('bilibili-content-strategist', 'content-strategist')).toBe('bilibili')
    expect(addedQualifier('project-manager-senior', 'project-manager')).toBe('senior')
    expect(addedQualifier('senior-project-manager', 'project-manager')).toBe('senior')
    expect(addedQualifier('senior-debugger', 'debugger')).toBe('senior')
    expect(addedQualifier('content-creator', 'linkedin-content-creator')).toBeNull() // the shorter one adds nothing
    expect(addedQualifier('frontend-developer', 'developer')).toBeNull() // one word: a job, not a rank
    expect(addedQualifier('xcontent-creator', 'content-creator')).toBeNull() // not on a word boundary
    expect(addedQualifier('content-creator', 'content-creator')).toBeNull()
  })
  it('normalises a key that is one already to itself, and anything else as the full rules do', () => {
    const full = (text: string): string => text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '')
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom('a', 'z', '0', '9', '-', 'A', '_', ' ', 'é', '\u0301', 'ﬁ') }), (text) => normaliseKey(text) === full(text)))
    expect(normaliseKey('code-reviewer-2')).toBe('code-reviewer-2')
    expect(normaliseKey('code--reviewer')).toBe('code-reviewer')
    expect(normaliseKey('-code-')).toBe('code')
  })
  it('finds the same qualifier as the first of qualifiedBases with that base', () => {
    // Names from a few words, repeated ones included, so that one name is another's both ways.
    const words = ['senior', 'code', 'reviewer', 'pro', 'x', 'agent', 'content-creator', 'ab']
    const names: string[] = []
    for (let n = 0; n < 4000; n++) {
      const count = 1 + (n % 4)
      names.push(Array.from({ length: count }, (_, i) => words[(n * 7 + i * (n % 5 + 1)) % words.length]!).join('-'))
    }
    const reference = (key: string, other: string): string | null =>
      key.length <= other.length ? null : (qualifiedBases(key).find((q) => q.base === other)?.added ?? null)
    let found = 0
    for (let i = 0; i < names.length; i += 3) {
      for (let j = 0; j < names.length; j += 97) {
        const expected = reference(names[i]!, names[j]!)
        if (expected !== null) found++
        expect(addedQualifier(names[i]!, names[j]!)).toBe(expected)
      }
    }
    expect(addedQualifier('code-review-code-review-code', 'code-review-code')).toBe('code review')
    expect(reference('code-review-code-review-code', 'code-review-code')).toBe('code review')
    expect(addedQualifier('senior-x-senior', 'x-senior')).toBe('senior')
    expect(found).toBeGreaterThan(20)
  })
  it('stems name tokens and drops qualifiers', () => {
    expect(nameTokens('senior-code-reviewer')).toEqual(['code', 'review'])
    expect(nameTokens('code-review-master')).toEqual(['code', 'review'])
    expect(nameTokens('agent')).toEqual(['agent'])
  })
})
