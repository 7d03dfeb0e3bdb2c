// A folder step's progress as host events: every file of a 2,600-file step would be 2,600
// events down the bridge, so the count goes out at most every `intervalMs`, and always at the end.

import type { HostEvent } from '../../shared/host-api'
import type { RunProgress } from './run-progress'

export const STEP_PROGRESS_INTERVAL_MS = 250

export function stepProgressEvents(emit: (event: HostEvent) => void, now: () => number = () => performance.now(), intervalMs = STEP_PROGRESS_INTERVAL_MS): RunProgress {
  let last = -Infinity
  return (done, total) => {
    const at = now()
    if (done < total && at - last < intervalMs) return
    last = at
    emit({ kind: 'step-progress', done, total })
  }
}
