// A folder read for a command that goes through every file once (scan, check): each agent file
// is parsed the moment the scanner has read it and handed to the command, which keeps what it
// needs (a few hundred bytes); the text and the document are dropped there and then. Holding
// every document to the end cost ~20 KB a file: 540 MB for `check` on 23,700 files.

import { resolve } from 'node:path'
import type { AgentDocument } from '../../shared/engine/model'
import type { AgentFileEntry, SkipReason } from '../../shared/host-api'
import { type CheckedText, sha256HexOfBytes } from '../host/file-bytes'
import { scanFolder, type ScanProgress } from '../host/scan-folder'
import { CliError } from './cli-error'
import { EXIT_FINDINGS } from './cli-io'
import { tuneCompilerForFiles } from './compiler-flags'
import { listDocument, type DocumentListing } from './engine'
import { displayPrefix, documentOrProblem, formatProblem, isProblem, problemOf, readOrProblem, skippedProblem, type LoadedDocument, type LoadProblem } from './load-documents'

/** What a command kept of one agent file, under the path shown for it. */
export interface KeptFile<T> {
  readonly display: string
  readonly kept: T
}

export interface FolderStream<T> {
  /** The scanner's listing of the agent files. */
  readonly entries: readonly AgentFileEntry[]
  /** Every agent file the scanner listed, in its order (by path under the folder): what `keep`
   *  returned, or why the file was not parsed (past the engine's bounds). */
  readonly files: readonly (KeptFile<T> | LoadProblem)[]
  /** Files the scanner passed over (loadFolder's `skipped`). */
  readonly skipped: readonly (LoadProblem & { readonly reason: SkipReason; readonly blocking: boolean })[]
}

/** Scans `display` (a folder, relative to `cwd`) and hands each agent file's document to
 *  `keep`. For a command that goes through the files once, `keep` should not return the document
 *  or its text. Nothing is hashed (the documents' hashes are ''): the commands that go through
 *  the files once never compare them. */
export function streamFolder<T>(display: string, cwd: string, keep: (doc: AgentDocument) => T, onProgress?: (progress: ScanProgress) => void): Promise<FolderStream<T>> {
  return streamDocuments(display, cwd, false, (file) => keep(file.doc), onProgress)
}

/** streamFolder handing `keep` each loaded document as documentOrProblem made it, with the hash
 *  of the file's bytes ('' unless `hashes`) and the file's path for its display. */
function streamDocuments<T>(display: string, cwd: string, hashes: boolean, keep: (file: LoadedDocument) => T, onProgress?: (progress: ScanProgress) => void): Promise<FolderStream<T>> {
  return streamFiles(display, cwd, (path, checked, bytes) => {
    const file = documentOrProblem(path, path, { text: checked.text, hash: hashes ? sha256HexOfBytes(bytes) : null, nulFree: checked.nulFree })
    return isProblem(file) ? file : { display: path, kept: keep(file) }
  }, onProgress)
}

/** streamFolder for a listing (`scan`): each file read with listDocument, which neither keys
 *  its sections nor hashes it. */
export function streamListings<T>(display: string, cwd: string, keep: (doc: DocumentListing) => T, onProgress?: (progress: ScanProgress) => void): Promise<FolderStream<T>> {
  return streamFiles(display, cwd, (path, checked) => {
    const file = readOrProblem(path, () => listDocument(checked.text, path, checked))
    return 'message' in file ? file : { display: path, kept: keep(file) }
  }, onProgress)
}

async function streamFiles<T>(display: string, cwd: string, read: (path: string, checked: CheckedText, bytes: Buffer) => KeptFile<T> | LoadProblem, onProgress?: (progress: ScanProgress) => void): Promise<FolderStream<T>> {
  const absolute = resolve(cwd, display)
  const kept = new Map<string, KeptFile<T> | LoadProblem>()
  let scan
  try {
    scan = await scanFolder(absolute, {
      staleTempAgeMs: null, // these commands only read: the app's next scan cleans up
      blocking: true, // nothing else to do meanwhile: no thread pool round trip per call
      onListed: tuneCompilerForFiles, // a long read compiles sooner (see compiler-flags.ts)
      onText: (path, _stamp, checked, bytes) => kept.set(path, read(path, checked, bytes)),
      ...(onProgress === undefined ? {} : { onProgress }),
    })
  } catch (error) {
    throw new CliError(formatProblem(problemOf(display, absolute, error)), EXIT_FINDINGS)
  }
  const files: (KeptFile<T> | LoadProblem)[] = []
  const prefix = displayPrefix(display) // (displayUnder's, worked out once for every file)
  for (const entry of scan.files) {
    const one = kept.get(entry.path)
    if (one === undefined) continue
    const shown = prefix + entry.relPath
    files.push(isKeptFile(one) ? { display: shown, kept: one.kept } : { ...one, display: shown })
  }
  return { entries: scan.files, files, skipped: scan.skipped.map((s) => skippedProblem(display, absolute, s)) }
}

export function isKeptFile<T>(x: KeptFile<T> | LoadProblem): x is KeptFile<T> {
  return 'kept' in x
}

export interface FolderLoad {
  readonly entries: readonly AgentFileEntry[]
  readonly docs: readonly (LoadedDocument | LoadProblem)[]
  /** Files the scanner passed over, as problems with display paths. `blocking` ones are files that
   *  look like agent files but cannot be read (too large, binary, not UTF-8, unreadable); links
   *  leading outside the folder or in a loop are only notes. */
  readonly skipped: readonly (LoadProblem & { readonly reason: SkipReason; readonly blocking: boolean })[]
}

export interface LoadProgress {
  scanned(progress: ScanProgress): void
}

export interface LoadOptions {
  readonly progress?: LoadProgress
  /** Hash every file and document: only a run that compares them with what it saw before needs
   *  them (see LoadedDocument.fileHash); without, both hashes are ''. */
  readonly hashes: boolean
}

/** Every agent file of a folder parsed and kept, for a command that needs them all at once
 *  (`consolidate`): each whole document, hashed if `hashes`. */
export async function loadFolder(display: string, cwd: string, options: LoadOptions): Promise<FolderLoad> {
  const { progress, hashes } = options
  const folder = await streamDocuments(display, cwd, hashes, (file) => file, progress === undefined ? undefined : (p) => progress.scanned(p))
  const docs = folder.files.map((file): LoadedDocument | LoadProblem => (isKeptFile(file) ? { ...file.kept, display: file.display } : file))
  return { entries: folder.entries, docs, skipped: folder.skipped }
}
