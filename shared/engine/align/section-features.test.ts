import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../parse/parse-document'
import { comparableText, outlineFeatures } from './section-features'
import { MAX_WORDS } from './similarity'

/** The regex form comparableText had: the reference for what it must keep and drop. */
function byRegex(own: string, kind: 'preamble' | 'atx'): string {
  const lines = own.replace(/\r\n?/g, '\n').split('\n').map((line) => line.replace(/\s+$/, ''))
  if (kind !== 'preamble' && lines.length > 0) {
    lines[0] = lines[0]!.replace(/^ {0,3}#{1,6}(?=\s|$)\s*/, '').replace(/\s+#+$/, '').replace(/^\s*(?:\d+[.)]|[-*+])\s+/, '').trim()
  }
  while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop()
  return lines.join('\n')
}

describe('comparableText', () => {
  it('drops what the regexes dropped, on any text of blanks, hashes, markers and words', () => {
    const piece = fc.constantFrom(' ', '  ', '\t', '\u00a0', '\u3000', '\u2028', '\ufeff', '#', '##', 'a', 'word', '1.', '-', '\n', '\n\n', '\r\n', '\r')
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), fc.constantFrom('preamble' as const, 'atx' as const), (pieces, kind) => {
        const own = pieces.join('')
        expect(comparableText(own, { kind })).toBe(byRegex(own, kind))
      }),
      { numRuns: 3000, seed: 20_261_206 },
    )
  })

  it('reads a heading and a line with a long run of blanks before their last word', () => {
    const run = ' '.repeat(200_000)
    expect(comparableText(`## a${run}b ##\ntext${run}x${run}\n`, { kind: 'atx' })).toBe(`a${run}b\ntext${run}x`)
  })
})

describe('subtreeSizeAtMost', () => {
  it('is at least the size of the subtree set, and that size once the set is made', () => {
    const piece = fc.constantFrom('# A', '## B', '### C', 'word', 'İİİ', 'a b', 'x_y', '\n', '\n\n', ' ', 'é', '—', `${'w '.repeat(MAX_WORDS)}`)
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (pieces) => {
        const doc = parseDocument(`---\nname: a\n---\n${pieces.join('')}`, 'a.md')
        for (const f of outlineFeatures(doc).sections) {
          const bound = f.subtreeSizeAtMost()
          const size = f.subtreeTokens().size
          expect(bound).toBeGreaterThanOrEqual(size)
          expect(f.subtreeSizeAtMost()).toBe(size)
        }
      }),
      { numRuns: 500 },
    )
  })
})
