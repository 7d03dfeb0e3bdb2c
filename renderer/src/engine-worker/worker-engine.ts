// The EngineApi over a module worker. If the worker cannot start or dies, calls fall back to the
// in-thread engine so the app keeps working (slower on big groups, never broken).
import type { AgentDocument } from '../../../shared/engine/model'
import type { WordDiff } from '../../../shared/engine/alignment-model'
import type { EngineApi, FileToParse, GroupedFiles, ParsedFile, PreparedMerge } from './engine-api'
import type { EngineRequest, EngineResponse, EngineResult } from './protocol'
import { createInThreadEngine } from './in-thread-engine'

type Pending = { resolve: (r: EngineResult) => void; reject: (e: Error) => void }
type RequestBody = EngineRequest extends infer R ? (R extends EngineRequest ? Omit<R, 'id'> : never) : never

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
    else p.reject(new Error(response.message))
  }
  worker.onerror = (event) => {
    event.preventDefault()
    failAll(`The engine worker stopped: ${event.message || 'unknown error'}`)
  }

  function call<T extends EngineResult>(body: RequestBody, local: () => Promise<T>): Promise<T> {
    if (!worker) return local()
    const id = nextId++
    const w = worker
    return new Promise<EngineResult>((resolve, reject) => {
      pending.set(id, { resolve, reject })
      w.postMessage({ ...body, id } as EngineRequest)
    }).then(
      (r) => r as T,
      // A worker that could not load its module (old browser, CSP) still lets the app work.
      () => local(),
    )
  }

  return {
    parseFiles: (files: readonly FileToParse[]) => call<readonly ParsedFile[]>({ op: 'parseFiles', files }, () => fallback.parseFiles(files)),
    groupFiles: (docs: readonly AgentDocument[]) => call<GroupedFiles>({ op: 'groupFiles', docs }, () => fallback.groupFiles(docs)),
    prepareMerge: (docs: readonly AgentDocument[]) => call<PreparedMerge>({ op: 'prepareMerge', docs }, () => fallback.prepareMerge(docs)),
    diffWords: (reference: string, other: string) => call<WordDiff>({ op: 'diffWords', reference, other }, () => fallback.diffWords(reference, other)),
  }
}
