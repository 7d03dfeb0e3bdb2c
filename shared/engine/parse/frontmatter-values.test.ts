import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { FrontmatterValue } from '../model'
import { sameValue } from './frontmatter-values'

describe('sameValue', () => {
  it('is whether the two values write the same JSON (strings compared without writing them)', () => {
    // Strings that look like the JSON of other values, and those values: the shortcut for strings
    // must not take one for the other.
    const scalar = fc.constantFrom<FrontmatterValue>('1', 1, 'true', true, 'null', null, '"a"', 'a', '', '[]', 0, -0, 1.5)
    const value: fc.Arbitrary<FrontmatterValue> = fc.oneof(
      scalar,
      fc.array(scalar, { maxLength: 3 }),
      fc.dictionary(fc.constantFrom('a', 'b'), scalar, { maxKeys: 2 }),
    )
    const maybe = fc.option(value, { nil: undefined })
    fc.assert(
      fc.property(maybe, maybe, (a, b) => {
        expect(sameValue(a, b)).toBe(JSON.stringify(a) === JSON.stringify(b))
      }),
      { numRuns: 1000 },
    )
  })
})
