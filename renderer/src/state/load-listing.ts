// Read every file of a listing through the host and parse it with the engine. Files whose text
// did not change (same hash) keep their parsed document. A file that cannot be read becomes an
// error entry with the host's message: it never stops the others.
import type { AgentDocument } from '../../../shared/engine/model'
import type { AgentFileText, FolderListing, HostApi } from '../../../shared/host-api'
import type { EngineApi } from '../engine-worker/engine-api'
import type { DocLoad } from './slices/workspace-slice'
import { toHostError } from './host-errors'

const READ_CONCURRENCY = 8

export async function loadListingFiles(
  listing: FolderListing,
  host: HostApi,
  engine: EngineApi,
  previous: Readonly<Record<string, DocLoad>>,
): Promise<{ loads: Record<string, DocLoad>; docs: AgentDocument[] }> {
  const paths = listing.files.map((f) => f.path)
  const texts = new Map<string, AgentFileText>()
  const loads: Record<string, DocLoad> = {}

  let next = 0
  async function worker(): Promise<void> {
    while (next < paths.length) {
      const path = paths[next++]!
      try {
        texts.set(path, await host.readFile(path))
      } catch (reason) {
        loads[path] = { status: 'error', error: toHostError(reason, path) }
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, paths.length) }, worker))

  const toParse: AgentFileText[] = []
  for (const file of texts.values()) {
    const old = previous[file.path]
    if (old?.status === 'ok' && old.file.hash === file.hash) loads[file.path] = { ...old, file }
    else toParse.push(file)
  }
  const parsed = await engine.parseFiles(toParse.map((f) => ({ path: f.path, text: f.text })))
  parsed.forEach((p, i) => {
    const file = toParse[i]!
    loads[file.path] = { status: 'ok', file, doc: p.doc, lint: p.lint }
  })

  const docs: AgentDocument[] = []
  for (const path of paths) {
    const load = loads[path]
    if (load?.status === 'ok') docs.push(load.doc)
  }
  return { loads, docs }
}
