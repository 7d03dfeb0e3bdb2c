// What the engine worker does with each request, apart from the messaging (so tests can run it
// in-thread). The documents it parses stay here (kept-documents.ts), so grouping and aligning
// them later does not clone them back from the UI thread.
import type { EngineRequest, EngineResponse, EngineResult } from './protocol'
import { diffWordsNow, groupFilesNow, parseFilesNow, planMergeNow, prepareMergeNow } from './engine-core'
import { createKeptDocuments, type DocumentInput } from './kept-documents'

class NotKept extends Error {}

export function createEngineHandler(): (request: EngineRequest) => EngineResponse {
  const kept = createKeptDocuments()

  function resolve(inputs: readonly DocumentInput[]) {
    const docs = kept.resolve(inputs)
    if (docs === null) throw new NotKept('a referenced document is no longer kept by the engine worker')
    return docs
  }

  function run(request: EngineRequest): EngineResult {
    switch (request.op) {
      case 'parseFiles': {
        const parsed = parseFilesNow(request.files)
        kept.keep(parsed.map((p) => p.doc))
        return parsed
      }
      case 'groupFiles': {
        const docs = resolve(request.docs)
        kept.retainOnly(docs) // the workspace's documents: what a later grouping or merge refers to
        return groupFilesNow(docs)
      }
      case 'prepareMerge':
        return prepareMergeNow(resolve(request.docs))
      case 'planMerge':
        return planMergeNow(resolve(request.docs), request.folder, request.saved)
      case 'diffWords':
        return diffWordsNow(request.reference, request.other)
    }
  }

  return (request) => {
    try {
      return { id: request.id, ok: true, result: run(request) }
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      return error instanceof NotKept ? { id: request.id, ok: false, message, notKept: true } : { id: request.id, ok: false, message }
    }
  }
}
