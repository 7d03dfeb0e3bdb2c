import { describe, expect, it } from 'vitest'
import { splitForMiddleEllipsis } from './middle-ellipsis'

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
