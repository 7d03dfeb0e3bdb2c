import { sha256Hex } from '../../../shared/engine/hash'

/** A stable id for a set of source paths (order-insensitive): names the draft of that merge. */
export function groupIdOf(paths: readonly string[]): string {
  return `g-${sha256Hex([...paths].sort().join('\n')).slice(0, 16)}`
}
