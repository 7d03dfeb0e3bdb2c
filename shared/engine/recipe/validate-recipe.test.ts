import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseRecipeJson } from './validate-recipe'

type Schema = Record<string, unknown>
const schemaPath = fileURLToPath(new URL('../../../docs/recipe.schema.json', import.meta.url))
const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as Schema

/** A tiny evaluator for the JSON Schema keywords recipe.schema.json uses, so the test checks
 *  the validator against the generated schema file itself: what the generator writes means what
 *  the validator does. */
function schemaAccepts(value: unknown, node: Schema = schema): boolean {
  if (typeof node.$ref === 'string') return schemaAccepts(value, resolve(node.$ref))
  if ('const' in node && JSON.stringify(node.const) !== JSON.stringify(value)) return false
  if (Array.isArray(node.enum) && !node.enum.some((e) => JSON.stringify(e) === JSON.stringify(value))) return false
  if (node.type !== undefined && ![node.type].flat().some((t) => hasType(value, t as string))) return false
  if (Array.isArray(node.oneOf) && node.oneOf.filter((s) => schemaAccepts(value, s as Schema)).length !== 1) return false
  if (Array.isArray(node.anyOf) && !node.anyOf.some((s) => schemaAccepts(value, s as Schema))) return false
  if (typeof value === 'string') {
    if (typeof node.minLength === 'number' && value.length < node.minLength) return false
    if (typeof node.pattern === 'string' && !new RegExp(node.pattern, 'u').test(value)) return false
  }
  if (typeof value === 'number' && typeof node.minimum === 'number' && value < node.minimum) return false
  if (Array.isArray(value)) {
    if (typeof node.minItems === 'number' && value.length < node.minItems) return false
    if (node.uniqueItems === true && new Set(value.map((v) => JSON.stringify(v))).size !== value.length) return false
    if (node.items && !value.every((v) => schemaAccepts(v, node.items as Schema))) return false
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const props = (node.properties ?? {}) as Record<string, Schema>
    if (Array.isArray(node.required) && !node.required.every((k) => k in value)) return false
    for (const [k, v] of Object.entries(value)) {
      if (k in props) {
        if (!schemaAccepts(v, props[k]!)) return false
      } else if (node.additionalProperties === false) return false
    }
  }
  return true
}
function resolve(ref: string): Schema {
  return ref.replace('#/', '').split('/').reduce<Schema>((node, part) => node[part] as Schema, schema)
}
function hasType(value: unknown, type: string): boolean {
  if (type === 'integer') return Number.isInteger(value)
  if (type === 'null') return value === null
  if (type === 'array') return Array.isArray(value)
  if (type === 'object') return typeof value === 'object' && value !== null && !Array.isArray(value)
  return typeof value === type
}

const H = 'ab'.repeat(32)
const valid = {
  version: 1,
  sources: [
    { path: '/a/backend-architect.md', hash: H },
    { path: '/b/backend-architect.md', hash: H },
  ],
  keys: [
    { key: 'name', pick: { kind: 'variant', variant: 0 }, valueHashes: [H, null] },
    { key: 'tools', pick: { kind: 'combine', variants: [0, 1] } },
    { key: 'model', pick: { kind: 'custom', text: 'sonnet' } },
    { key: 'color', pick: { kind: 'omit' } },
  ],
  rows: [
    { row: 'preamble', pick: { kind: 'variant', variant: 1 }, sectionKeys: ['preamble', 'preamble'], sectionHashes: [H, null], sectionBodyHashes: [H, null] },
    { row: 'usage', pick: { kind: 'undecided' }, sectionKeys: [null, 'usage'], sectionHashes: [null, H] },
  ],
  eol: '\n',
  base: 0,
}

const set = (path: (string | number)[], value: unknown): unknown => {
  const copy = structuredClone(valid) as Record<string, unknown>
  let node = copy as Record<string | number, unknown>
  for (const part of path.slice(0, -1)) node = node[part] as Record<string | number, unknown>
  const last = path[path.length - 1]!
  if (value === undefined) delete node[last]
  else node[last] = value
  return copy
}

const invalid: [string, unknown, string][] = [
  ['wrong version', set(['version'], 2), '/version'],
  ['missing rows', set(['rows'], undefined), ''],
  ['unknown top-level property', set(['extra'], true), '/extra'],
  ['bad hash', set(['sources', 0, 'hash'], 'xyz'), '/sources/0/hash'],
  ['empty path', set(['sources', 1, 'path'], ''), '/sources/1/path'],
  ['negative variant', set(['keys', 0, 'pick', 'variant'], -1), '/keys/0/pick/variant'],
  ['fractional variant', set(['keys', 0, 'pick', 'variant'], 1.5), '/keys/0/pick/variant'],
  ['unknown pick kind', set(['keys', 0, 'pick'], { kind: 'both' }), '/keys/0/pick/kind'],
  ['combine with none', set(['keys', 1, 'pick', 'variants'], []), '/keys/1/pick/variants'],
  ['combine naming a variant twice', set(['keys', 1, 'pick', 'variants'], [1, 1]), '/keys/1/pick/variants'],
  ['custom without text', set(['keys', 2, 'pick'], { kind: 'custom' }), '/keys/2/pick'],
  ['omit with a stray field', set(['keys', 3, 'pick'], { kind: 'omit', variant: 0 }), '/keys/3/pick/variant'],
  ['section key not a string', set(['rows', 0, 'sectionKeys', 0], 3), '/rows/0/sectionKeys/0'],
  ['section hash not hex', set(['rows', 1, 'sectionHashes', 1], 'nothex'), '/rows/1/sectionHashes/1'],
  ['value hash not hex', set(['keys', 0, 'valueHashes', 0], 'nothex'), '/keys/0/valueHashes/0'],
  ['value hashes not an array', set(['keys', 0, 'valueHashes'], {}), '/keys/0/valueHashes'],
  ['body hash not hex', set(['rows', 0, 'sectionBodyHashes', 0], 'nothex'), '/rows/0/sectionBodyHashes/0'],
  ['body hashes not an array', set(['rows', 0, 'sectionBodyHashes'], 'x'), '/rows/0/sectionBodyHashes'],
  ['rows not an array', set(['rows'], {}), '/rows'],
  ['bad eol', set(['eol'], '\r'), '/eol'],
  ['bad base', set(['base'], 'zero'), '/base'],
]

describe('parseRecipeJson', () => {
  it('accepts a valid recipe, as does the schema', () => {
    expect(schemaAccepts(valid)).toBe(true)
    const parsed = parseRecipeJson(JSON.stringify(valid))
    expect(parsed.ok).toBe(true)
  })
  it('accepts the smallest recipe', () => {
    const smallest = { version: 1, sources: [], keys: [], rows: [] }
    expect(schemaAccepts(smallest)).toBe(true)
    expect(parseRecipeJson(JSON.stringify(smallest)).ok).toBe(true)
  })
  it.each(invalid)('rejects %s with its path, as does the schema', (_, doc, path) => {
    expect(schemaAccepts(doc)).toBe(false)
    const parsed = parseRecipeJson(JSON.stringify(doc))
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) expect(parsed.errors.map((e) => e.path)).toContain(path)
  })
  it('reports broken JSON as an error value', () => {
    const parsed = parseRecipeJson('{"version": 1,')
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) expect(parsed.errors[0]!.message).toMatch(/Not valid JSON/)
  })
  it('agrees with the schema on random mutations of a valid recipe', () => {
    const paths: (string | number)[][] = [
      ['version'], ['sources', 0, 'hash'], ['sources', 0], ['keys', 0, 'pick'], ['keys', 1, 'pick', 'variants'],
      ['keys', 2, 'pick', 'text'], ['rows', 0, 'row'], ['rows', 0, 'sectionKeys'], ['rows', 1, 'sectionHashes', 0],
      ['rows', 1, 'pick', 'kind'], ['rows', 0, 'sectionBodyHashes'], ['rows', 0, 'sectionBodyHashes', 1], ['rows', 1, 'sectionBodyHashes'], ['keys', 0, 'valueHashes'], ['keys', 0, 'valueHashes', 0], ['keys', 1, 'valueHashes'], ['eol'], ['base'], ['$schema'], ['keys', 0, 'key'],
      ['extra'], ['sources', 0, 'name'], ['keys', 0, 'note'], ['keys', 3, 'pick', 'variant'], ['rows', 0, 'title'], ['rows', 0, 'pick', 'text'],
    ]
    const values = fc.oneof(
      fc.constant(undefined), fc.constant(null), fc.integer({ min: -2, max: 3 }), fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.constantFrom('', 'variant', 'omit', 'combine', 'custom', 'undecided', H, '\n', 'x'),
      fc.constantFrom([], [0], [0, 0], [1, 0], ['a'], [null], [H]),
      fc.constantFrom({}, { kind: 'omit' }, { kind: 'variant', variant: 1 }, { kind: 'combine', variants: [2] }, { path: 'p', hash: H }),
    )
    fc.assert(
      fc.property(fc.constantFrom(...paths), values, (path, value) => {
        const json = JSON.stringify(set(path, value))
        expect(parseRecipeJson(json).ok).toBe(schemaAccepts(JSON.parse(json)))
      }),
      { numRuns: 500 },
    )
  })
})

describe('docs/recipes.md', () => {
  it('shows an example that the validator and the schema accept', () => {
    const doc = readFileSync(fileURLToPath(new URL('../../../docs/recipes.md', import.meta.url)), 'utf8')
    const example = /```json\n([\s\S]*?)```/.exec(doc)![1]!
    expect(parseRecipeJson(example)).toMatchObject({ ok: true })
    expect(schemaAccepts(JSON.parse(example))).toBe(true)
  })
})
