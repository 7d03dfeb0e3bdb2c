import { describe, expect, it } from 'vitest'
import { groupIdOf } from './group-id'

describe('groupIdOf', () => {
  it('names a set of paths whatever their order, and another set differently', () => {
    const id = groupIdOf(['/a/x.md', '/b/x.md'])
    expect(id).toMatch(/^g-[0-9a-f]{16}$/)
    expect(groupIdOf(['/b/x.md', '/a/x.md'])).toBe(id)
    expect(groupIdOf(['/a/x.md', '/c/x.md'])).not.toBe(id)
  })
})
