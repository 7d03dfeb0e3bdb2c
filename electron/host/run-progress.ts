// How far a step that archives and writes has got: the archive's own steps (files moved,
// manifests written, folders removed), as the archive tells them, plus the step's own files.

/** Told how much of a step is done, of how much. */
export type RunProgress = (done: number, total: number) => void

/** `archiveTotal`: the archive's steps until it tells its own total; `ownTotal`: the files the
 *  step writes, puts aside or puts back itself (counted by `file`). */
export function runCounter(archiveTotal: number, ownTotal: number, progress: RunProgress | undefined) {
  let archived = 0
  let own = 0
  const report = (): void => progress?.(archived + own, archiveTotal + ownTotal)
  return {
    archive: (done: number, total: number): void => {
      archived = done
      archiveTotal = total
      report()
    },
    file: (): void => {
      own++
      report()
    },
  }
}
