// The one contract between the renderer and whatever hosts it (the Electron preload, or the
// browser-mode client talking HTTP to `agent-merge serve`). Plain data only.
// Every method rejects with a HostError-shaped value ({ code, message, path?, line?, refusal? })
// on failure.

export type HostKind = 'electron' | 'browser'

export type HostErrorCode =
  | 'outside-roots' // the path is not inside a folder or file the user opened
  | 'not-found'
  | 'not-agent-file' // too large, binary, invalid UTF-8
  | 'changed-on-disk' // the target's content hash differs from the one the caller read
  | 'exists' // creating a new file where one already is
  | 'io-error'
  | 'bad-request' // malformed call (validation failed)
  | 'unauthorized' // browser mode: missing or wrong token
  | 'cancelled'
  | 'source-file' // writing over a file read as an agent file this session without `overwriteSource: true`

export interface HostError {
  readonly code: HostErrorCode
  readonly message: string
  readonly path?: string
  readonly line?: number
  /** writeFile's 'source-file', 'exists' and 'changed-on-disk' refusals: every reason at once. */
  readonly refusal?: WriteRefusal
}

/**
 * Why a write was refused, all reasons together, so the app asks one question that covers them
 * (the code names the strongest: 'source-file', else 'changed-on-disk' or 'exists'). Retrying
 * with `expectedHash: currentHash` (and `overwriteSource` for a source file) allows exactly what
 * was asked about: a file that changes again before that retry is refused again.
 */
export interface WriteRefusal {
  /** The target was read as an agent file this session; overwriting it needs overwriteSource. */
  readonly sourceFile: boolean
  /** SHA-256 hex of the target as it is now; null when there is no file. */
  readonly currentHash: string | null
  /** It is not what the caller read (expectedHash), or, for a source file the caller did not
   *  name a hash for, not what the host read. */
  readonly changedOnDisk: boolean
}

export interface OpenedRoot {
  readonly path: string // absolute
  readonly kind: 'folder' | 'file'
}

export interface AgentFileEntry {
  readonly path: string // absolute
  readonly root: string // the OpenedRoot.path it was found under
  readonly relPath: string // relative to the root, '/'-separated
  readonly size: number
  readonly mtimeMs: number
}

export type SkipReason = 'too-large' | 'too-complex' | 'binary' | 'invalid-utf8' | 'unreadable' | 'symlink-loop' | 'outside-root'

export interface SkippedFile {
  readonly path: string
  readonly reason: SkipReason
  readonly message: string
}

export interface FolderListing {
  readonly roots: readonly OpenedRoot[]
  readonly files: readonly AgentFileEntry[]
  readonly skipped: readonly SkippedFile[]
  /** Files of `files` that Agent Merge wrote as a merge of other files (newest first): the
   *  sidebar shows each as its group's merged result, not as one more variant. */
  readonly outputs?: readonly MergedOutput[]
}

/** A merged file the app wrote, remembered between runs. */
export interface MergedOutput {
  readonly path: string // absolute, as the listing names it
  /** SHA-256 hex of the text written (the file may have been edited since). */
  readonly hash: string
  /** The variants it was merged from (absolute paths, itself excluded). */
  readonly sources: readonly string[]
  readonly savedAt: number
}

export interface AgentFileText {
  readonly path: string
  readonly text: string
  /** SHA-256 hex of the file's bytes (equal to the engine's hash of `text`). */
  readonly hash: string
  /** No NUL byte anywhere in the file (checked natively on the bytes as they were read): the
   *  engine then skips its own search of the text (HostFacts in parse-document.ts). */
  readonly nulFree: boolean
  readonly mtimeMs: number
}

/** One entry of `readFiles`: the file, or why that one file could not be read. */
export type ReadFileResult =
  | { readonly ok: true; readonly file: AgentFileText }
  | { readonly ok: false; readonly error: HostError }

export interface WriteRequest {
  readonly path: string
  readonly text: string
  /** The hash the caller last read; null means "the file must not exist yet". */
  readonly expectedHash: string | null
  /** Overwrite even if the file changed on disk (only after the user confirmed). The app confirms
   *  more narrowly, with `expectedHash: refusal.currentHash`; force never allows a source file. */
  readonly force?: boolean
  /** Writing over one of the source variants: only when the user asked for exactly that. */
  readonly overwriteSource?: boolean
  /** The text is a merge of these files: the host remembers the target as their merged output
   *  (FolderListing.outputs). */
  readonly mergedFrom?: readonly string[]
}

export interface WriteResult {
  readonly path: string
  readonly hash: string
}

export interface ArchiveResult {
  readonly archiveId: string
  readonly moved: readonly { readonly from: string; readonly to: string }[]
}

/** One step of resolving duplicates (merge, keep one, rename, or many groups at once): the listed
 *  files are archived, then the new texts written, as one archive that `undoArchive` reverses. */
export interface ResolutionRequest {
  /** Files moved into the archive; each must still have the hash the caller read
   *  ('changed-on-disk' otherwise, and nothing is done). At least one. */
  readonly archive: readonly { readonly path: string; readonly expectedHash: string }[]
  /** Files written once the archive moved the others away, as new files: a path where a file
   *  still is refuses the whole request with 'exists'. */
  readonly write: readonly { readonly path: string; readonly text: string }[]
  /** Files the step leaves in place on purpose (the one kept of a group): one that is a link to
   *  (or through) an archived file would lead nowhere, so the request is refused ('bad-request',
   *  naming both) and nothing is done. */
  readonly keep?: readonly string[]
}

export interface ResolutionResult extends ArchiveResult {
  readonly written: readonly WriteResult[]
}

/** A file of `<folder>/.agent-merge/recipes/` (the decisions saved for that folder). */
export interface DecisionFile {
  /** The file name, e.g. `backend-architect.json`. */
  readonly name: string
  readonly text: string
}

/** One file to write (`text`) or delete (`text: null`) in `<folder>/.agent-merge/recipes/`. */
export interface DecisionWrite {
  /** A plain file name ending in `.json`, e.g. `backend-architect.json`. */
  readonly name: string
  readonly text: string | null
}

/** One reversible step in an opened folder's own history (`<folder>/.agent-merge/runs/`), the
 *  history `agent-merge consolidate` (in place) and `agent-merge undo` use too. */
export interface FolderStepRequest extends ResolutionRequest {
  /** What the step is, in words ("Merged backend-architect into backend-architect.md"). */
  readonly label: string
  /** Decisions saved with the step (`.agent-merge/recipes/`); undo puts back what they were. */
  readonly decisions: readonly DecisionWrite[]
}

export interface FolderStepResult {
  /** The step's id (its archive id): `agent-merge undo <folder> <id>` undoes it too. */
  readonly id: string
  readonly written: readonly WriteResult[]
}

/** A step of a folder's history, made by the app or by `agent-merge consolidate`. */
export interface FolderStep {
  readonly id: string
  readonly createdAt: number
  /** The app's words for it; null for a command-line run. */
  readonly label: string | null
  /** Files it moved into the archive (their original paths). */
  readonly archived: readonly string[]
  readonly written: readonly string[]
  /** How many saved decisions it wrote (undo puts back what they were). */
  readonly decisions: number
  /** Files it wrote that changed since: undo refuses until they are moved away. */
  readonly edited: readonly string[]
  /** Archived files whose path is taken again: undo refuses until they are moved away. */
  readonly taken: readonly string[]
}

export interface RecentItem {
  readonly paths: readonly string[]
  readonly openedAt: number
}

export interface Settings {
  readonly theme: 'system' | 'light' | 'dark'
  readonly zoom: number
  readonly foldIdenticalRows: boolean
}

/** An in-progress merge, saved as it changes so a crash or restart loses nothing. */
export interface Draft {
  readonly id: string // stable per group, e.g. the sorted source paths hashed
  readonly updatedAt: number
  readonly data: unknown // the renderer's own serialisable state (a recipe plus UI bits)
}

export type MenuCommand =
  | 'open-folder'
  | 'open-files'
  | 'save-merged'
  | 'save-merged-as'
  | 'export-recipe'
  | 'apply-recipe'
  | 'close'
  | 'undo'
  | 'redo'
  | 'theme-system'
  | 'theme-light'
  | 'theme-dark'
  | 'about'

export type HostEvent =
  | { readonly kind: 'files-changed'; readonly changes: readonly { readonly path: string; readonly change: 'added' | 'changed' | 'removed' }[] }
  | { readonly kind: 'scan-progress'; readonly root: string; readonly scanned: number; readonly found: number; readonly done: boolean }
  /** How much of the library step running now is done (applyFolderStep, undoFolderStep,
   *  applyResolution, undoArchive: files moved and written, manifests, decisions), a few times
   *  a second and once at the end. */
  | { readonly kind: 'step-progress'; readonly done: number; readonly total: number }
  | { readonly kind: 'opened'; readonly listing: FolderListing } // paths opened from outside (command line, second instance, menu)
  | { readonly kind: 'menu'; readonly command: MenuCommand }

export interface HostApi {
  readonly kind: HostKind
  /** Roots opened at start (command line or the bundled example) and their listing. */
  getInitialListing(): Promise<FolderListing>
  /** Native dialogs where the host has them; null when cancelled. Browser mode returns
   *  { supported: false } so the UI asks for a path itself. */
  showOpenDialog(kind: 'folder' | 'files'): Promise<readonly string[] | null | { readonly supported: false }>
  showSaveDialog(defaultPath: string): Promise<string | null | { readonly supported: false }>
  /** Open folders or files (from a dialog, a typed path, drag and drop or a recent item):
   *  they are ADDED to the roots the renderer may read and write under (call closeAll() first
   *  to start over). Every path must exist ('not-found' otherwise). Returns the new listing of
   *  all roots. A new file may be created inside an opened folder, or beside an opened file. */
  openPaths(paths: readonly string[]): Promise<FolderListing>
  /** Rescan every opened root. Progress arrives as `scan-progress` events. */
  rescan(): Promise<FolderListing>
  closeAll(): Promise<void>
  readFile(path: string): Promise<AgentFileText>
  /** Many files in one call, with readFile's checks: one entry per path, in order; a file that
   *  cannot be read is its own error entry. At most READ_FILES_MAX_PATHS paths and
   *  READ_FILES_MAX_BYTES of text per call (shared/host-channels.ts): more is a 'bad-request'
   *  for the whole call, so callers batch. */
  readFiles(paths: readonly string[]): Promise<readonly ReadFileResult[]>
  /** Atomic; refuses with 'changed-on-disk' when the file's hash differs from expectedHash,
   *  'exists' when expectedHash is null and the file exists, and 'source-file' when the target
   *  exists and was read as an agent file this session (and not written by us since) without
   *  overwriteSource. A refusal names every reason that applies in `refusal`, 'source-file'
   *  first: a new-file save onto a source file hears 'source-file' (with the file's hash), not
   *  'exists' and then 'source-file'. */
  writeFile(request: WriteRequest): Promise<WriteResult>
  /** Move files into an `.agent-merge-archive/<timestamp>/` folder beside them. Reversible.
   *  `keep`: files left in place on purpose (the merge just saved), as ResolutionRequest.keep;
   *  one that does not resolve inside the opened folders (outside them, or gone) is passed over:
   *  no link of theirs can lead to it. */
  archiveFiles(paths: readonly string[], keep: readonly string[]): Promise<ArchiveResult>
  /** Undo an archive: files an archive wrote (applyResolution) are removed first, and only
   *  when unchanged since ('changed-on-disk' otherwise, nothing is done); then the archived files
   *  move back, byte for byte. */
  undoArchive(archiveId: string): Promise<void>
  /** Archive some files and write others, as one archive id (see ResolutionRequest). A failure
   *  part way puts everything back. */
  applyResolution(request: ResolutionRequest): Promise<ResolutionResult>
  /** Every `*.json` of `<folder>/.agent-merge/recipes/` (none when the folder has none). The
   *  folder must be an opened folder or inside one. */
  readDecisions(folder: string): Promise<readonly DecisionFile[]>
  /** Write (atomically) or, with text null, delete files of `<folder>/.agent-merge/recipes/`,
   *  many in one call (a bulk resolution saves one per group). */
  writeDecisions(folder: string, files: readonly DecisionWrite[]): Promise<void>
  /** Archive, write and save decisions in one call, as one step of the folder's history
   *  (`<folder>/.agent-merge/`, shared with `agent-merge consolidate` and `undo`). The folder is
   *  an opened folder; every path inside the opened roots. A failure part way puts everything back. */
  applyFolderStep(folder: string, step: FolderStepRequest): Promise<FolderStepResult>
  /** The folder's history, newest first (none when it has none). */
  listFolderSteps(folder: string): Promise<readonly FolderStep[]>
  /** Undo one step of the folder's history: files back byte for byte, decisions as they were.
   *  Refuses, changing nothing, when a file it wrote changed since ('changed-on-disk') or an
   *  archived file's path is taken again ('exists'). */
  undoFolderStep(folder: string, id: string): Promise<void>
  getRecent(): Promise<readonly RecentItem[]>
  getSettings(): Promise<Settings>
  setSettings(settings: Partial<Settings>): Promise<Settings>
  saveDraft(draft: Draft): Promise<void>
  loadDraft(id: string): Promise<Draft | null>
  deleteDraft(id: string): Promise<void>
  /** Electron only: the absolute path of a dropped File (null in browser mode). */
  pathForDroppedFile(file: unknown): string | null
  /** Subscribe to host events; returns the unsubscribe function. */
  onEvent(listener: (event: HostEvent) => void): () => void
}
