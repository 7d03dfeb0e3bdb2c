import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { splitLines } from './lines'

describe('splitLines', () => {
  it('splits on \\n, \\r\\n and lone \\r, keeping a last line without ending', () => {
    const text = 'a\nb\r\nc\rd'
    expect(splitLines(text).map((l) => [text.slice(l.start, l.contentEnd), text.slice(l.contentEnd, l.end)])).toEqual([['a', '\n'], ['b', '\r\n'], ['c', '\r'], ['d', '']])
    expect(splitLines('')).toEqual([])
    expect(splitLines('x\n')).toEqual([{ start: 0, contentEnd: 1, end: 2 }])
  })

  it('tiles any range of any text, with and without \\r', () => {
    const unit = fc.constantFrom('a', '\n', '\r', '\r\n', ' ')
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 30 }), fc.nat(30), (text, cut) => {
        const from = Math.min(cut, text.length)
        let at = from
        for (const line of splitLines(text, from)) {
          expect(line.start).toBe(at)
          expect(text.slice(line.start, line.contentEnd)).not.toMatch(/[\r\n]/)
          at = line.end
        }
        expect(at).toBe(text.length)
      }),
    )
  })
})
