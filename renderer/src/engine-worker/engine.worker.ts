// The engine worker: parses, groups and aligns off the UI thread so a big folder or a big group
// never freezes the window.
import type { EngineRequest, EngineResponse, EngineResult } from './protocol'
import { diffWordsNow, groupFilesNow, parseFilesNow, prepareMergeNow } from './engine-core'

function run(request: EngineRequest): EngineResult {
  switch (request.op) {
    case 'parseFiles':
      return parseFilesNow(request.files)
    case 'groupFiles':
      return groupFilesNow(request.docs)
    case 'prepareMerge':
      return prepareMergeNow(request.docs)
    case 'diffWords':
      return diffWordsNow(request.reference, request.other)
  }
}

self.onmessage = (event: MessageEvent<EngineRequest>) => {
  const request = event.data
  let response: EngineResponse
  try {
    response = { id: request.id, ok: true, result: run(request) }
  } catch (error) {
    response = { id: request.id, ok: false, message: error instanceof Error ? error.message : String(error) }
  }
  self.postMessage(response)
}
