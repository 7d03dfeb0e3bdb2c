// The worker client with the real request handler behind a fake Worker (structured clones both
// ways, as postMessage does): documents the worker parsed go back to it as references, and a
// reference to a version it no longer keeps is answered by sending the documents whole.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { EngineApi } from './engine-api'
import { groupFilesNow, parseFilesNow, prepareMergeNow } from './engine-core'
import { createEngineHandler } from './engine-handler'
import type { EngineRequest, EngineResponse } from './protocol'
import { createWorkerEngine } from './worker-engine'

const text = (name: string, body: string) => `---\nname: ${name}\ndescription: ${name} agent\n---\n## Role\n${body}\n`
const files = [
  { path: '/r/a/reviewer.md', text: text('reviewer', 'Reviews code.') },
  { path: '/r/b/reviewer.md', text: text('reviewer', 'Reviews code carefully.') },
  { path: '/r/c/debugger.md', text: text('debugger', 'Finds bugs.') },
]

let posted: EngineRequest[] = []

class FakeWorker {
  onmessage: ((event: { data: EngineResponse }) => void) | null = null
  onerror: ((event: unknown) => void) | null = null
  private readonly handle = createEngineHandler()
  postMessage(message: EngineRequest): void {
    const request = structuredClone(message)
    posted.push(request)
    const response = structuredClone(this.handle(request))
    setTimeout(() => this.onmessage?.({ data: response }))
  }
}

const docsOf = (request: EngineRequest | undefined) => (request && 'docs' in request ? request.docs : [])
const refs = (request: EngineRequest | undefined) => docsOf(request).filter((d) => 'kept' in d).length

describe('createWorkerEngine', () => {
  let engine: EngineApi
  beforeEach(() => {
    posted = []
    vi.stubGlobal('Worker', FakeWorker)
    engine = createWorkerEngine()
  })
  afterEach(() => {
    vi.unstubAllGlobals()
  })

  it('sends the documents the worker parsed back as references, and groups them as the in-thread engine does', async () => {
    const docs = (await engine.parseFiles(files)).map((p) => p.doc)
    const grouped = await engine.groupFiles(docs)
    expect(posted.map((r) => r.op)).toEqual(['parseFiles', 'groupFiles'])
    expect(docsOf(posted[1])).toEqual(docs.map((d) => ({ kept: d.path, hash: d.hash })))
    expect(grouped).toEqual(groupFilesNow(parseFilesNow(files).map((p) => p.doc)))

    const prepared = await engine.prepareMerge(docs.slice(0, 2))
    expect(refs(posted[2])).toBe(2)
    expect(prepared).toEqual(prepareMergeNow(docs.slice(0, 2)))
  })

  it('sends documents whole when the worker did not parse them', async () => {
    const docs = parseFilesNow(files).map((p) => p.doc)
    await engine.groupFiles(docs)
    expect(posted).toHaveLength(1)
    expect(docsOf(posted[0])).toEqual(docs)
  })

  it('sends every document whole again when the worker no longer keeps the version referred to', async () => {
    const docs = (await engine.parseFiles(files)).map((p) => p.doc)
    // The first file parsed again with another text: the worker now keeps that version.
    await engine.parseFiles([{ path: files[0]!.path, text: text('reviewer', 'Changed.') }])
    const grouped = await engine.groupFiles(docs)
    expect(posted.map((r) => r.op)).toEqual(['parseFiles', 'parseFiles', 'groupFiles', 'groupFiles'])
    expect(refs(posted[2])).toBe(3)
    expect(refs(posted[3])).toBe(0)
    expect(grouped).toEqual(groupFilesNow(docs))
  })

  it('after a grouping, keeps only the grouped documents', async () => {
    const docs = (await engine.parseFiles(files)).map((p) => p.doc)
    await engine.groupFiles(docs.slice(0, 2))
    await engine.prepareMerge([docs[0]!, docs[2]!]) // the third was not in the grouping
    expect(posted.map((r) => r.op)).toEqual(['parseFiles', 'groupFiles', 'prepareMerge', 'prepareMerge'])
    expect(refs(posted[3])).toBe(0)
  })
})
