import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { isWithin, relativeBelow } from './path-within'

describe('isWithin', () => {
  it('holds for the folder itself, with or without a trailing separator', () => {
    expect(isWithin('/lib/agents', '/lib/agents')).toBe(true)
    expect(isWithin('/lib/agents/', '/lib/agents')).toBe(true)
    expect(isWithin('/lib/agents', '/lib/agents/')).toBe(true)
  })

  it('holds for paths below the folder, however deep', () => {
    expect(isWithin('/lib/agents', '/lib/agents/a.md')).toBe(true)
    expect(isWithin('/lib/agents/', '/lib/agents/sub/deeper/b.md')).toBe(true)
  })

  it('fails for the parent, a sibling that shares the prefix, and other trees', () => {
    expect(isWithin('/lib/agents', '/lib')).toBe(false)
    expect(isWithin('/lib/agents', '/lib/agents-old/a.md')).toBe(false)
    expect(isWithin('/lib/agents', '/etc/passwd')).toBe(false)
  })

  it('reads ".." segments as path.relative does: out and back in is inside', () => {
    expect(isWithin('/lib/agents', '/lib/agents/sub/../a.md')).toBe(true)
    expect(isWithin('/lib/agents', '/lib/agents/../secret.md')).toBe(false)
  })

  it('counts a name that only starts with two dots as inside', () => {
    expect(isWithin('/lib/agents', '/lib/agents/..notes/a.md')).toBe(true)
    expect(isWithin('/lib/agents', '/lib/agents/..')).toBe(false)
    expect(relativeBelow('/lib/agents', '/lib/agents/..notes/a.md')).toBe(join('..notes', 'a.md'))
  })

  it('gives the path below the folder, and null for the folder itself or outside it', () => {
    expect(relativeBelow('/lib/agents', '/lib/agents/sub/a.md')).toBe(join('sub', 'a.md'))
    expect(relativeBelow('/lib/agents', '/lib/agents')).toBeNull()
    expect(relativeBelow('/lib/agents', '/lib/agents-old/a.md')).toBeNull()
    expect(relativeBelow('/lib/agents', '/lib')).toBeNull()
  })

  it('tells letter case apart where the platform does', () => {
    expect(isWithin('/lib/agents', '/lib/Agents/a.md')).toBe(process.platform === 'win32')
  })
})
