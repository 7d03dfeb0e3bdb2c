// Saving the merged text: choose a target, never overwrite silently. 'exists' and
// 'changed-on-disk' refusals from the host become a question (Overwrite / Save as… / Cancel);
// writing over a source variant needs its own explicit confirmation, and so does writing over
// any other file the host read as an agent file (its 'source-file' refusal: e.g. a variant of
// another group, or a source reached through another path). The host's other errors are
// shown where the path was typed, so the user can correct it. Plain async logic over injected
// dependencies: tested with a fake host and scripted answers.
import type { HostApi, HostError, WriteRequest } from '../../../shared/host-api'
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
 *  replacing an existing file). */
interface Chosen {
  readonly path: string
  readonly bySystem: boolean
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

function askConflict(deps: SaveDeps, error: HostError, path: string): Promise<ConflictAnswer> {
  const changed = error.code === 'changed-on-disk'
  return askOverwrite(deps, path, {
    title: changed ? 'The file changed on disk since you opened it' : 'A file with this name already exists',
    message: changed
      ? 'Someone or something changed this file after Agent Merge read it. Overwriting replaces those changes.'
      : 'Saving here replaces the existing file.',
    overwriteLabel: 'Overwrite',
    testId: 'save-conflict-dialog',
  })
}

function confirmSourceOverwrite(deps: SaveDeps, path: string, variant: number): Promise<ConflictAnswer> {
  return askOverwrite(deps, path, {
    title: `Overwrite variant ${variant + 1} with the merged agent?`,
    message: 'This replaces one of the files you are merging. The other variants are kept.',
    overwriteLabel: `Overwrite variant ${variant + 1}`,
    testId: 'overwrite-source-dialog',
  })
}

function confirmOpenedFileOverwrite(deps: SaveDeps, path: string): Promise<ConflictAnswer> {
  return askOverwrite(deps, path, {
    title: 'Overwrite an agent file you opened?',
    message: 'Agent Merge read this file as one of the agent files in your folders. Saving here replaces its text with the merged agent.',
    overwriteLabel: 'Overwrite it',
    testId: 'overwrite-source-dialog',
  })
}

export async function saveMerged(input: SaveInput, deps: SaveDeps): Promise<SaveOutcome> {
  let chosen: Chosen | null =
    input.mode === 'save' && input.lastSaved ? { path: input.lastSaved.path, bySystem: false } : await choosePath(deps, input.suggestedPath, null, input.openedRoots)
  let force = false
  let confirmedSource: string | null = null
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
    const sourceConfirmed = confirmedSource === path
    if (source >= 0 && !sourceConfirmed) {
      const answer = await confirmSourceOverwrite(deps, path, source)
      if (answer === 'cancel') return { kind: 'cancelled' }
      if (answer === 'save-as') {
        force = false
        chosen = await choosePath(deps, input.suggestedPath, null, input.openedRoots)
        continue
      }
      confirmedSource = path
    }
    const request: WriteRequest = {
      path,
      text: input.text,
      // What we last wrote there beats what we read when the group opened (a source saved over).
      expectedHash:
        input.lastSaved?.path === path ? input.lastSaved.hash : source >= 0 ? (input.sourceHashes[source] ?? null) : null,
      ...(force ? { force: true } : {}),
      ...(source >= 0 || sourceConfirmed ? { overwriteSource: true } : {}),
    }
    try {
      const written = await deps.host.writeFile(request)
      return { kind: 'saved', path: written.path, hash: written.hash, overwroteSource: source >= 0 ? source : null }
    } catch (reason) {
      const error = toHostError(reason, path)
      if (error.code === 'exists' && chosen.bySystem && !force) {
        // The system dialog already asked "Replace it?" and the user said yes.
        force = true
        continue
      }
      if (error.code === 'exists' || error.code === 'changed-on-disk') {
        const answer = await askConflict(deps, error, path)
        if (answer === 'cancel') return { kind: 'cancelled' }
        if (answer === 'overwrite') force = true
        else {
          force = false
          chosen = await choosePath(deps, path, null, input.openedRoots)
        }
        continue
      }
      if (error.code === 'source-file' && !sourceConfirmed) {
        // A file the host read as an agent file, which this merge's sources do not name.
        const answer = await confirmOpenedFileOverwrite(deps, path)
        if (answer === 'cancel') return { kind: 'cancelled' }
        if (answer === 'overwrite') confirmedSource = path
        else {
          force = false
          chosen = await choosePath(deps, input.suggestedPath, null, input.openedRoots)
        }
        continue
      }
      if (error.code === 'cancelled') return { kind: 'cancelled' }
      if (error.code === 'outside-roots' || error.code === 'bad-request' || error.code === 'not-found' || error.code === 'io-error') {
        // Let the user correct the path where they typed it.
        pathError = error.message
        continue
      }
      return { kind: 'failed', error }
    }
  }
  return { kind: 'failed', error: { code: 'io-error', message: 'Gave up saving after too many attempts', path: chosen?.path ?? '' } }
}
