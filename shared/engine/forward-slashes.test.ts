import { describe, expect, it } from 'vitest'
import { forwardSlashes } from './forward-slashes'

describe('forwardSlashes', () => {
  it('turns every backslash into a forward slash', () => {
    expect(forwardSlashes('C:\\Users\\me\\.claude\\agents\\a.md')).toBe('C:/Users/me/.claude/agents/a.md')
    expect(forwardSlashes('a\\b/c\\d')).toBe('a/b/c/d')
  })

  it('keeps runs, leading and trailing slashes: it only swaps the separator', () => {
    expect(forwardSlashes('\\\\server\\share\\\\x\\')).toBe('//server/share//x/')
    expect(forwardSlashes('/a//b/')).toBe('/a//b/')
  })

  it('leaves a path without backslashes unchanged', () => {
    expect(forwardSlashes('')).toBe('')
    expect(forwardSlashes('agents/backend-architect.md')).toBe('agents/backend-architect.md')
  })
})
