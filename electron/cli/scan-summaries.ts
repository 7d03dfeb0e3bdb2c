// The folder read behind `agent-merge scan`: every agent file is parsed the moment the scanner
// has read it, and only what the report and the grouper need is kept (its listing fields and
// grouping features, a few hundred bytes), never its text or document: a 100,000-file folder
// kept ~30 KB a file to the end. The few bodies that a group's similarity figure samples are
// read again at the end (bodyOf), checked against the stamp the scan saw.

import { resolve } from 'node:path'
import type { PreparedGroupInput } from '../../shared/engine/group'
import type { AgentDocument, Diagnostic } from '../../shared/engine/model'
import type { SkipReason } from '../../shared/host-api'
import { classifyBytes, DEFAULT_MAX_FILE_SIZE, sha256HexOfBytes } from '../host/file-bytes'
import { sameStamp, type FileStamp } from '../host/scan-text-cache'
import { readScratch, readSmallFileSync, type ReadScratch } from '../host/read-small-file'
import { scanFolder, type ScanProgress } from '../host/scan-folder'
import { CliError } from './cli-error'
import { EXIT_FINDINGS } from './cli-io'
import { createTokenVocabulary, parseDocument, prepareGroupInput } from './engine'
import { displayUnder, documentOrProblem, formatProblem, isProblem, problemOf, skippedProblem, type LoadProblem } from './load-documents'

/** What the scan report shows of one agent file. */
export interface ScannedFile {
  readonly display: string
  readonly format: AgentDocument['format']
  readonly identity: string
  readonly name: string | null
  readonly frontmatterMode: AgentDocument['frontmatterMode']
  readonly diagnostics: readonly Diagnostic[]
}

export interface FolderSummary {
  /** The agent files read, in the scanner's order (by path under the folder). */
  readonly files: readonly ScannedFile[]
  /** What grouping needs of each of `files`, in the same order. */
  readonly groupInputs: readonly PreparedGroupInput[]
  /** The body of `files[index]`, read again (empty when the file can no longer be read). */
  readonly bodyOf: (index: number) => string
  /** Files found but not read: parse refusals first (in file order), then the scanner's skips. */
  readonly problems: readonly (LoadProblem & { readonly reason?: SkipReason })[]
}

export interface SummaryProgress {
  scanned(progress: ScanProgress): void
}

interface Kept {
  readonly file: ScannedFile | LoadProblem
  readonly group?: PreparedGroupInput
  readonly body?: BodyRef
}

interface BodyRef {
  readonly path: string
  readonly stamp: FileStamp
  readonly bodyStart: number
}

const NO_DIAGNOSTICS: readonly Diagnostic[] = Object.freeze([])

/** A string that holds no reference to the text it was cut from: V8 keeps a slice of a long
 *  string as a view of the whole, which would keep every file's text alive through its name. */
function own<T extends string | null>(s: T): T {
  return (s === null || s.length < 13 ? s : (` ${s}`).slice(1)) as T
}

function summaryOf(display: string, doc: AgentDocument): ScannedFile {
  return {
    display,
    format: doc.format,
    identity: own(doc.identity),
    name: own(doc.name),
    frontmatterMode: doc.frontmatterMode,
    // Messages may quote the text: copied through JSON so that they quote only themselves.
    diagnostics: doc.diagnostics.length === 0 ? NO_DIAGNOSTICS : (JSON.parse(JSON.stringify(doc.diagnostics)) as Diagnostic[]),
  }
}

/** The body of a scanned file, read again (into `scratch`, reused from body to body); parsed
 *  again only when it changed since the scan. */
function readBodyAgain(ref: BodyRef, scratch: ReadScratch): string {
  try {
    const read = readSmallFileSync(ref.path, DEFAULT_MAX_FILE_SIZE, scratch)
    if (read.kind !== 'file') return ''
    const verdict = classifyBytes(read.bytes)
    if (verdict.kind !== 'text') return ''
    if (sameStamp(read.stamp, ref.stamp)) return verdict.text.slice(ref.bodyStart)
    const doc = parseDocument(verdict.text, ref.path, { hash: sha256HexOfBytes(read.bytes), nulFree: verdict.nulFree })
    return doc.text.slice(doc.bodyStart)
  } catch {
    return ''
  }
}

/** Scans `display` (a folder, relative to `cwd`) and reads every agent file it lists. */
export async function summariseFolder(display: string, cwd: string, progress?: SummaryProgress): Promise<FolderSummary> {
  const absolute = resolve(cwd, display)
  const kept = new Map<string, Kept>()
  const vocabulary = createTokenVocabulary()
  let scan
  try {
    scan = await scanFolder(absolute, {
      staleTempAgeMs: null, // scan only reads: the app's next scan cleans up
      blocking: true, // nothing else to do meanwhile: no thread pool round trip per call
      onText: (path, stamp, checked, bytes) => {
        const file = documentOrProblem(path, path, { text: checked.text, hash: sha256HexOfBytes(bytes), nulFree: checked.nulFree })
        if (isProblem(file)) return void kept.set(path, { file })
        kept.set(path, {
          file: summaryOf(path, file.doc),
          group: prepareGroupInput({ path, identity: own(file.doc.identity), name: null, description: own(file.doc.description), body: file.doc.text.slice(file.doc.bodyStart) }, vocabulary),
          body: { path, stamp, bodyStart: file.doc.bodyStart },
        })
      },
      ...(progress === undefined ? {} : { onProgress: (p: ScanProgress) => progress.scanned(p) }),
    })
  } catch (error) {
    throw new CliError(formatProblem(problemOf(display, absolute, error)), EXIT_FINDINGS)
  }
  const files: ScannedFile[] = []
  const groupInputs: PreparedGroupInput[] = []
  const bodies: BodyRef[] = []
  const problems: (LoadProblem & { readonly reason?: SkipReason })[] = []
  for (const entry of scan.files) {
    const shown = displayUnder(display, entry.relPath)
    const one = kept.get(entry.path)
    if (one === undefined) continue
    if ('message' in one.file) problems.push({ ...one.file, display: shown })
    else {
      files.push({ ...one.file, display: shown })
      groupInputs.push(one.group!)
      bodies.push(one.body!)
    }
  }
  problems.push(...scan.skipped.map((s) => skippedProblem(display, absolute, s)))
  const scratch = readScratch()
  return { files, groupInputs, bodyOf: (index) => readBodyAgain(bodies[index]!, scratch), problems }
}
