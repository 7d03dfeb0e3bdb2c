import { describe, expect, it } from 'vitest'
import { append, endMatches, endsWithLineBreak, lineAt, newMergedText, trimTrailingLineBreaks } from './merged-text'

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
})
