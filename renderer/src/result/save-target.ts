// Where "Save merged as…" suggests writing, and what a chosen path means for the write request.
// Pure: tested without a host.
import { forwardSlashes } from '../../../shared/engine/forward-slashes'
import type { AgentDocument } from '../../../shared/engine/model'

function dirname(path: string): string {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'))
  return cut <= 0 ? path.slice(0, cut + 1) : path.slice(0, cut)
}

function separatorOf(path: string): string {
  return path.includes('\\') && !path.includes('/') ? '\\' : '/'
}

/** The file-name extension the format expects (Copilot agents keep `.agent.md`, Cursor `.mdc`). */
function extensionFor(doc: AgentDocument): string {
  const lower = doc.path.toLowerCase()
  for (const ext of ['.agent.md', '.chatmode.md', '.prompt.md', '.mdc']) if (lower.endsWith(ext)) return ext
  return '.md'
}

function safeFileStem(identity: string): string {
  const stem = identity.replace(/[\\/:*?"<>|\s]+/g, '-').replace(/^-+|-+$/g, '')
  return stem || 'merged-agent'
}

/**
 * `<identity><ext>` in the folder of the first variant. When that is one of the sources (they
 * usually share the name), `<identity>.merged<ext>` so the suggestion never names a source.
 */
export function suggestedSavePath(docs: readonly AgentDocument[]): string {
  const first = docs[0]
  if (!first) return 'merged-agent.md'
  const dir = dirname(first.path)
  const sep = separatorOf(first.path)
  const ext = extensionFor(first)
  const stem = safeFileStem(first.identity)
  const sources = new Set(docs.map((d) => normalisePath(d.path)))
  const plain = `${dir}${sep}${stem}${ext}`
  if (!sources.has(normalisePath(plain))) return plain
  for (let n = 0; ; n++) {
    const candidate = `${dir}${sep}${stem}.merged${n === 0 ? '' : `-${n + 1}`}${ext}`
    if (!sources.has(normalisePath(candidate))) return candidate
  }
}

/** A path as compared with another: forwardSlashes, then runs of slashes made one, so the same
 *  file matches however it was written (either separator, or a doubled one from a typed or joined
 *  path). Only compared, never shown or written. */
export function normalisePath(path: string): string {
  return forwardSlashes(path).replace(/\/+/g, '/')
}

/** Index of the source variant a path names, or -1. */
export function sourceIndexOf(paths: readonly string[], target: string): number {
  const wanted = normalisePath(target)
  return paths.findIndex((p) => normalisePath(p) === wanted)
}
