// What a toast says when a resolution step was refused: the reason once, paths relative to the
// opened folder, and what happens next (the host says "nothing was changed" itself, and its
// message already names the file).
import type { HostError } from '../../../shared/host-api'

const NOTHING_CHANGED = /;?\s*(nothing was changed|nothing was archived or written)\.?$/i

/** A file of the step changed on disk or went away: reading the folder again is the way on. */
export function isStaleFailure(error: HostError): boolean {
  return error.code === 'changed-on-disk' || error.code === 'not-found'
}

export function stepFailureText(label: string, error: HostError, folder: string | null): string {
  let reason = error.message.replace(NOTHING_CHANGED, '')
  if (error.path && !reason.includes(error.path)) reason = `${error.path}: ${reason}`
  if (folder !== null) reason = reason.split(`${folder}/`).join('')
  const next = isStaleFailure(error) ? ' The folder was read again: check the group, then resolve it again.' : ''
  return `Not done (${label}): ${reason}; nothing was changed.${next}`
}
