// Before a save: are the texts the merge was built from still what is on disk? The banner only
// knows what the watcher reported (and a watcher can miss a change or be late), so the save asks
// the host itself: one readFiles call for the merge's sources (at most 20), hashes compared.
import type { HostApi } from '../../../shared/host-api'
import type { Asker } from '../dialogs/asker'
import { someVariantsName } from '../app/variant-name'

export interface SourcesOnDisk {
  /** Sources whose text on disk differs from the text the merge read (or that cannot be read now). */
  readonly changed: readonly string[]
  /** Sources that are gone (deleted or moved): nothing to reload from, the merge keeps its text. */
  readonly removed: readonly string[]
}

export async function sourcesOnDisk(host: Pick<HostApi, 'readFiles'>, files: readonly { readonly path: string; readonly hash: string }[]): Promise<SourcesOnDisk> {
  const results = await host.readFiles(files.map((f) => f.path))
  const changed: string[] = []
  const removed: string[] = []
  files.forEach((file, i) => {
    const result = results[i]
    if (result?.ok) {
      if (result.file.hash !== file.hash) changed.push(file.path)
    } else if (result?.error.code === 'not-found') removed.push(file.path)
    else changed.push(file.path)
  })
  return { changed, removed }
}

/** The title (and the one path, when one) of a dialog about variants changed on disk: the same
 *  words before a save and before a library merge. */
export function changedOnDiskHeading(paths: readonly string[], changed: readonly string[]): { readonly title: string; readonly path?: string } {
  const one = changed.length === 1
  const title = `${someVariantsName(paths, changed)} changed on disk since you opened ${one ? 'it' : 'them'}`
  return one ? { title, path: changed[0]! } : { title }
}

export type StaleAnswer = 'reload' | 'save' | 'cancel'

/** "Variant 2 (…/collection-b) changed on disk": Reload first (the default), Save anyway, Cancel. */
export async function askAboutStaleSources(ask: Asker, sourcePaths: readonly string[], changed: readonly string[]): Promise<StaleAnswer> {
  const answer = await ask.choose<StaleAnswer>({
    ...changedOnDiskHeading(sourcePaths, changed),
    message:
      'The merged text shown is built from the text Agent Merge read before, so saving now leaves those changes out. ' +
      'Reload first to merge the text on disk now (your picks are kept; rows whose text changed are marked for review), or save the merged text as it is.',
    choices: [
      { value: 'cancel', label: 'Cancel' },
      { value: 'save', label: 'Save anyway' },
      { value: 'reload', label: 'Reload first', tone: 'primary' },
    ],
    testId: 'stale-save-dialog',
  })
  return answer ?? 'cancel'
}
