import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { scanBlocks } from './block-scan'
import { hasFewerLinesThan, unclosedFenceLine } from './fence-search'

// Texts of line pieces where fences open, close, nest and hide: markers of every length, indents,
// info strings with backticks, markers inside lines, and every line ending.
const piece = fc.constantFrom('```', '~~~', '````', '~~~~~', '``', '`', '~', 'js', 'a`b', ' ', '  ', '\t', '    ', 'text', '# h', '**b**', '1. **x**', '---', '\n', '\n', '\r\n', '\r', '\n\n')
const text = fc.array(piece, { maxLength: 60 }).map((pieces) => pieces.join(''))

describe('unclosedFenceLine', () => {
  it('finds the fence scanBlocks leaves open, from any line start', () => {
    fc.assert(
      fc.property(text, fc.nat(), (body, cut) => {
        // `from` at a line start, as the body's start always is.
        const starts = [0, ...[...body.matchAll(/\r\n|\r|\n/g)].map((m) => m.index + m[0].length)]
        const from = starts[cut % starts.length]!
        expect(unclosedFenceLine(body, from)).toBe(scanBlocks(body, from).unclosedFence)
      }),
      { numRuns: 3000 },
    )
  })

  it('tells the line of the fence left open', () => {
    expect(unclosedFenceLine('intro\n```js\ncode\n```\n\n  ~~~~\nx\n~~~\nend', 0)).toBe(5)
    expect(unclosedFenceLine('a\r\n```\r\nb\r\n```\r\n', 0)).toBe(-1)
    expect(unclosedFenceLine('a ``` b\n``` x`y\n````\n', 0)).toBe(2)
  })
})

describe('hasFewerLinesThan', () => {
  it('counts every line ending, from `from` on', () => {
    expect(hasFewerLinesThan('a\nb\nc', 0, 3)).toBe(false)
    expect(hasFewerLinesThan('a\nb\nc', 0, 4)).toBe(true)
    expect(hasFewerLinesThan('a\r\nb', 0, 3)).toBe(false) // `\r\n` counted twice: never fewer than there are
    expect(hasFewerLinesThan('a\nb\nc', 2, 3)).toBe(true)
  })

  it('searches for `\r` from where the caller says the first one is', () => {
    const text = 'x\ra\rb\rc'
    for (const lines of [2, 3, 4, 5]) {
      expect(hasFewerLinesThan(text, 2, lines, 1)).toBe(hasFewerLinesThan(text, 2, lines))
      expect(hasFewerLinesThan(text, 0, lines, 1)).toBe(hasFewerLinesThan(text, 0, lines))
    }
    expect(hasFewerLinesThan(text, 0, 3, -1)).toBe(true) // told there is none: only `\n` counted
    expect(hasFewerLinesThan(text, 0, 3)).toBe(false)
  })
})
