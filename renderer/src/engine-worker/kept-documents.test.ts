import { describe, expect, it } from 'vitest'
import { parseFilesNow } from './engine-core'
import { createKeptDocuments, createWorkerDocuments } from './kept-documents'

const parse = (path: string, body: string) => parseFilesNow([{ path, text: `---\nname: x\n---\n${body}\n` }])[0]!.doc

describe('kept documents', () => {
  it('resolves references to the kept version and passes whole documents through', () => {
    const kept = createKeptDocuments()
    const a = parse('/a.md', 'A')
    const b = parse('/b.md', 'B')
    kept.keep([a])
    expect(kept.resolve([{ kept: '/a.md', hash: a.hash }, b])).toEqual([a, b])
    expect(kept.resolve([{ kept: '/a.md', hash: a.hash }])![0]).toBe(a)
  })

  it('answers null for a path not kept, or kept in another version', () => {
    const kept = createKeptDocuments()
    const a = parse('/a.md', 'A')
    kept.keep([a])
    kept.keep([parse('/a.md', 'A changed')])
    expect(kept.resolve([{ kept: '/a.md', hash: a.hash }])).toBeNull()
    expect(kept.resolve([{ kept: '/b.md', hash: a.hash }])).toBeNull()
  })

  it('retains only the given documents', () => {
    const kept = createKeptDocuments()
    const a = parse('/a.md', 'A')
    const b = parse('/b.md', 'B')
    kept.keep([a, b])
    kept.retainOnly([b, parse('/a.md', 'A')]) // an equal copy of a is not the kept object
    expect(kept.size).toBe(1)
    expect(kept.resolve([{ kept: '/b.md', hash: b.hash }])).toEqual([b])
  })

  it('on the UI side, references only the document objects the worker answered', () => {
    const side = createWorkerDocuments()
    const a = parse('/a.md', 'A')
    const copy = parse('/a.md', 'A')
    side.received([a])
    expect(side.inputs([a, copy])).toEqual([{ kept: '/a.md', hash: a.hash }, copy])
  })
})
