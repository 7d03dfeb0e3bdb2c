import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decisionFileName, parseSavedDecision, relativeTo, resolveIn, serializeDecision, type SavedDecision } from './saved-decision'

const h = 'a'.repeat(64)
const recipe = { version: 1, sources: [{ path: 'a/x.md', hash: h }, { path: 'b/x.md', hash: h }], keys: [], rows: [{ row: 'preamble', pick: { kind: 'variant', variant: 0 }, sectionKeys: ['preamble', null], sectionHashes: [null, null] }], base: 0 }

describe('saved decisions', () => {
  it('round-trips every resolution', () => {
    const resolutions: SavedDecision['resolution'][] = [
      { kind: 'merge', recipe: recipe as never, policy: 'propose', proposed: true },
      { kind: 'keep', keep: 'a/x.md' },
      { kind: 'rename', renames: [{ path: 'a/x.md', name: 'a-x' }] },
      { kind: 'skip' },
    ]
    for (const resolution of resolutions) {
      const decision: SavedDecision = { version: 1, group: 'x', members: [{ path: 'a/x.md', hash: 'h' }], resolution, savedAt: '2026-12-06T05:00:00.000Z' }
      expect(parseSavedDecision(serializeDecision(decision))).toEqual({ ok: true, decision })
    }
  })
  it('refuses absolute or escaping paths, bad recipes and unknown kinds, saying where', () => {
    const base = { version: 1, group: 'x', members: [], savedAt: 't' }
    expect(parseSavedDecision(JSON.stringify({ ...base, resolution: { kind: 'keep', keep: '/etc/x.md' } }))).toMatchObject({ ok: false, error: expect.stringMatching(/relative/) })
    expect(parseSavedDecision(JSON.stringify({ ...base, resolution: { kind: 'keep', keep: '../x.md' } }))).toMatchObject({ ok: false })
    expect(parseSavedDecision(JSON.stringify({ ...base, resolution: { kind: 'merge', recipe: { version: 1 } } }))).toMatchObject({ ok: false, error: expect.stringMatching(/^"resolution\.recipe/) })
    expect(parseSavedDecision(JSON.stringify({ ...base, resolution: { kind: 'delete' } }))).toMatchObject({ ok: false, error: expect.stringMatching(/merge, keep, rename or skip/) })
    expect(parseSavedDecision('{')).toMatchObject({ ok: false, error: expect.stringMatching(/^not valid JSON/) })
  })
  it('names files by the group key, safely and distinctly', () => {
    expect(decisionFileName('backend-architect')).toBe('backend-architect.json')
    expect(decisionFileName('c++-expert')).toMatch(/^c-expert-[0-9a-f]{8}\.json$/)
    expect(decisionFileName('c#-expert')).not.toBe(decisionFileName('c++-expert'))
    expect(decisionFileName('../x')).toMatch(/^x-[0-9a-f]{8}\.json$/)
  })
  it('relative paths', () => {
    expect(relativeTo('/lib/', '/lib/a/x.md')).toBe('a/x.md')
    expect(relativeTo('/lib', '/other/x.md')).toBeNull()
    expect(resolveIn('/lib/', 'a/x.md')).toBe('/lib/a/x.md')
    expect(relativeTo('C:\\lib\\', 'C:\\lib\\a\\x.md')).toBe('a/x.md')
    expect(relativeTo('/lib//', '/lib/x.md')).toBe('x.md')
    expect(relativeTo('/lib', '/lib')).toBeNull()
    expect(relativeTo('/lib', '/lib/')).toBe('')
    expect(relativeTo('/lib', '/library/x.md')).toBeNull()
    expect(relativeTo('/', '/x.md')).toBe('x.md')
    expect(resolveIn('C:\\lib\\\\', 'a/x.md')).toBe('C:/lib/a/x.md')
  })
  it('relative paths as the slash patterns read them', () => {
    const path = fc.stringMatching(/^[/\\ab]{0,8}$/)
    fc.assert(
      fc.property(path, path, (folder, inside) => {
        const f = folder.replace(/\\/g, '/').replace(/\/+$/, '')
        const p = inside.replace(/\\/g, '/')
        expect(relativeTo(folder, inside)).toBe(p.startsWith(`${f}/`) ? p.slice(f.length + 1) : null)
        expect(resolveIn(folder, 'x')).toBe(`${f}/x`)
      }),
      { numRuns: 2000 },
    )
  })
})
