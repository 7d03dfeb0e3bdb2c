// Read every file of a listing through the host and parse it with the engine, each batch parsed
// while the next ones are read. Files whose text did not change (same hash) keep their parsed
// document. A file that cannot be read becomes an error entry with the host's message: it never
// stops the others.
import type { AgentDocument } from '../../../shared/engine/model'
import type { AgentFileText, FolderListing, HostApi } from '../../../shared/host-api'
import { fileToParse, type EngineApi } from '../engine-worker/engine-api'
import type { DocLoad } from './slices/workspace-slice'
import { toHostError } from './host-errors'

const READ_CONCURRENCY = 2
const BATCH_PATHS = 200
const BATCH_BYTES = 16 * 1024 * 1024 // well under the host's READ_FILES_MAX_BYTES

/** The listing's paths cut into readFiles calls by count and by the sizes the scan saw. */
function readBatches(listing: FolderListing): string[][] {
  const batches: string[][] = []
  let current: string[] = []
  let bytes = 0
  for (const file of listing.files) {
    if (current.length > 0 && (current.length >= BATCH_PATHS || bytes + file.size > BATCH_BYTES)) {
      batches.push(current)
      current = []
      bytes = 0
    }
    current.push(file.path)
    bytes += file.size
  }
  if (current.length > 0) batches.push(current)
  return batches
}

export async function loadListingFiles(
  listing: FolderListing,
  host: HostApi,
  engine: EngineApi,
  previous: Readonly<Record<string, DocLoad>>,
): Promise<{ loads: Record<string, DocLoad>; docs: AgentDocument[] }> {
  const loads: Record<string, DocLoad> = {}

  /** A batch's new texts go to the engine as soon as they arrive: it parses them while the next
   *  batches are read. Unchanged texts (same hash) keep their parsed document. */
  function parse(files: readonly AgentFileText[]): Promise<void> {
    const toParse: AgentFileText[] = []
    for (const file of files) {
      const old = previous[file.path]
      if (old?.status === 'ok' && old.file.hash === file.hash) loads[file.path] = { ...old, file }
      else toParse.push(file)
    }
    if (toParse.length === 0) return Promise.resolve()
    return engine.parseFiles(toParse.map(fileToParse)).then((parsed) => {
      parsed.forEach((p, i) => {
        const file = toParse[i]!
        loads[file.path] = { status: 'ok', file, doc: p.doc, lint: p.lint }
      })
    })
  }

  // Batches (one host call each, a few at a time): a 2,500-file folder is 13 requests, not 2,500.
  const batches = readBatches(listing)
  const parses: Promise<void>[] = []
  let next = 0
  async function reader(): Promise<void> {
    while (next < batches.length) {
      const batch = batches[next++]!
      const texts: AgentFileText[] = []
      try {
        const results = await host.readFiles(batch)
        batch.forEach((path, i) => {
          const result = results[i]
          if (result?.ok) texts.push(result.file)
          else loads[path] = { status: 'error', error: toHostError(result ? result.error : { code: 'io-error', message: 'The host gave no answer for this file' }, path) }
        })
      } catch (reason) {
        for (const path of batch) loads[path] = { status: 'error', error: toHostError(reason, path) }
      }
      const parsing = parse(texts)
      parsing.catch(() => undefined) // awaited below, with the others
      parses.push(parsing)
    }
  }
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, batches.length) }, reader))
  await Promise.all(parses)

  const docs: AgentDocument[] = []
  for (const file of listing.files) {
    const load = loads[file.path]
    if (load?.status === 'ok') docs.push(load.doc)
  }
  return { loads, docs }
}
