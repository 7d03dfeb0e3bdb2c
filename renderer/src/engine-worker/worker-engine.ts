// The EngineApi over a module worker. If the worker cannot start or dies, calls fall back to the
// in-thread engine so the app keeps working (slower on big groups, never broken). Documents the
// worker parsed go back to it as references (kept-documents.ts).
import type { AgentDocument } from '../../../shared/engine/model'
import type { WordDiff } from '../../../shared/engine/alignment-model'
import type { EngineApi, FileToParse, GroupedFiles, ParsedFile, PreparedMerge } from './engine-api'
import type { EngineRequest, EngineResponse, EngineResult } from './protocol'
import { createInThreadEngine } from './in-thread-engine'
import { createWorkerDocuments } from './kept-documents'

type Pending = { resolve: (r: EngineResult) => void; reject: (e: Error) => void }
type RequestBody = EngineRequest extends infer R ? (R extends EngineRequest ? Omit<R, 'id'> : never) : never

/** The worker no longer keeps a document the request referred to. */
class NotKept extends Error {}

export function createWorkerEngine(): EngineApi {
  const fallback = createInThreadEngine()
  let worker: Worker | null = null
  try {
    worker = new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module' })
  } catch {
    return fallback
  }
  let nextId = 1
  const pending = new Map<number, Pending>()
  const documents = createWorkerDocuments()

  const failAll = (message: string) => {
    for (const p of pending.values()) p.reject(new Error(message))
    pending.clear()
    worker = null
  }
  worker.onmessage = (event: MessageEvent<EngineResponse>) => {
    const response = event.data
    const p = pending.get(response.id)
    if (!p) return
    pending.delete(response.id)
    if (response.ok) p.resolve(response.result)
    else p.reject(response.notKept ? new NotKept(response.message) : new Error(response.message))
  }
  worker.onerror = (event) => {
    event.preventDefault()
    failAll(`The engine worker stopped: ${event.message || 'unknown error'}`)
  }

  function post(body: RequestBody): Promise<EngineResult> {
    const id = nextId++
    const w = worker!
    return new Promise<EngineResult>((resolve, reject) => {
      pending.set(id, { resolve, reject })
      w.postMessage({ ...body, id } as EngineRequest)
    })
  }

  function call<T extends EngineResult>(body: RequestBody, local: () => Promise<T>): Promise<T> {
    if (!worker) return local()
    return post(body).then(
      (r) => r as T,
      // A worker that could not load its module (old browser, CSP) still lets the app work.
      () => local(),
    )
  }

  /** A call over documents: those the worker parsed go as references; if it no longer keeps one
   *  of them, the call is made again with every document whole. */
  function callWithDocs<T extends EngineResult>(
    op: 'groupFiles' | 'prepareMerge' | 'planMerge',
    docs: readonly AgentDocument[],
    local: () => Promise<T>,
    extra: Record<string, unknown> = {},
  ): Promise<T> {
    if (!worker) return local()
    return post({ ...extra, op, docs: documents.inputs(docs) } as RequestBody).then(
      (r) => r as T,
      (error: unknown) => (error instanceof NotKept ? call({ ...extra, op, docs } as RequestBody, local) : local()),
    )
  }

  return {
    parseFiles: (files: readonly FileToParse[]) => {
      if (!worker) return fallback.parseFiles(files)
      return post({ op: 'parseFiles', files }).then(
        (r) => {
          const parsed = r as readonly ParsedFile[]
          documents.received(parsed.map((p) => p.doc))
          return parsed
        },
        () => fallback.parseFiles(files),
      )
    },
    groupFiles: (docs: readonly AgentDocument[]) => callWithDocs<GroupedFiles>('groupFiles', docs, () => fallback.groupFiles(docs)),
    prepareMerge: (docs: readonly AgentDocument[]) => callWithDocs<PreparedMerge>('prepareMerge', docs, () => fallback.prepareMerge(docs)),
    planMerge: (docs, folder, saved) => callWithDocs('planMerge', docs, () => fallback.planMerge(docs, folder, saved), { folder, saved }),
    diffWords: (reference: string, other: string) => call<WordDiff>({ op: 'diffWords', reference, other }, () => fallback.diffWords(reference, other)),
  }
}
