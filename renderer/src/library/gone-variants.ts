// Before "Merge as shown": are the group's variant files still on disk? One deleted or moved
// since it was read cannot be moved to the archive, so the step would be refused on every try.
// The user is told which file went and chooses: merge without it (the merged text as shown, the
// others archived), save the merge elsewhere, or cancel. The merge in progress is kept whatever
// the answer.
import { plural } from '../../../shared/engine/consolidate/words'
import { variantName } from '../app/variant-name'
import type { Asker } from '../dialogs/asker'
import { sourcesOnDisk } from '../result/stale-sources'
import { getServices } from '../state/services'
import type { MergeSession } from '../state/slices/merge-slice'
import type { Get } from './resolution-step'

/** The merge's sources gone from disk, asked of the host (the watcher can be late), and shown
 *  in the removed-sources banner. What the watcher said when the host does not answer. */
export async function goneVariants(get: Get, merge: MergeSession): Promise<readonly string[]> {
  let removed: readonly string[]
  try {
    removed = (await sourcesOnDisk(getServices().host, merge.files)).removed
  } catch {
    removed = get().removedSources.filter((p) => merge.paths.includes(p))
  }
  if (removed.length > 0 && get().merge === merge) get().setRemovedSources([...new Set([...get().removedSources, ...removed])])
  return removed
}

export type GoneAnswer = 'merge' | 'save-as' | 'cancel'

export async function askAboutGoneVariants(ask: Asker, paths: readonly string[], gone: readonly string[]): Promise<GoneAnswer> {
  const one = gone.length === 1
  const which = one ? variantName(paths, paths.indexOf(gone[0]!)) : `${gone.length} variants`
  const others = paths.length - gone.length
  const answer = await ask.choose<GoneAnswer>({
    title: `${which} ${one ? 'was' : 'were'} deleted or moved since you opened ${one ? 'it' : 'them'}`,
    message:
      `Merge as shown moves every variant to the archive, and ${one ? 'this file is' : 'these files are'} no longer there. ` +
      (others > 0
        ? `Merge without ${one ? 'it' : 'them'}: the merged file is written as shown (with what you took from ${one ? 'it' : 'them'}, as read) and the other ${plural(others, 'variant')} ${others === 1 ? 'is' : 'are'} archived. `
        : 'No variant is left on disk to archive. ') +
      'Or save the merge elsewhere. Your merge in progress is kept either way.',
    ...(one ? { path: gone[0]! } : {}),
    choices: [
      { value: 'cancel', label: 'Cancel' },
      { value: 'save-as', label: 'Save the merge elsewhere…', tone: others > 0 ? 'plain' : 'primary' },
      ...(others > 0 ? [{ value: 'merge' as const, label: `Merge without ${one ? 'it' : 'them'}`, tone: 'primary' as const }] : []),
    ],
    testId: 'removed-sources-dialog',
  })
  return answer ?? 'cancel'
}
