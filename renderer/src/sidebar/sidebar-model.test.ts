/// <reference types="node" />
import { describe, expect, it } from 'vitest'
import type { FolderListing } from '../../../shared/host-api'
import type { GroupedFiles } from '../engine-worker/engine-api'
import type { GroupSuggestion } from '../../../shared/engine/group/group-model'
import type { DocLoad } from '../state/slices/workspace-slice'
import { parseFilesNow } from '../engine-worker/engine-core'
import { sidebarModel } from './sidebar-model'

const root = '/r'
const texts: Record<string, string> = {
  '/r/a/code-reviewer.md': '---\nname: code-reviewer\ndescription: Reviews code\n---\n# Body\n',
  '/r/b/code-reviewer.md': '---\nname: code-reviewer\ndescription: Reviews code well\n---\n# Body\n',
  '/r/c/debugger.md': '---\nname: debugger\ndescription: **Debug**: tools\n---\n# Body\n',
  '/r/d/broken.md': '',
}
const listing: FolderListing = {
  roots: [{ path: root, kind: 'folder' }],
  files: Object.keys(texts).map((path) => ({ path, root, relPath: path.slice(3), size: 1, mtimeMs: 0 })),
  skipped: [],
}
const parsed = parseFilesNow(Object.keys(texts).slice(0, 3).map((path) => ({ path, text: texts[path]! })))
const loads: Record<string, DocLoad> = {
  ...Object.fromEntries(parsed.map((p) => [p.doc.path, { status: 'ok', file: { path: p.doc.path, text: p.doc.text, hash: p.doc.hash, mtimeMs: 0 }, doc: p.doc, lint: p.lint } as DocLoad])),
  '/r/d/broken.md': { status: 'error', error: { code: 'not-agent-file', message: 'Binary file' } },
}
const grouped: GroupedFiles = {
  paths: parsed.map((p) => p.doc.path),
  grouping: {
    groups: [{ id: 'key:code-reviewer', key: 'code-reviewer', members: [{ index: 0, matchedBy: 'identity' }, { index: 1, matchedBy: 'identity' }], similarity: { mean: 0.8, min: 0.8, max: 0.8, pairs: 1 } }],
    singles: [2],
    suggestions: [],
  },
}

describe('sidebar model', () => {
  it('lists groups first, then singles including unreadable files, with their problems', () => {
    const m = sidebarModel(listing, grouped, loads, '', [])
    expect(m.groups.map((g) => [g.name, g.files.length])).toEqual([['code-reviewer', 2]])
    expect(m.singles.map((f) => f.label)).toEqual(['broken.md', 'debugger.md'])
    expect(m.singles[0]!.problem).toMatchObject({ severity: 'error', summary: 'Binary file' })
    expect(m.order).toEqual(['/r/a/code-reviewer.md', '/r/b/code-reviewer.md', '/r/d/broken.md', '/r/c/debugger.md'])
  })

  it('makes each file once, however many groups and suggestions list it', () => {
    const basis = { name: 0, description: 0, body: 0.9 }
    const suggestions: GroupSuggestion[] = [
      { id: 's1', a: { kind: 'group', id: 'key:code-reviewer' }, b: { kind: 'single', index: 2 }, members: [0, 1, 2], score: 0.9, basis, reason: 'bodies alike' },
      { id: 's2', a: { kind: 'single', index: 2 }, b: { kind: 'group', id: 'key:code-reviewer' }, members: [2, 1], score: 0.8, basis, reason: 'bodies alike' },
    ]
    const withSuggestion: GroupedFiles = { ...grouped, grouping: { ...grouped.grouping, suggestions } }
    const m = sidebarModel(listing, withSuggestion, loads, '', [])
    expect(m.suggestions[0]!.files[0]).toBe(m.groups[0]!.files[0])
    expect(m.suggestions[1]!.files[0]).toBe(m.suggestions[0]!.files[2])
    expect(m.singles.find((f) => f.label === 'debugger.md')).toBe(m.suggestions[0]!.files[2])
  })

  it('marks a file whose frontmatter strict YAML rejects', () => {
    const m = sidebarModel(listing, grouped, loads, '', [])
    const debuggerFile = m.singles.find((f) => f.label === 'debugger.md')!
    expect(debuggerFile.problem).not.toBeNull()
    expect(debuggerFile.problem!.summary).toMatch(/line \d+/)
  })

  it('filters by name or folder', () => {
    expect(sidebarModel(listing, grouped, loads, 'DEBUG', []).groups).toEqual([])
    expect(sidebarModel(listing, grouped, loads, 'debug', []).singles.map((f) => f.label)).toEqual(['debugger.md'])
    expect(sidebarModel(listing, grouped, loads, 'b/', []).groups).toHaveLength(1)
  })

  it('shows a merged file the app saved as the result of its group, not as a single or a variant', () => {
    const merged = '/r/a/code-reviewer.merged.md'
    const withMerged: FolderListing = { ...listing, files: [...listing.files, { ...listing.files[0]!, path: merged, relPath: 'a/code-reviewer.merged.md' }] }
    const output = { path: merged, hash: 'h', sources: ['/r/a/code-reviewer.md', '/r/b/code-reviewer.md'], savedAt: 1 }
    const m = sidebarModel(withMerged, grouped, loads, '', [], [output])
    expect(m.groups[0]!.files.map((f) => f.path)).toEqual(['/r/a/code-reviewer.md', '/r/b/code-reviewer.md'])
    expect(m.groups[0]!.results.map((f) => [f.path, f.mergedResult])).toEqual([[merged, true]])
    expect(m.singles.map((f) => f.path)).not.toContain(merged)
    expect(m.order).toEqual(['/r/a/code-reviewer.md', '/r/b/code-reviewer.md', merged, '/r/d/broken.md', '/r/c/debugger.md'])
    // Without the record it is one more file (here a single: the grouping above never saw it).
    expect(sidebarModel(withMerged, grouped, loads, '', []).singles.map((f) => f.path)).toContain(merged)
  })
})
