// Before "Merge as shown": are the group's variant files still on disk as they were read? One
// deleted or moved since cannot be moved to the archive, so the step would be refused on every
// try: the user is told which file went and chooses: merge without it (the merged text as shown,
// the others archived), save the merge elsewhere, or cancel. One changed since would be archived
// with text the user has not seen, left out of the merge: the user is told which and can only
// reload first or cancel. The merge in progress is kept whatever the answer.
import { plural } from '../../../shared/engine/consolidate/words'
import { someVariantsName } from '../app/variant-name'
import type { Asker } from '../dialogs/asker'
import { changedOnDiskHeading, sourcesOnDisk, type SourcesOnDisk } from '../result/stale-sources'
import { getServices } from '../state/services'
import type { MergeSession } from '../state/slices/merge-slice'
import type { Get } from './resolution-step'

/** The merge's sources changed or gone on disk, asked of the host (the watcher can be late), and
 *  shown in the banners. What the watcher said when the host does not answer. */
export async function variantsOnDisk(get: Get, merge: MergeSession): Promise<SourcesOnDisk> {
  let onDisk: SourcesOnDisk
  try {
    onDisk = await sourcesOnDisk(getServices().host, merge.files)
  } catch {
    const ofMerge = (p: string): boolean => merge.paths.includes(p)
    onDisk = { changed: get().staleSources.filter(ofMerge), removed: get().removedSources.filter(ofMerge) }
  }
  if (get().merge === merge) {
    if (onDisk.removed.length > 0) get().setRemovedSources([...new Set([...get().removedSources, ...onDisk.removed])])
    if (onDisk.changed.length > 0) get().setStaleSources([...new Set([...get().staleSources.filter((p) => !onDisk.removed.includes(p)), ...onDisk.changed])])
  }
  return onDisk
}

export type ChangedAnswer = 'reload' | 'cancel'

/** "Variant 2 (…) changed on disk": Reload (the default) or Cancel. Merging anyway is not offered:
 *  it would archive the file with text the user has not seen, and leave that text out. */
export async function askAboutChangedVariants(ask: Asker, paths: readonly string[], changed: readonly string[]): Promise<ChangedAnswer> {
  const one = changed.length === 1
  const answer = await ask.choose<ChangedAnswer>({
    ...changedOnDiskHeading(paths, changed),
    message:
      `Merge as shown moves every variant to the archive, and the merge shown leaves out what changed in ${one ? 'this file' : 'these files'}. ` +
      'Reload to merge the text on disk now: your picks are kept where their sections still exist, and rows whose text changed are marked for review. ' +
      'Nothing is merged or archived until you merge again. Cancel keeps your merge in progress as it is.',
    choices: [
      { value: 'cancel', label: 'Cancel' },
      { value: 'reload', label: 'Reload', tone: 'primary' },
    ],
    testId: 'changed-sources-dialog',
  })
  return answer ?? 'cancel'
}

export type GoneAnswer = 'merge' | 'save-as' | 'cancel'

export async function askAboutGoneVariants(ask: Asker, paths: readonly string[], gone: readonly string[]): Promise<GoneAnswer> {
  const one = gone.length === 1
  const which = someVariantsName(paths, gone)
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
