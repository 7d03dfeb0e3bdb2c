import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { normaliseTitle, slugOfTitle, slugsOfTitles } from './normalise-title'

describe('normaliseTitle', () => {
  it.each([
    ['API Design & Implementation', 'api design and implementation'],
    ['1. **API Design and Implementation**:', 'api design and implementation'],
    ['## 🚀 Core Responsibilities:', 'core responsibilities'],
    ['⚡ CORE PROTOCOL - MANDATORY COMPLIANCE ⚡', 'core protocol mandatory compliance'],
    ["Go Fiber's Best Practices", 'go fibers best practices'],
    ['2) Step two', 'step two'],
    ['1.2.3 Nested numbering', 'nested numbering'],
    ['2024 Roadmap', '2024 roadmap'],
    ['3.5 Sonnet notes', '3 5 sonnet notes'],
    ['Café Ünïcode', 'café ünïcode'],
    ['', ''],
    ['R&D', 'r and d'],
    ['🚀 Launch 𝒜 Plan', 'launch 𝒜 plan'],
    ['ÄRGER Über', 'ärger über'],
    ['Step 3: Deploy', 'step 3 deploy'],
    ['3: Deploy', 'deploy'],
  ])('%j -> %j', (title, expected) => {
    expect(normaliseTitle(title)).toBe(expected)
  })

  it('slugs with hyphens and never returns an empty slug', () => {
    expect(slugOfTitle('Tools & Permissions')).toBe('tools-and-permissions')
    expect(slugOfTitle('🚀🚀')).toBe('section')
  })
})

describe('slugsOfTitles', () => {
  it('gives each title its slugOfTitle, whatever the titles (lowercased together)', () => {
    const piece = fc.constantFrom('API', 'Design', ' ', '&', "'", '’', '1.', '2)', '3 -', '4:', '**', '#', '_', 'é', 'İ', 'ΟΔΟΣ', 'Σ', '🚀', '𝒜', '\n', '', 'x')
    const title = fc.array(piece, { maxLength: 8 }).map((parts) => parts.join(''))
    fc.assert(fc.property(fc.array(title, { maxLength: 6 }), (titles) => {
      expect(slugsOfTitles(titles)).toEqual(titles.map(slugOfTitle))
    }), { numRuns: 2000 })
  })

  it('keeps final sigma and a lengthening İ right', () => {
    expect(slugsOfTitles(['ΟΔΟΣ', 'İstanbul Notes', 'Plain'])).toEqual(['οδος', ...['İstanbul Notes', 'Plain'].map(slugOfTitle)])
    expect(slugsOfTitles([])).toEqual([])
  })
})
