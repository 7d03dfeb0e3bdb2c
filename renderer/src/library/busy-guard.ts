// While a library step is under way (written, the folder read again, decisions loaded), its
// buttons are disabled; its keys say so instead of doing nothing, or starting a second step on
// top of the first. The queue's "3 of 5 resolved" shows as soon as the files are written, a
// moment before the step ends: a key pressed then was dropped without a word.
import type { Get } from './resolution-step'

/** True (and a note shown) when a step is under way: the caller does nothing. */
export function refuseWhileBusy(get: Get, key: string): boolean {
  const busy = get().libraryProgress
  if (busy === null) return false
  get().showToast({ kind: 'info', message: `Still working (${busy.label}): press ${key} again when it is done.` })
  return true
}
