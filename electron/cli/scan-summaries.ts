// The folder read behind `agent-merge scan`: every agent file is parsed the moment the scanner
// has read it (folder-stream.ts), and only what the report and the grouper need is kept (its
// listing fields and grouping features, about 1.5 KB), never its text or document: a
// 100,000-file folder kept ~30 KB a file to the end. A group's similarity figure compares the
// members' likeness sketches, made when each file was read: no body is read twice.

import type { PreparedGroupInput } from '../../shared/engine/group'
import type { AgentDocument, Diagnostic } from '../../shared/engine/model'
import type { SkipReason } from '../../shared/host-api'
import type { ScanProgress } from '../host/scan-folder'
import { detachedDiagnostics, detachedString } from './detached'
import { createTokenVocabulary, prepareGroupInput, type DocumentListing } from './engine'
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
  /** Files found but not read: parse refusals first (in file order), then the scanner's skips. */
  readonly problems: readonly (LoadProblem & { readonly reason?: SkipReason })[]
}

export interface SummaryProgress {
  scanned(progress: ScanProgress): void
}

interface Kept {
  readonly file: ScannedFile
  readonly group: PreparedGroupInput
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

/** Scans `display` (a folder, relative to `cwd`) and reads every agent file it lists. */
export async function summariseFolder(display: string, cwd: string, progress?: SummaryProgress): Promise<FolderSummary> {
  const vocabulary = createTokenVocabulary()
  const folder = await streamListings(display, cwd, (doc): Kept => ({
    file: summaryOf('', doc),
    group: prepareGroupInput({ path: doc.path, identity: detachedString(doc.identity), name: null, description: detachedString(doc.description), body: doc.text.slice(doc.bodyStart) }, vocabulary),
  }), progress === undefined ? undefined : (p) => progress.scanned(p))
  const files: ScannedFile[] = []
  const groupInputs: PreparedGroupInput[] = []
  const problems: (LoadProblem & { readonly reason?: SkipReason })[] = []
  for (const one of folder.files) {
    if (!isKeptFile(one)) problems.push(one)
    else {
      files.push({ ...one.kept.file, display: one.display })
      groupInputs.push(one.kept.group)
    }
  }
  problems.push(...folder.skipped)
  return { files, groupInputs, problems }
}
