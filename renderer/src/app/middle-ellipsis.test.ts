import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { middleCut, splitForMiddleEllipsis } from './middle-ellipsis'

describe('splitForMiddleEllipsis', () => {
  it.each([
    ['000_32342c2bcfddba01.md', '000_32342c2bcf', 'ddba01.md'],
    ['code-reviewer.agent.md', 'code-reviewer', '.agent.md'],
    ['ai-agent-specialist.mdc', 'ai-agent-spec', 'ialist.mdc'],
    ['README', '', ''],
    ['short.md', 'short.md', ''],
    ['reviewer.md', '', ''],
    ['code-reviewer.md', '', ''],
  ])('%s', (name, head, tail) => {
    const parts = splitForMiddleEllipsis(name)
    if (head === '') expect(parts).toEqual({ head: name, tail: '' })
    else expect(parts).toEqual({ head, tail })
    expect(parts.head + parts.tail).toBe(name)
  })

  it('takes a shorter tail when asked (narrow column headers)', () => {
    expect(splitForMiddleEllipsis('code-reviewer.md', 4)).toEqual({ head: 'code-revi', tail: 'ewer.md' })
  })
})

describe('middleCut', () => {
  const monospace = (columns: number) => (text: string) => Array.from(text).length <= columns

  it.each([
    ['000_32342c2bcfddba01.md', 40, '000_32342c2bcfddba01.md'],
    ['000_32342c2bcfddba01.md', 16, '000_32…ddba01.md'],
    ['code reviewer with spaces in its long name v3.md', 24, 'code reviewer…ame v3.md'],
    ['code-reviewer-for-typescript-and-react-v2.md', 21, 'code-review…act-v2.md'],
    ['code-reviewer-for-typescript-and-react-v2.md', 23, 'code-reviewer…act-v2.md'], // not `code-reviewer-…`,
    ['code_reviewer_underscored_v4.md', 20, 'code_revie…red_v4.md'],
  ])('%s in %i columns: %s', (name, columns, shown) => {
    expect(middleCut(name, monospace(columns))).toBe(shown)
  })

  it('fills the space: the longest head that fits, never ending on a separator', () => {
    const name = fc.stringMatching(/^[a-z0-9 _.-]{8,40}\.md$/)
    fc.assert(fc.property(name, fc.integer({ min: 12, max: 50 }), (n, columns) => {
      const fits = monospace(columns)
      const shown = middleCut(n, fits)
      const { head, tail } = splitForMiddleEllipsis(n)
      if (fits(n) || tail === '') {
        expect(shown).toBe(n)
        return
      }
      const [shownHead, shownTail] = shown.split('…') as [string, string]
      expect(shownTail).toBe(tail)
      expect(head.startsWith(shownHead)).toBe(true)
      expect(shownHead).not.toMatch(/[\s_.-]$/)
      // Every cut that fits is no longer than the one shown.
      const cuts = Array.from({ length: head.length - 1 }, (_, i) => `${head.slice(0, i + 1).replace(/[\s_.-]+$/, '')}…${tail}`)
      const longest = Math.max(...cuts.filter(fits).map((c) => c.length))
      if (Number.isFinite(longest)) expect(shown.length).toBe(longest)
    }), { numRuns: 500 })
  })
})
