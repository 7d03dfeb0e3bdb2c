// The two non-blocking notices of a merge: a restored draft (with Discard) and sources that
// changed on disk (with Reload).
import { memo } from 'react'
import { Banner } from '../dialogs/Banner'
import { discardDraft } from '../persistence/draft-sync'
import { reloadSources } from '../persistence/source-watch'
import { useAppStore } from '../state/store'
import { variantName } from '../app/variant-name'

function timeOf(ms: number): string {
  const d = new Date(ms)
  const today = new Date().toDateString() === d.toDateString()
  return today ? d.toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }) : d.toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' })
}

/** "Variant 2 (collection-b)": the files of a group often share one name. */
function nameOf(paths: readonly string[], path: string): string {
  return variantName(paths, paths.indexOf(path))
}

/** Memoised (no props): the result pane re-renders on every pick, and formatting the draft's time
 *  (ICU) each time cost a few ms of every pick. */
export const SessionBanners = memo(function SessionBanners() {
  const notice = useAppStore((s) => s.draftNotice)
  const mergeId = useAppStore((s) => s.merge?.id ?? null)
  const stale = useAppStore((s) => s.staleSources)
  const removed = useAppStore((s) => s.removedSources)
  const busy = useAppStore((s) => s.sessionBusy)
  const paths = useAppStore((s) => s.merge?.paths) ?? []
  const inLibrary = useAppStore((s) => s.libraryGroup !== null)
  return (
    <>
      {stale.length > 0 ? (
        <Banner
          tone="warning"
          testId="source-changed-banner"
          text={
            stale.length === 1
              ? `${nameOf(paths, stale[0]!)} changed on disk since you opened it.`
              : `${stale.length} variants changed on disk since you opened them.`
          }
          actions={[
            { label: busy === 'reloading' ? 'Reloading…' : 'Reload', primary: true, run: () => void reloadSources(useAppStore) },
            { label: 'Ignore', run: () => useAppStore.getState().setStaleSources([]) },
          ]}
        />
      ) : null}
      {removed.length > 0 ? (
        <Banner
          tone="warning"
          testId="source-removed-banner"
          text={`${removed.length === 1 ? nameOf(paths, removed[0]!) : `${removed.length} variants`} ${removed.length === 1 ? 'was' : 'were'} deleted or moved since you opened ${removed.length === 1 ? 'it' : 'them'}. The merge keeps the text it read; saving still works${inLibrary ? `, and Merge as shown can merge without ${removed.length === 1 ? 'it' : 'them'}` : ''}.`}
          actions={[{ label: 'Dismiss', run: () => useAppStore.getState().setRemovedSources([]) }]}
        />
      ) : null}
      {notice && notice.groupId === mergeId ? (
        <Banner
          tone="info"
          testId="draft-restored-banner"
          text={`Restored your merge in progress from ${timeOf(notice.updatedAt)}.`}
          actions={[
            { label: 'Discard', run: () => void discardDraft(useAppStore) },
            { label: 'Keep', primary: true, run: () => useAppStore.getState().setDraftNotice(null) },
          ]}
        />
      ) : null}
    </>
  )
})
