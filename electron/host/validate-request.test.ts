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
    ['archiveFiles', [['/a.md'], []]],
    ['archiveFiles', [['/a.md'], ['/b.md']]],
    ['undoArchive', ['20261121T051000123Z-abcdef']],
    ['setSettings', [{ theme: 'dark', zoom: 1.5 }]],
    ['saveDraft', [{ id: 'g1', updatedAt: 1, data: { any: ['thing'] } }]],
    ['saveDraft', [{ id: 'g1', updatedAt: 1, data: nest(MAX_DRAFT_DEPTH) }]],
    ['showOpenDialog', ['files']],
    ['applyResolution', [{ archive: [{ path: '/a.md', expectedHash: HASH }], write: [{ path: '/b.md', text: 'x' }] }]],
    ['applyResolution', [{ archive: [{ path: '/a.md', expectedHash: HASH }], write: [], keep: ['/b.md'] }]],
    ['writeDecisions', ['/f', [{ name: 'a.json', text: '{}' }, { name: 'b.json', text: null }]]],
    ['readDecisions', ['/f']],
  ])('accepts %s %j', (method, args) => {
    expect(validateRequest(method, args)).toEqual({ method, args })
  })

  it.each([
    ['constructor', [], 'no such host method'],
    ['readFile', '/a.md', 'must be a JSON array'],
    ['readFile', [], 'expected 1 argument, got 0'],
    ['readFile', [''], 'non-empty string'],
    ['openPaths', [[]], 'openPaths: paths must list at least one path'],
    ['readFiles', [['/a.md', '']], 'readFiles: paths[1] must be a non-empty string'],
    ['readFiles', [Array.from({ length: 1001 }, () => '/a.md')], 'paths may hold at most 1000 paths at once (got 1001)'],
    ['openPaths', ['/a'], 'openPaths: paths must be a list of paths'],
    ['writeFile', [{ path: '/a.md', text: 1, expectedHash: null }], 'request.text must be a string'],
    ['writeFile', [{ path: '/a.md', text: 'x' }], 'writeFile: request.expectedHash is missing'],
    ['writeFile', [{ path: '/a.md', text: 'x', expectedHash: 'ABC' }], 'request.expectedHash must be a 64-character lowercase hex SHA-256 or null'],
    ['writeFile', [{ path: '/a.md', text: 'x', expectedHash: null, force: 'yes' }], 'request.force'],
    ['writeFile', [{ path: '/a.md', text: 'x', expectedHash: null, mode: 0o777 }], 'writeFile: request has unknown field "mode"'],
    ['writeFile', [{ path: '/m.md', text: 'x', expectedHash: null, mergedFrom: '/a.md' }], 'request.mergedFrom must be a list of paths'],
    ['writeFile', [{ path: '/m.md', text: 'x', expectedHash: null, mergedFrom: ['/a.md', 3] }], 'request.mergedFrom[1] must be a non-empty string'],
    ['setSettings', [{ zoom: 100 }], 'settings.zoom must be a number from 0.25 to 5'],
    ['setSettings', [{ fontFamily: 'x' }], 'unknown field'],
    ['saveDraft', [{ id: 'g', updatedAt: 'now', data: null }], 'draft.updatedAt must be a number'],
    ['showOpenDialog', ['everything'], 'showOpenDialog: kind must be "folder" or "files"'],
    ['saveDraft', [{ id: 'g', updatedAt: 1, data: nest(MAX_DRAFT_DEPTH + 1) }], `draft.data nests deeper than ${MAX_DRAFT_DEPTH} levels`],
    ['writeFile', [['/a.md', 'x']], 'writeFile: request must be an object { path, text, expectedHash }'],
    ['readFile', ['/'.repeat(4097)], 'readFile: path is longer than 4096 characters'],
    ['applyResolution', [{ archive: [], write: [] }], 'applyResolution: request.archive must list at least one file'],
    ['applyResolution', [{ archive: [{ path: '/a.md', expectedHash: 'x' }], write: [] }], 'request.archive[0].expectedHash must be a 64-character'],
    ['applyResolution', [{ archive: [{ path: '/a.md', expectedHash: HASH }], write: [{ path: '/b.md' }] }], 'request.write[0].text is missing'],
    ['applyResolution', [{ archive: [{ path: '/a.md', expectedHash: HASH }], write: [], keep: [''] }], 'request.keep[0] must be a non-empty string'],
    ['writeDecisions', ['/f', [{ name: 'a.json', text: 1 }]], 'writeDecisions: files[0].text must be a string or null'],
    ['writeDecisions', ['/f', [{ name: 'a.json', text: null, mode: 1 }]], 'files[0] has unknown field "mode"'],
  ])('refuses %s %j', (method, args, message) => {
    expect(() => validateRequest(method, args)).toThrow(expect.objectContaining({ code: 'bad-request', message: expect.stringContaining(message) }))
  })

  it('refuses a draft nested 20,000 deep without overflowing the stack', () => {
    expect(() => validateRequest('saveDraft', [{ id: 'g', updatedAt: 1, data: nest(20_000) }])).toThrow(expect.objectContaining({ code: 'bad-request' }))
  })
})
