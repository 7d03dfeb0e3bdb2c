// The folder read behind `agent-merge scan`: every agent file is parsed the moment the scanner
// has read it (folder-stream.ts), and only what the report and the grouper need is kept (its
// listing fields and grouping features, a few hundred bytes), never its text or document: a
// 100,000-file folder kept ~30 KB a file to the end. The few bodies that a group's similarity
// figure samples are read again at the end (bodyOf), checked against the stamp the scan saw.

import type { PreparedGroupInput } from '../../shared/engine/group'
import type { AgentDocument, Diagnostic } from '../../shared/engine/model'
import type { SkipReason } from '../../shared/host-api'
import { classifyBytes, decodeUtf8, DEFAULT_MAX_FILE_SIZE } from '../host/file-bytes'
import { sameStamp, type FileStamp } from '../host/scan-text-cache'
import { readScratch, readSmallFileSync, type ReadScratch } from '../host/read-small-file'
import type { ScanProgress } from '../host/scan-folder'
import { detachedDiagnostics, detachedString } from './detached'
import { createTokenVocabulary, listDocument, prepareGroupInput, type DocumentListing } from './engine'
import { isKeptFile, streamListings } from './folder-stream'
import type { LoadProblem } from './load-documents'

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
  readonly file: ScannedFile
  readonly group: PreparedGroupInput
  readonly body: BodyRef
}

interface BodyRef {
  readonly path: string
  readonly stamp: FileStamp
  /** Where the body starts in the file's bytes. */
  readonly bodyByteStart: number
}

function summaryOf(display: string, doc: DocumentListing): ScannedFile {
  return {
    display,
    format: doc.format,
    identity: detachedString(doc.identity),
    name: detachedString(doc.name),
    frontmatterMode: doc.frontmatterMode,
    diagnostics: detachedDiagnostics(doc.diagnostics),
  }
}

/** The body of a scanned file, read again (into `scratch`, reused from body to body): only its
 *  body decoded when the file is as the scan saw it, else parsed again. */
function readBodyAgain(ref: BodyRef, scratch: ReadScratch): string {
  try {
    const read = readSmallFileSync(ref.path, DEFAULT_MAX_FILE_SIZE, scratch)
    if (read.kind !== 'file') return ''
    if (sameStamp(read.stamp, ref.stamp)) return decodeUtf8(read.bytes.subarray(ref.bodyByteStart))
    const verdict = classifyBytes(read.bytes)
    if (verdict.kind !== 'text') return ''
    const doc = listDocument(verdict.text, ref.path, verdict)
    return doc.text.slice(doc.bodyStart)
  } catch {
    return ''
  }
}

/** Scans `display` (a folder, relative to `cwd`) and reads every agent file it lists. */
export async function summariseFolder(display: string, cwd: string, progress?: SummaryProgress): Promise<FolderSummary> {
  const vocabulary = createTokenVocabulary()
  const folder = await streamListings(display, cwd, (doc, stamp): Kept => ({
    file: summaryOf('', doc),
    group: prepareGroupInput({ path: doc.path, identity: detachedString(doc.identity), name: null, description: detachedString(doc.description), body: doc.text.slice(doc.bodyStart) }, vocabulary),
    body: { path: doc.path, stamp, bodyByteStart: doc.bodyStart === 0 ? 0 : Buffer.byteLength(doc.text.slice(0, doc.bodyStart)) },
  }), progress === undefined ? undefined : (p) => progress.scanned(p))
  const files: ScannedFile[] = []
  const groupInputs: PreparedGroupInput[] = []
  const bodies: BodyRef[] = []
  const problems: (LoadProblem & { readonly reason?: SkipReason })[] = []
  for (const one of folder.files) {
    if (!isKeptFile(one)) problems.push(one)
    else {
      files.push({ ...one.kept.file, display: one.display })
      groupInputs.push(one.kept.group)
      bodies.push(one.kept.body)
    }
  }
  problems.push(...folder.skipped)
  const scratch = readScratch()
  return { files, groupInputs, bodyOf: (index) => readBodyAgain(bodies[index]!, scratch), problems }
}
