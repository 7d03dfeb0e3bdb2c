// Saving the merged text: choose a target, never overwrite silently. The host refuses a write
// with every reason that applies at once (the file exists, it changed on disk since it was read,
// it is a file the host read as an agent file: 'source-file'), and the user hears ONE question
// (Overwrite / Save as… / Cancel) that says the strongest of them. Overwrite retries with the
// file's hash as the host reported it (and overwriteSource when the question named an agent
// file): it allows what was asked about and nothing more, so a file that changes again before
// the write is refused and asked about again. A variant of this merge is asked about the same
// way, from the refusal (one question: "overwrite variant N", and whether it changed on disk
// since it was read), not before the write. The host's other errors are shown where the path
// was typed, so the user can correct it. Plain async logic over injected dependencies: tested
// with a fake host and scripted answers.
import type { HostApi, HostError, WriteRefusal, WriteRequest } from '../../../shared/host-api'
import type { Asker } from '../dialogs/asker'
import { toHostError } from '../state/host-errors'
import { sourceIndexOf } from './save-target'

export interface SaveInput {
  readonly text: string
  readonly sourcePaths: readonly string[]
  /** Hashes of the sources as read (guards an overwrite of a source). */
  readonly sourceHashes: readonly string[]
  readonly suggestedPath: string
  /** Where this merge was last saved and the hash written: "Save" writes there again. */
  readonly lastSaved: { readonly path: string; readonly hash: string } | null
  readonly mode: 'save' | 'save-as'
  /** The folders (and files) the user opened: where a typed path may go, named in the hint. */
  readonly openedRoots?: readonly string[]
  /** The host remembers the written file as the merge of these (the group's merged result). */
  readonly mergedFrom?: readonly string[]
}

export type SaveOutcome =
  | { readonly kind: 'saved'; readonly path: string; readonly hash: string; readonly overwroteSource: number | null }
  | { readonly kind: 'cancelled' }
  | { readonly kind: 'failed'; readonly error: HostError }

export interface SaveDeps {
  readonly host: Pick<HostApi, 'writeFile' | 'showSaveDialog'>
  readonly ask: Asker
}

type ConflictAnswer = 'overwrite' | 'save-as' | 'cancel'

/** Where to write; `bySystem` when the system's own save dialog chose it (it asked before
 *  replacing an existing file); `allowed` once the user confirmed replacing the file there. */
interface Chosen {
  readonly path: string
  readonly bySystem: boolean
  readonly allowed?: Allowed
}

/** What the user allowed at the chosen path: replacing the file as it was when they were asked
 *  (its hash; null: no file there), and a file the host read as an agent file when the question
 *  said so. Nothing else: the host refuses anything that changed since, and the user is asked
 *  again. A newly chosen path starts with nothing allowed. */
interface Allowed {
  readonly hash: string | null
  readonly source: boolean
}

/** Where a typed path may go, in the words of the path dialog. */
export function pathHint(roots: readonly string[] | undefined): string {
  const never = 'Existing files are never replaced without asking.'
  if (!roots || roots.length === 0) return `An absolute path inside an opened folder. ${never}`
  const shown = roots.slice(0, 3).join(', ')
  const more = roots.length > 3 ? ` and ${roots.length - 3} more` : ''
  return `An absolute path inside what you opened: ${shown}${more}. ${never}`
}

async function choosePath(deps: SaveDeps, initial: string, error: string | null, roots?: readonly string[]): Promise<Chosen | null> {
  if (error === null) {
    const native = await deps.host.showSaveDialog(initial)
    if (native === null) return null
    if (typeof native === 'string') return { path: native, bySystem: true }
  }
  const typed = await deps.ask.askPath({
    title: 'Save merged agent as',
    label: 'File path',
    initialValue: initial,
    confirmLabel: 'Save',
    hint: pathHint(roots),
    initialError: error,
  })
  return typed === null ? null : { path: typed, bySystem: false }
}

interface OverwriteQuestion {
  readonly title: string
  readonly message: string
  readonly overwriteLabel: string
  readonly testId: string
}

/** Every "replace this file?" question offers the same three ways out; only the words differ. */
async function askOverwrite(deps: SaveDeps, path: string, question: OverwriteQuestion): Promise<ConflictAnswer> {
  const answer = await deps.ask.choose<ConflictAnswer>({
    title: question.title,
    message: question.message,
    path,
    choices: [
      { value: 'cancel', label: 'Cancel' },
      { value: 'save-as', label: 'Save as…' },
      { value: 'overwrite', label: question.overwriteLabel, tone: 'danger' },
    ],
    testId: question.testId,
  })
  return answer ?? 'cancel'
}

/** The one question for a refused write: its words say the strongest reason that applies. */
function askRefusal(deps: SaveDeps, path: string, refusal: WriteRefusal): Promise<ConflictAnswer> {
  if (refusal.sourceFile) return confirmOpenedFileOverwrite(deps, path, refusal.changedOnDisk)
  const changed = refusal.changedOnDisk
  const gone = refusal.currentHash === null
  return askOverwrite(deps, path, {
    title: changed ? 'The file changed on disk since you opened it' : 'A file with this name already exists',
    message: !changed
      ? 'Saving here replaces the existing file.'
      : gone
        ? 'Someone or something deleted or moved this file after Agent Merge read it. Saving here creates it again.'
        : 'Someone or something changed this file after Agent Merge read it. Overwriting replaces those changes.',
    overwriteLabel: 'Overwrite',
    testId: 'save-conflict-dialog',
  })
}

/** A variant of this merge, as it is now: unchanged since it was read, changed, or gone. */
function confirmSourceOverwrite(deps: SaveDeps, path: string, variant: number, now: 'unchanged' | 'changed' | 'gone'): Promise<ConflictAnswer> {
  const n = variant + 1
  return askOverwrite(deps, path, {
    title:
      now === 'unchanged'
        ? `Overwrite variant ${n} with the merged agent?`
        : now === 'changed'
          ? `Overwrite variant ${n} that changed on disk since you opened it?`
          : `Variant ${n} was deleted or moved since you opened it`,
    message:
      now === 'unchanged'
        ? 'This replaces one of the files you are merging. The other variants are kept.'
        : now === 'changed'
          ? 'This replaces one of the files you are merging, and someone or something changed it after Agent Merge read it: overwriting replaces those changes too. The other variants are kept.'
          : 'Someone or something deleted or moved this variant after Agent Merge read it. Saving here creates it again with the merged agent. The other variants are kept.',
    overwriteLabel: `Overwrite variant ${n}`,
    testId: 'overwrite-source-dialog',
  })
}

/** A file the host read as an agent file, which this merge's sources do not name (a variant of
 *  another group, or a source reached through another path). It exists; it may have changed. */
function confirmOpenedFileOverwrite(deps: SaveDeps, path: string, changed: boolean): Promise<ConflictAnswer> {
  return askOverwrite(deps, path, {
    title: changed ? 'Overwrite an agent file you opened that changed on disk?' : 'Overwrite an agent file you opened?',
    message: changed
      ? 'Agent Merge read this file as one of the agent files in your folders, and it changed on disk since. Saving here replaces its text, those changes included, with the merged agent.'
      : 'Agent Merge read this file as one of the agent files in your folders. Saving here replaces its text with the merged agent.',
    overwriteLabel: 'Overwrite it',
    testId: 'overwrite-source-dialog',
  })
}

export async function saveMerged(input: SaveInput, deps: SaveDeps): Promise<SaveOutcome> {
  let chosen: Chosen | null =
    input.mode === 'save' && input.lastSaved ? { path: input.lastSaved.path, bySystem: false } : await choosePath(deps, input.suggestedPath, null, input.openedRoots)
  let pathError: string | null = null
  for (let attempt = 0; attempt < 20; attempt++) {
    if (chosen === null) return { kind: 'cancelled' }
    const path = chosen.path
    if (pathError !== null) {
      chosen = await choosePath(deps, path, pathError, input.openedRoots)
      pathError = null
      continue
    }
    const source = sourceIndexOf(input.sourcePaths, path)
    const allowed = chosen.allowed
    // What we last knew to be there: what we wrote, else what we read when the group opened.
    const known = input.lastSaved?.path === path ? input.lastSaved.hash : source >= 0 ? (input.sourceHashes[source] ?? null) : null
    const request: WriteRequest = {
      path,
      text: input.text,
      // What the user allowed beats what we knew. A variant of this merge not yet allowed is
      // written as a new file: the host refuses it while it exists, whatever it knows of the file
      // (even one it wrote itself), with its current hash, so the one question can say both.
      expectedHash: allowed ? allowed.hash : source >= 0 ? null : known,
      ...(allowed?.source ? { overwriteSource: true } : {}),
      ...(input.mergedFrom ? { mergedFrom: input.mergedFrom } : {}),
    }
    try {
      const written = await deps.host.writeFile(request)
      return { kind: 'saved', path: written.path, hash: written.hash, overwroteSource: source >= 0 ? source : null }
    } catch (reason) {
      const error = toHostError(reason, path)
      const refusal = error.code === 'exists' || error.code === 'changed-on-disk' || error.code === 'source-file' ? error.refusal : undefined
      if (refusal && source >= 0) {
        // A variant of this merge: one question that names it and says whether it changed.
        const now = refusal.currentHash === null ? 'gone' : refusal.changedOnDisk || refusal.currentHash !== known ? 'changed' : 'unchanged'
        const answer = await confirmSourceOverwrite(deps, path, source, now)
        if (answer === 'cancel') return { kind: 'cancelled' }
        if (answer === 'overwrite') chosen = { ...chosen, allowed: { hash: refusal.currentHash, source: true } }
        else chosen = await choosePath(deps, input.suggestedPath, null, input.openedRoots)
        continue
      }
      if (refusal) {
        const onlyExists = !refusal.sourceFile && !refusal.changedOnDisk
        if (onlyExists && chosen.bySystem && !allowed) {
          // The system dialog already asked "Replace it?" and the user said yes.
          chosen = { ...chosen, allowed: { hash: refusal.currentHash, source: false } }
          continue
        }
        // One question for every reason at once; Overwrite allows exactly those.
        const answer = await askRefusal(deps, path, refusal)
        if (answer === 'cancel') return { kind: 'cancelled' }
        if (answer === 'overwrite') chosen = { ...chosen, allowed: { hash: refusal.currentHash, source: refusal.sourceFile || allowed?.source === true } }
        else chosen = await choosePath(deps, refusal.sourceFile ? input.suggestedPath : path, null, input.openedRoots)
        continue
      }
      if (error.code === 'cancelled') return { kind: 'cancelled' }
      if (error.code === 'outside-roots' || error.code === 'bad-request' || error.code === 'not-found' || error.code === 'io-error') {
        // Let the user correct the path where they typed it.
        pathError = error.message
        continue
      }
      // Includes a refusal without its reasons: nothing to confirm it with, so nothing is written.
      return { kind: 'failed', error }
    }
  }
  return { kind: 'failed', error: { code: 'io-error', message: 'Gave up saving after too many attempts', path: chosen?.path ?? '' } }
}
