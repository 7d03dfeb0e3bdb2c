import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isBlankLineAt, lineContentEnd, lineCursor, lineEnd, lineNumberAt, lineStart, lineTable, lineTableUntil, nextLine } from './lines'

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

/** The table's lines as [start, contentEnd, end]. */
function tableSpans(text: string, from = 0, to = text.length): [number, number, number][] {
  const lines = lineTable(text, from, to)
  const out: [number, number, number][] = []
  for (let i = 0; i < lines.count; i++) out.push([lineStart(lines, i), lineContentEnd(lines, i), lineEnd(lines, i)])
  return out
}

function tableLines(text: string, from: number, to: number): [string, string][] {
  const lines = lineTable(text, from, to)
  const out: [string, string][] = []
  for (let i = 0; i < lines.count; i++) out.push([text.slice(lineStart(lines, i), lineContentEnd(lines, i)), text.slice(lineContentEnd(lines, i), lineEnd(lines, i))])
  return out
}

describe('lineTable', () => {
  it('splits on \\n, \\r\\n and lone \\r, keeping a last line without ending', () => {
    const text = 'a\nb\r\nc\rd'
    expect(tableLines(text, 0, text.length)).toEqual([['a', '\n'], ['b', '\r\n'], ['c', '\r'], ['d', '']])
    expect(tableSpans('')).toEqual([])
    expect(lineTable('').count).toBe(0)
    expect(tableSpans('x\n')).toEqual([[0, 1, 2]])
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
      }),
      { numRuns: 300 },
    )
  })

  it('blank lines are spaces and tabs only', () => {
    const text = 'a\n \t\nb\n\u00a0\n'
    const lines = lineTable(text)
    expect([0, 1, 2, 3].map((i) => isBlankLineAt(text, lines, i))).toEqual([false, true, false, false])
  })

  it('a cursor walks the same lines as the table, storing none', () => {
    const unit = fc.constantFrom('a', '\n', '\r', '\r\n', ' ')
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 200 }), fc.nat(200), (text, a) => {
        const from = Math.min(a, text.length)
        const cursor = lineCursor(text, from)
        const walked: [number, number, number][] = []
        while (nextLine(cursor)) walked.push([cursor.start, cursor.contentEnd, cursor.end])
        expect(walked).toEqual(tableSpans(text, from))
        expect(nextLine(cursor)).toBe(false) // stays at the end
      }),
      { numRuns: 300 },
    )
  })

  it('lineTableUntil stops after the first line (past the first) that matches', () => {
    const text = '---\na: b\n---\n# body\n---\n'
    const isDashes = (start: number, end: number): boolean => text.slice(start, end) === '---'
    const lines = lineTableUntil(text, 0, text.length, isDashes)
    expect(lines.count).toBe(3)
    expect(lineEnd(lines, 2)).toBe('---\na: b\n---\n'.length)
    expect(lineTableUntil('---\nno end\n', 0, 11, isDashes).count).toBe(2) // none matches: all
  })

  it('lineNumberAt counts the line endings before an offset', () => {
    const text = 'a\nb\r\nc\rd'
    expect([0, 1, 2, 3, 4, 5, 6, 7, 8].map((o) => lineNumberAt(text, o))).toEqual([1, 1, 2, 2, 2, 3, 3, 4, 4])
    expect(lineNumberAt('', 0)).toBe(1)
  })
})
