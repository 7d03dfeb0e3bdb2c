// Paths opened from outside the window (a second launch's command line, macOS open-file, Open
// Recent) arrive at any time: before the host service exists they wait and join the initial
// paths; after, the ones that arrive together (Finder sends one open-file per selected file) are
// opened in one call, so one rescan and one Open Recent entry.

export interface OutsideOpens {
  /** Open these paths now or as soon as the app can. */
  request(paths: readonly string[]): void
  /** What arrived before start (for the service's initial paths); empties the queue. */
  takePending(): string[]
  /** From now on, requests go to `open`, coalesced per scheduled tick. */
  start(open: (paths: readonly string[]) => void): void
}

export function createOutsideOpens(schedule: (flush: () => void) => void = (flush) => void setTimeout(flush, 50)): OutsideOpens {
  let pending: string[] = []
  let open: ((paths: readonly string[]) => void) | null = null
  let scheduled = false

  const flush = (): void => {
    scheduled = false
    const paths = pending
    pending = []
    if (open && paths.length > 0) open(paths)
  }

  return {
    request(paths) {
      for (const path of paths) if (!pending.includes(path)) pending.push(path)
      if (open && !scheduled && pending.length > 0) {
        scheduled = true
        schedule(flush)
      }
    },
    takePending() {
      const paths = pending
      pending = []
      return paths
    },
    start(next) {
      open = next
      if (pending.length > 0 && !scheduled) {
        scheduled = true
        schedule(flush)
      }
    },
  }
}
