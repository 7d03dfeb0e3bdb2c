// Reading and parsing the files named on the command line. Every failure becomes a one-line
// `path[:line]: message` (a CliError or a LoadProblem), never a stack trace.

import { resolve } from 'node:path'
import { forwardSlashes } from '../../shared/engine/forward-slashes'
import type { AgentDocument, Diagnostic } from '../../shared/engine/model'
import type { SkipReason, SkippedFile } from '../../shared/host-api'
import { readAgentFile } from '../host/read-file'
import { CliError, locate } from './cli-error'
import { EXIT_FINDINGS } from './cli-io'
import { parseDocument, parseUnhashed, tooComplexDiagnostic } from './engine'
import { oneLine } from './terminal-text'

export interface LoadedDocument {
  /** The path as the user wrote it (or as found under a folder they wrote): used in messages. */
  readonly display: string
  readonly doc: AgentDocument
  /** SHA-256 of the file's bytes as read (what the atomic writer compares against); '' when
   *  read without (loadFolder's `hashes: false`), which matches no file: a write or an archive
   *  checked against it is refused as changed on disk. */
  readonly fileHash: string
}

export interface LoadProblem {
  readonly display: string
  readonly line?: number
  readonly message: string
  /** Why the file was passed over, when it was found but not read. */
  readonly reason?: SkipReason
}

interface HostErrorLike {
  readonly message?: unknown
  readonly line?: unknown
  readonly path?: unknown
}

/** The host's messages start with the path already; keep just the sentence after it. */
export function problemOf(display: string, absolute: string, error: unknown): LoadProblem {
  const e = (typeof error === 'object' && error !== null ? error : {}) as HostErrorLike
  let message = typeof e.message === 'string' ? e.message : String(error)
  for (const prefix of [absolute, display]) if (message.startsWith(`${prefix} `)) message = message.slice(prefix.length + 1)
  return { display, message, ...(typeof e.line === 'number' ? { line: e.line } : {}) }
}

export function formatProblem(problem: LoadProblem): string {
  return `${locate(problem.display, problem.line)}: ${oneLine(problem.message)}`
}

/** Reads and parses one file; a file that cannot be read is a CliError (exit 1). */
export async function loadDocument(display: string, cwd: string): Promise<LoadedDocument> {
  const result = await tryLoadDocument(display, resolve(cwd, display))
  if ('message' in result) throw new CliError(formatProblem(result), EXIT_FINDINGS)
  return result
}

export async function tryLoadDocument(display: string, absolute: string): Promise<LoadedDocument | LoadProblem> {
  let file
  try {
    file = await readAgentFile(absolute)
  } catch (error) {
    return problemOf(display, absolute, error)
  }
  return documentOrProblem(display, absolute, file)
}

/** Parses a file's checked text: the document, or why it is passed over. `hash` null: the
 *  document and the file are not hashed (their hashes are ''). */
export function documentOrProblem(display: string, absolute: string, file: { readonly text: string; readonly hash: string | null; readonly nulFree: boolean }): LoadedDocument | LoadProblem {
  const { hash } = file
  const doc = readOrProblem(display, () => (hash === null ? parseUnhashed(file.text, absolute, file) : parseDocument(file.text, absolute, { hash, nulFree: file.nulFree })))
  return 'message' in doc ? doc : { display, doc, fileHash: hash ?? '' }
}

/** What `read` makes of a file (a document, or a listing of one), or why it is left out: a file
 *  past the engine's bounds is skipped like a file too large, with the bound it passed. */
export function readOrProblem<D extends { readonly diagnostics: readonly Diagnostic[] }>(display: string, read: () => D): D | LoadProblem {
  try {
    const doc = read()
    const tooComplex = tooComplexDiagnostic(doc.diagnostics)
    if (tooComplex) return { display, line: tooComplex.line, message: tooComplex.message, reason: 'too-complex' }
    return doc
  } catch (error) {
    // The parser is built never to throw on any text; if it does, say so instead of crashing.
    return { display, message: `could not be parsed (an internal error, please report it: ${error instanceof Error ? error.message : String(error)})` }
  }
}

export function skippedProblem(display: string, absolute: string, skipped: SkippedFile): LoadProblem & { reason: SkipReason; blocking: boolean } {
  const rel = skipped.path.startsWith(absolute) ? forwardSlashes(skipped.path.slice(absolute.length).replace(/^[\\/]+/, '')) : null
  const shown = rel === null ? skipped.path : displayUnder(display, rel)
  const problem = problemOf(shown, skipped.path, skipped)
  return { ...problem, reason: skipped.reason, blocking: skipped.reason !== 'outside-root' && skipped.reason !== 'symlink-loop' }
}

function displayUnder(folder: string, relPath: string): string {
  return displayPrefix(folder) + relPath
}

/** What displayUnder puts before a path under `folder`. */
export function displayPrefix(folder: string): string {
  return folder === '.' || folder === './' ? '' : `${folder.replace(/[\\/]+$/, '')}/`
}

export function isProblem(x: LoadedDocument | LoadProblem): x is LoadProblem {
  return 'message' in x
}
