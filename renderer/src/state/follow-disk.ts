// The sidebar follows the disk: when the host reports agent files added, changed or removed in
// the opened folders, the listing and the groups are made again in the background, once the
// changes pause (a checkout or a sync touches many files at once). Files whose text did not
// change keep their parsed document, so a re-list costs a scan and a grouping, not a re-parse.
// The open merge hears about its own sources separately (persistence/source-watch.ts).
import type { StoreApi, UseBoundStore } from 'zustand'
import type { HostApi } from '../../../shared/host-api'
import type { AppState } from './store'

type Store = UseBoundStore<StoreApi<AppState>>

/** After the host's own debounce: a burst of events re-lists once. */
export const FOLLOW_DISK_DELAY_MS = 300

export function startFollowingDisk(store: Pick<Store, 'getState'>, host: Pick<HostApi, 'onEvent'>, delayMs = FOLLOW_DISK_DELAY_MS): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null
  let running = false
  let again = false
  let stopped = false

  const schedule = (): void => {
    if (stopped) return
    if (running) {
      again = true // changes during a re-list: one more when it ends
      return
    }
    if (timer !== null) clearTimeout(timer)
    timer = setTimeout(() => void run(), delayMs)
  }

  async function run(): Promise<void> {
    timer = null
    running = true
    const done = await store.getState().refreshListing().finally(() => {
      running = false
    })
    // Not run (an open or a Rescan was under way: its listing may predate the change), or more
    // changes came meanwhile: once more after a pause.
    if (!done || again) {
      again = false
      schedule()
    }
  }

  const stopEvents = host.onEvent((event) => {
    if (event.kind === 'files-changed') schedule()
  })
  return () => {
    stopped = true
    if (timer !== null) clearTimeout(timer)
    stopEvents()
  }
}
