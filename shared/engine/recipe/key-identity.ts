// How a recipe recognises that a frontmatter value changed upstream: per variant, the SHA-256 of
// the key's value (as JSON; formatting and comments around it do not count).

import type { KeyRow } from '../alignment-model'
import { sha256Hex } from '../hash'
import type { AgentDocument, FrontmatterValue } from '../model'

export function valueHash(value: FrontmatterValue): string {
  return sha256Hex(JSON.stringify(value))
}

export function keyRowValueHashes(row: KeyRow): (string | null)[] {
  return row.cells.map((cell) => (cell === null ? null : valueHash(cell.value)))
}

/** A key pick's value hashes, as rowIdentity's section hashes: none with `hashes: false`. */
export function keyIdentity(row: KeyRow, hashes = true): { valueHashes?: (string | null)[] } {
  return hashes ? { valueHashes: keyRowValueHashes(row) } : {}
}

/** The value hash of the key in that document (its first entry, as the aligner takes it), null
 *  when the document has no such key. */
export function currentValueHash(doc: AgentDocument | undefined, key: string): string | null {
  const entry = doc?.frontmatter?.entries.find((e) => e.key === key)
  return entry ? valueHash(entry.value) : null
}
