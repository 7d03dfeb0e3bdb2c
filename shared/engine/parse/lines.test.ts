import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isBlankLineAt, lineContentEnd, lineEnd, linesFrom, lineStart, lineTable, splitLines } from './lines'

/** The definition: pieces of text.slice(from, to) and their endings, by regex. */
function referenceLines(text: string, from: number, to: number): [string, string][] {
  const parts = text.slice(from, to).split(/(\r\n|\r|\n)/)
  const out: [string, string][] = []
  for (let i = 0; i < parts.length; i += 2) {
    const content = parts[i]!
    const ending = parts[i + 1] ?? ''
    if (content !== '' || ending !== '') out.push([content, ending])
  }
  return out
}

function tableLines(text: string, from: number, to: number): [string, string][] {
  const lines = lineTable(text, from, to)
  const out: [string, string][] = []
  for (let i = 0; i < lines.count; i++) out.push([text.slice(lineStart(lines, i), lineContentEnd(lines, i)), text.slice(lineContentEnd(lines, i), lineEnd(lines, i))])
  return out
}

describe('lineTable / splitLines', () => {
  it('splits on \\n, \\r\\n and lone \\r, keeping a last line without ending', () => {
    const text = 'a\nb\r\nc\rd'
    expect(splitLines(text).map((l) => [text.slice(l.start, l.contentEnd), text.slice(l.contentEnd, l.end)])).toEqual([['a', '\n'], ['b', '\r\n'], ['c', '\r'], ['d', '']])
    expect(splitLines('')).toEqual([])
    expect(lineTable('').count).toBe(0)
    expect(splitLines('x\n')).toEqual([{ start: 0, contentEnd: 1, end: 2 }])
  })

  it('a \\r\\n cut by the end of the range is a lone \\r', () => {
    expect(tableLines('a\r\nb', 0, 2)).toEqual([['a', '\r']])
  })

  it('5000 empty lines, with and without \\r', () => {
    for (const eol of ['\n', '\r\n']) {
      const lines = lineTable(eol.repeat(5000) + 'end')
      expect(lines.count).toBe(5001)
      expect(lineStart(lines, 5000)).toBe(5000 * eol.length)
      expect(lineEnd(lines, 4999)).toBe(5000 * eol.length)
    }
  })

  it('equals splitting by regex, for any range of any text (long texts too)', () => {
    const unit = fc.constantFrom('a', '\n', '\r', '\r\n', ' ', '\t', 'é')
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 600 }), fc.nat(600), fc.nat(600), (text, a, b) => {
        const from = Math.min(a, b, text.length)
        const to = Math.min(Math.max(a, b), text.length)
        expect(tableLines(text, from, to)).toEqual(referenceLines(text, from, to))
        expect(splitLines(text, from, to).map((l) => [text.slice(l.start, l.contentEnd), text.slice(l.contentEnd, l.end)])).toEqual(referenceLines(text, from, to))
      }),
      { numRuns: 300 },
    )
  })

  it('linesFrom shares the offsets from a line on; blank lines are spaces and tabs only', () => {
    const text = 'a\n \t\nb\n\u00a0\n'
    const lines = lineTable(text)
    const rest = linesFrom(lines, 1)
    expect(rest.count).toBe(3)
    expect(lineStart(rest, 1)).toBe(lineStart(lines, 2))
    expect([0, 1, 2, 3].map((i) => isBlankLineAt(text, lines, i))).toEqual([false, true, false, false])
  })
})
