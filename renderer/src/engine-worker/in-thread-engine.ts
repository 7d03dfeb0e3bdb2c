// The engine on the calling thread: for tests and for when a module worker cannot start.
import type { EngineApi } from './engine-api'
import { diffWordsNow, groupFilesNow, parseFilesNow, planMergeNow, prepareMergeNow } from './engine-core'

export function createInThreadEngine(): EngineApi {
  return {
    parseFiles: async (files) => parseFilesNow(files),
    groupFiles: async (docs) => groupFilesNow(docs),
    prepareMerge: async (docs) => prepareMergeNow(docs),
    planMerge: async (docs, folder, saved) => planMergeNow(docs, folder, saved),
    diffWords: async (reference, other) => diffWordsNow(reference, other),
  }
}
