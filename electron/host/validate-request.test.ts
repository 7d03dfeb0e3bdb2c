import { describe, expect, it } from 'vitest'
import { MAX_DRAFT_DEPTH, validateRequest } from './validate-request'

const HASH = 'a'.repeat(64)

/** Arrays and objects alternating, `depth` levels deep. */
function nest(depth: number): unknown {
  let value: unknown = 'leaf'
  for (let i = 0; i < depth; i++) value = i % 2 === 0 ? [value] : { v: value }
  return value
}

describe('validateRequest', () => {
  it.each([
    ['getInitialListing', []],
    ['openPaths', [['/a', '/b']]],
    ['readFile', ['/a.md']],
    ['readFiles', [['/a.md', '/b.md']]],
    ['writeFile', [{ path: '/a.md', text: 'x', expectedHash: null }]],
    ['writeFile', [{ path: '/a.md', text: 'x', expectedHash: HASH, force: true, overwriteSource: false }]],
    ['writeFile', [{ path: '/m.md', text: 'x', expectedHash: null, mergedFrom: ['/a.md', '/b.md'] }]],
    ['archiveFiles', [['/a.md']]],
    ['undoArchive', ['20261121T051000123Z-abcdef']],
    ['setSettings', [{ theme: 'dark', zoom: 1.5 }]],
    ['saveDraft', [{ id: 'g1', updatedAt: 1, data: { any: ['thing'] } }]],
    ['saveDraft', [{ id: 'g1', updatedAt: 1, data: nest(MAX_DRAFT_DEPTH) }]],
    ['showOpenDialog', ['files']],
  ])('accepts %s %j', (method, args) => {
    expect(validateRequest(method, args)).toEqual({ method, args })
  })

  it.each([
    ['constructor', [], 'no such host method'],
    ['readFile', '/a.md', 'must be a JSON array'],
    ['readFile', [], 'expected 1 argument, got 0'],
    ['readFile', [''], 'non-empty string'],
    ['openPaths', [[]], 'list of paths is empty'],
    ['readFiles', [['/a.md', '']], 'path 2 must be a non-empty string'],
    ['readFiles', [Array.from({ length: 1001 }, () => '/a.md')], 'at most 1000 paths at once (got 1001)'],
    ['openPaths', ['/a'], 'expected a list of paths'],
    ['writeFile', [{ path: '/a.md', text: 1, expectedHash: null }], 'request.text must be a string'],
    ['writeFile', [{ path: '/a.md', text: 'x' }], 'expectedHash'],
    ['writeFile', [{ path: '/a.md', text: 'x', expectedHash: 'ABC' }], 'expectedHash'],
    ['writeFile', [{ path: '/a.md', text: 'x', expectedHash: null, force: 'yes' }], 'request.force'],
    ['writeFile', [{ path: '/a.md', text: 'x', expectedHash: null, mode: 0o777 }], 'unknown field "mode"'],
    ['writeFile', [{ path: '/m.md', text: 'x', expectedHash: null, mergedFrom: '/a.md' }], 'expected a list of paths'],
    ['writeFile', [{ path: '/m.md', text: 'x', expectedHash: null, mergedFrom: ['/a.md', 3] }], 'path 2 must be a non-empty string'],
    ['setSettings', [{ zoom: 100 }], 'zoom must be'],
    ['setSettings', [{ fontFamily: 'x' }], 'unknown field'],
    ['saveDraft', [{ id: 'g', updatedAt: 'now', data: null }], 'updatedAt'],
    ['showOpenDialog', ['everything'], 'kind must be'],
    ['saveDraft', [{ id: 'g', updatedAt: 1, data: nest(MAX_DRAFT_DEPTH + 1) }], `nests deeper than ${MAX_DRAFT_DEPTH} levels`],
  ])('refuses %s %j', (method, args, message) => {
    expect(() => validateRequest(method, args)).toThrow(expect.objectContaining({ code: 'bad-request', message: expect.stringContaining(message) }))
  })

  it('refuses a draft nested 20,000 deep without overflowing the stack', () => {
    expect(() => validateRequest('saveDraft', [{ id: 'g', updatedAt: 1, data: nest(20_000) }])).toThrow(expect.objectContaining({ code: 'bad-request' }))
  })
})
