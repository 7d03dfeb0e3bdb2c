import { describe, expect, it } from 'vitest'
import { readSimpleYaml } from './simple-yaml'
import { readStrictYaml } from './strict-yaml'

describe('readStrictYaml', () => {
  it.each([
    ['&a [*a]', 1, 5],
    ['k: &a {x: [1, *a]}', 1, 15],
    ['k:\n  - 1\n  - &a\n    - *a\n', 4, 7],
  ])('refuses a value that contains itself (%j) at the alias, without a cycle in the data', (source, line, column) => {
    const read = readStrictYaml(source)
    expect(read).toEqual({ ok: false, problems: [{ code: 'BAD_ALIAS', message: expect.stringContaining('is inside the value it names'), line, column }] })
  })

  it('still reads an alias used beside its anchor (shared, not circular)', () => {
    expect(readStrictYaml('a: &x [1, 2]\nb: *x\nc: {d: *x}\n')).toEqual({ ok: true, value: { a: [1, 2], b: [1, 2], c: { d: [1, 2] } } })
  })
})

describe('readSimpleYaml with many keys', () => {
  const keys = (n: number): string[] => Array.from({ length: n }, (_, i) => `k${i}: v${i}`)

  it('reads 100,000 distinct keys in order', () => {
    const read = readSimpleYaml(`${keys(100_000).join('\n')}\n`)
    expect(read).not.toBeNull()
    expect(Object.keys(read!)).toHaveLength(100_000)
    expect(Object.keys(read!)[99_999]).toBe('k99999')
  })

  it.each([5, 31, 32, 33, 500])('leaves a map with a duplicate key to the full reader (duplicate after %i keys)', (n) => {
    expect(readSimpleYaml(`${[...keys(n), 'k0: again'].join('\n')}\n`)).toBeNull()
    expect(readSimpleYaml(`${[...keys(n), `k${n - 1}: again`].join('\n')}\n`)).toBeNull()
  })
})
