import { describe, expect, it } from 'vitest'
import { distinguishingPart, variantName } from './variant-name'

describe('variantName', () => {
  const sameName = [
    '/lib/collection-a/.claude/agents/performance-optimizer.md',
    '/lib/collection-b/.claude/agents/performance-optimizer.md',
    '/lib/collection-c/agents/perf/performance-optimizer.md',
  ]

  it('names the folder that tells files of the same name apart, not the shared name', () => {
    expect(variantName(sameName, 1)).toBe('Variant 2 (collection-b)')
    expect(distinguishingPart(sameName, 2)).toBe('collection-c')
  })

  it('names every folder needed to tell it from each other variant', () => {
    const paths = ['/lib/a/x/f.md', '/lib/a/y/f.md', '/lib/b/x/f.md']
    expect(distinguishingPart(paths, 0)).toBe('a/x')
    expect(distinguishingPart(['/r/a/m/n/x/f.md', '/r/a/m/n/y/f.md', '/r/b/m/n/x/f.md'], 0)).toBe('a/…/x')
  })

  it('names the file when only the names differ', () => {
    expect(variantName(['/a/one.md', '/a/two.md'], 0)).toBe('Variant 1 (one.md)')
    expect(variantName(['/a/one.md'], 0)).toBe('Variant 1 (one.md)')
  })
})
