import { describe, expect, it } from 'vitest'
import { lineStarts, originAtLine, originLineRanges } from './origin-lines'

describe('lineStarts', () => {
  it('lists the offset of every line, including an empty last line', () => {
    expect(lineStarts('a\nbc\n')).toEqual([0, 2, 5])
    expect(lineStarts('')).toEqual([0])
  })
})

describe('originLineRanges', () => {
  const text = '---\nname: x\n---\n## A\nfrom one\n## B\nfrom two\n'
  // offsets: '---\n' 0-4, 'name: x\n' 4-12, '---\n' 12-16, '## A\n' 16-21, 'from one\n' 21-30, '## B\n' 30-35, 'from two\n' 35-44
  it('colours lines by the origin that covers them and merges runs', () => {
    const ranges = originLineRanges(text, [
      { start: 0, end: 4, source: 'generated' },
      { start: 4, end: 12, source: 2, key: 'name' },
      { start: 12, end: 16, source: 'generated' },
      { start: 16, end: 30, source: 0, row: 'a' },
      { start: 30, end: 44, source: 'custom', row: 'b' },
    ])
    expect(ranges).toEqual([
      { startLine: 2, endLine: 2, source: 2, key: 'name' },
      { startLine: 4, endLine: 5, source: 0, row: 'a' },
      { startLine: 6, endLine: 7, source: 'custom', row: 'b' },
    ])
    expect(originAtLine(ranges, 5)?.row).toBe('a')
    expect(originAtLine(ranges, 3)).toBeUndefined()
  })

  it('gives a shared line to the origin covering most of it', () => {
    const ranges = originLineRanges('abcdefgh\n', [
      { start: 0, end: 2, source: 0, row: 'x' },
      { start: 2, end: 9, source: 1, row: 'y' },
    ])
    expect(ranges).toEqual([{ startLine: 1, endLine: 1, source: 1, row: 'y' }])
  })

  it('keeps adjacent rows from the same variant apart', () => {
    const ranges = originLineRanges('a\nb\n', [
      { start: 0, end: 2, source: 1, row: 'r1' },
      { start: 2, end: 4, source: 1, row: 'r2' },
    ])
    expect(ranges.map((r) => r.row)).toEqual(['r1', 'r2'])
  })
})
