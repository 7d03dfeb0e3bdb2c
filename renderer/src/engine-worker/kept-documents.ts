// Documents the engine worker parsed stay in the worker, so that grouping or aligning them later
// sends a path and a hash instead of structured-cloning whole documents back (a big folder's
// documents are tens of MB of object graph, cloned on the UI thread and in the worker).
// The UI thread sends a reference only for a document object the worker itself answered; the
// worker resolves references to the document it kept for that path, and when it no longer holds
// that exact version (the path was parsed again since, or dropped), the caller sends it whole.
import type { AgentDocument } from '../../../shared/engine/model'

/** A document the worker parsed and kept, by path and text hash. */
export interface KeptDocumentRef {
  readonly kept: string
  readonly hash: string
}

export type DocumentInput = AgentDocument | KeptDocumentRef

function isRef(input: DocumentInput): input is KeptDocumentRef {
  return 'kept' in input
}

/** The worker's side: the latest document parsed for each path. */
export interface KeptDocuments {
  keep(docs: readonly AgentDocument[]): void
  /** The documents the inputs stand for, or null when a reference names a version no longer kept. */
  resolve(inputs: readonly DocumentInput[]): AgentDocument[] | null
  /** Keep only these documents (the workspace's current set), so closed folders do not linger. */
  retainOnly(docs: readonly AgentDocument[]): void
  readonly size: number
}

export function createKeptDocuments(): KeptDocuments {
  let byPath = new Map<string, AgentDocument>()
  return {
    keep(docs) {
      for (const doc of docs) byPath.set(doc.path, doc)
    },
    resolve(inputs) {
      const docs: AgentDocument[] = []
      for (const input of inputs) {
        if (!isRef(input)) {
          docs.push(input)
          continue
        }
        const doc = byPath.get(input.kept)
        if (doc === undefined || doc.hash !== input.hash) return null
        docs.push(doc)
      }
      return docs
    },
    retainOnly(docs) {
      const next = new Map<string, AgentDocument>()
      for (const doc of docs) if (byPath.get(doc.path) === doc) next.set(doc.path, doc)
      byPath = next
    },
    get size() {
      return byPath.size
    },
  }
}

/** The UI thread's side: which document objects came from the worker (and so may go back as references). */
export interface WorkerDocuments {
  /** Remember documents the worker answered. */
  received(docs: readonly AgentDocument[]): void
  /** References for documents the worker answered, the others whole. */
  inputs(docs: readonly AgentDocument[]): DocumentInput[]
}

export function createWorkerDocuments(): WorkerDocuments {
  const fromWorker = new WeakSet<AgentDocument>()
  return {
    received(docs) {
      for (const doc of docs) fromWorker.add(doc)
    },
    inputs: (docs) => docs.map((doc) => (fromWorker.has(doc) ? { kept: doc.path, hash: doc.hash } : doc)),
  }
}
