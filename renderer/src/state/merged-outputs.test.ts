import { describe, expect, it } from 'vitest'
import type { FolderListing } from '../../../shared/host-api'
import { mergedResultFor, mergedResultsOf } from './merged-outputs'

const entry = (path: string) => ({ path, root: '/r', relPath: path.slice(3), size: 1, mtimeMs: 0 })
const output = (path: string, sources: string[], savedAt = 1) => ({ path, hash: 'h', sources, savedAt })

describe('merged outputs', () => {
  it('are a group result while one of their sources is listed, else plain files', () => {
    const listing: FolderListing = {
      roots: [{ path: '/r', kind: 'folder' }],
      files: ['/r/a.md', '/r/m1.md', '/r/m2.md'].map(entry),
      skipped: [],
      outputs: [output('/r/m1.md', ['/r/a.md', '/r/gone.md']), output('/r/m2.md', ['/r/gone.md']), output('/r/m3.md', ['/r/a.md'])],
    }
    expect(mergedResultsOf(listing).map((o) => o.path)).toEqual(['/r/m1.md'])
  })

  it('finds the newest result made from any variant of a merge, never one of the variants', () => {
    const outputs = [output('/r/new.md', ['/r/b.md'], 2), output('/r/old.md', ['/r/a.md', '/r/b.md'], 1)]
    expect(mergedResultFor(outputs, ['/r/a.md', '/r/b.md'])?.path).toBe('/r/new.md')
    expect(mergedResultFor(outputs, ['/r/a.md'])?.path).toBe('/r/old.md')
    expect(mergedResultFor(outputs, ['/r/new.md', '/r/b.md'])?.path).toBe('/r/old.md')
    expect(mergedResultFor(outputs, ['/r/c.md'])).toBeNull()
  })
})
