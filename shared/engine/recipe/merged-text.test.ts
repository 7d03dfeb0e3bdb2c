import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { endsWithBlankLine, endsWithDelimiterLine } from './line-ends'
import { append, endPasses, endsWithLineBreak, lineAt, newMergedText, setText, trimTrailingLineBreaks, type MergedText } from './merged-text'

/** endPasses with a pattern anchored at the end: what the checks of line-ends.ts stand for. */
const endMatches = (out: MergedText, pattern: RegExp): boolean => endPasses(out, (text, from, to) => pattern.test(text.slice(from, to)))

const FRONTMATTER_END = /(^|\n)(---|\.\.\.)[ \t]*\r?\n$/

describe('MergedText', () => {
  it('answers questions about its end from the tail as the whole text would', () => {
    for (const prefix of ['', 'x'.repeat(5000), `${'line\n'.repeat(3000)}`]) {
      for (const end of ['---\n', 'a---\n', '\n---\n', 'text\n', 'text', '\n\n', '...\t\r\n']) {
        const out = newMergedText()
        append(out, prefix, 0)
        for (const ch of end) append(out, ch, 'generated') // many small appends, as a merge does
        const whole = prefix + end
        expect(endMatches(out, FRONTMATTER_END)).toBe(FRONTMATTER_END.test(whole))
        expect(endsWithLineBreak(out)).toBe(whole.endsWith('\n'))
        expect(lineAt(out)).toBe(whole.split('\n').length)
      }
    }
  })

  it('keeps tail and line count right after trimming the final line breaks', () => {
    const out = newMergedText()
    append(out, `${'a\n'.repeat(2000)}end\n\n\r\n`, 0)
    trimTrailingLineBreaks(out)
    expect(out.text.endsWith('end')).toBe(true)
    expect(endsWithLineBreak(out)).toBe(false)
    expect(lineAt(out)).toBe(2001)
    expect(out.origins.at(-1)!.end).toBe(out.text.length)
  })

  /** What endMatches answers: the pattern on the last 1,024 characters, from their first line
   *  break on when the text is longer (`^` there is not the start of the text). */
  const seenAtEnd = (whole: string, pattern: RegExp): boolean => {
    if (whole.length <= 1024) return pattern.test(whole)
    const tail = whole.slice(-1024)
    const firstBreak = tail.indexOf('\n')
    return firstBreak !== -1 && pattern.test(tail.slice(firstBreak))
  }

  it('sees the end of the whole text whatever pieces it was built from and whenever it looks', () => {
    const BLANK_LINE_AT_END = /\n[ \t]*\r?\n$/
    const piece = fc.oneof(fc.constantFrom('\n', '\r\n', '---\n', ' \t', '...', 'x', ''), fc.stringMatching(/^[-a \t\r\n]{0,40}$/), fc.string({ minLength: 1000, maxLength: 1100 }).map((s) => `${s}\n---\n`))
    const step = fc.oneof(piece.map((text) => ({ text, look: false })), piece.map((text) => ({ text, look: true })), fc.constant({ text: null, look: true }))
    fc.assert(
      fc.property(fc.array(step, { maxLength: 60 }), (steps) => {
        const out = newMergedText()
        let whole = ''
        for (const { text, look } of steps) {
          if (text === null) setText(out, (whole = whole.slice(0, Math.floor(whole.length / 2))))
          else {
            append(out, text, 'generated')
            whole += text
          }
          if (!look) continue
          for (const pattern of [FRONTMATTER_END, BLANK_LINE_AT_END]) expect(endMatches(out, pattern)).toBe(seenAtEnd(whole, pattern))
          expect(endPasses(out, endsWithDelimiterLine)).toBe(seenAtEnd(whole, FRONTMATTER_END))
          expect(endPasses(out, endsWithBlankLine)).toBe(seenAtEnd(whole, BLANK_LINE_AT_END))
          expect(endsWithLineBreak(out)).toBe(whole.endsWith('\n'))
          expect(lineAt(out)).toBe(whole.split('\n').length)
        }
        expect(out.text).toBe(whole)
      }),
      { numRuns: 300 },
    )
  })
})
