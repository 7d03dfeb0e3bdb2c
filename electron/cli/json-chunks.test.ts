// The chunked JSON writer writes byte for byte what JSON.stringify(…, null, 2) writes for the
// whole object, however its lists are cut into batches.

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { jsonList, jsonObject, writeJsonFields, type JsonFields } from './json-chunks'

function written(fields: JsonFields, chunk?: number): string[] {
  const writes: string[] = []
  writeJsonFields(fields, (text) => writes.push(text), chunk)
  return writes
}

const field = fc.oneof(
  fc.jsonValue().map((value) => ({ list: false as const, value })),
  fc.array(fc.jsonValue(), { maxLength: 30 }).map((items) => ({ list: true as const, items })),
)

// Field names as the commands use them: JavaScript lists an object's integer-like keys first,
// whatever order they were added in, so JSON.stringify of such an object is not a reference.
const fieldName = fc.string().filter((key) => !/^(?:0|[1-9]\d*)$/.test(key))

describe('writeJsonFields', () => {
  it('writes JSON.stringify(object, null, 2) and a newline, for any values and batch size', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.tuple(fieldName, field), { selector: ([key]) => key, minLength: 1, maxLength: 6 }), fc.integer({ min: 1, max: 400 }), (entries, chunk) => {
        const fields: JsonFields = entries.map(([key, f]) => [key, f.list ? jsonList(f.items, (x) => x) : f.value])
        expect(written(fields, chunk).join('')).toBe(`${JSON.stringify(jsonObject(fields), null, 2)}\n`)
      }),
    )
  })

  it('writes a long list in batches of about the chunk size', () => {
    const items = Array.from({ length: 2000 }, (_, i) => ({ id: i, path: `agents/${'x'.repeat(i % 50)}.md`, nested: [i, { a: 'b' }] }))
    const fields: JsonFields = [['version', 1], ['items', jsonList(items, (x) => x)], ['empty', jsonList([], (x) => x)]]
    const writes = written(fields, 4096)
    expect(writes.join('')).toBe(`${JSON.stringify({ version: 1, items, empty: [] }, null, 2)}\n`)
    const batches = writes.filter((w) => w.length > 100)
    expect(batches.length).toBeGreaterThan(20)
    expect(Math.max(...batches.slice(1).map((w) => w.length))).toBeLessThan(2 * 4096)
  })
})
