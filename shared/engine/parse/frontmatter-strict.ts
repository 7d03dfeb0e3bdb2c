// Strict reading: the whole block through the strict YAML reader; each entry then gets its
// value from the parsed map and keeps its exact source text.

import type { FrontmatterEntry, FrontmatterValue } from '../model'
import type { EntrySpan } from './frontmatter-entries'
import { hasOwn, isPlainObject, sameValue, strictValueOfEntry } from './frontmatter-values'
import type { YamlProblem } from './strict-yaml'
import { readSimpleBlock } from './simple-yaml'
import { readStrictYamlFull } from './strict-yaml'

export type StrictEntriesResult =
  | {
      readonly ok: true
      readonly entries: readonly FrontmatterEntry[]
      readonly isMap: boolean
      /** Keys YAML reads that are not written as column-0 `key:` lines (flow maps, `? key`). */
      readonly unlistedKeys: readonly string[]
    }
  | { readonly ok: false; readonly problems: readonly YamlProblem[] }

/** The entries when the block is in the simple subset readSimpleYaml answers for (most files),
 *  or null. There every entry is its own strict YAML with the value the map holds (the subset
 *  has no anchors or aliases), so no entry needs a second look. */
export function readSimpleEntries(text: string, source: string, spans: readonly EntrySpan[]): StrictEntriesResult | null {
  const block = readSimpleBlock(source)
  if (block === null) return null
  const { keys, values } = block
  // The usual case: the key lines are the block's keys, in the same order (no lookups by key).
  // (Loops, not `every` and `map` with closures: this runs for most files a folder holds.)
  const sameKeys = keys.length === spans.length && sameKeysInOrder(keys, spans)
  const entries: FrontmatterEntry[] = []
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i]!
    const at = sameKeys ? i : keys.indexOf(span.key)
    entries.push({ key: span.key, raw: text.slice(span.start, span.end), value: at === -1 ? null : values[at]!, line: span.keyLine + 1, strictValid: true })
  }
  return { ok: true, entries, isMap: true, unlistedKeys: sameKeys ? [] : unlisted(keys, spans) }
}

export function readStrictEntries(text: string, source: string, spans: readonly EntrySpan[]): StrictEntriesResult {
  const result = readStrictYamlFull(source) // the caller tried the simple reader first
  if (!result.ok) return result
  const map = result.value
  if (map !== null && !isPlainObject(map)) return { ok: true, entries: [], isMap: false, unlistedKeys: [] }
  // Only anchors and aliases make an entry depend on the others, and a block YAML accepts has
  // aliases only if it has anchors: without any `&`, no entry needs a second parse.
  const mayHaveAnchors = source.includes('&')
  const entries = spans.map((span): FrontmatterEntry => {
    const raw = text.slice(span.start, span.end)
    const fromMap: FrontmatterValue | undefined = map !== null && hasOwn(map, span.key) ? map[span.key] : undefined
    if (fromMap !== undefined && (!mayHaveAnchors || (!raw.includes('&') && !raw.includes('*')))) {
      return { key: span.key, raw, value: fromMap, line: span.keyLine + 1, strictValid: true }
    }
    const alone = strictValueOfEntry(raw, span.key)
    const value = fromMap !== undefined ? fromMap : (alone ?? null)
    return { key: span.key, raw, value, line: span.keyLine + 1, strictValid: alone !== undefined && sameValue(alone, value) }
  })
  return { ok: true, entries, isMap: true, unlistedKeys: map === null ? [] : unlistedKeys(map, spans) }
}

function unlistedKeys(map: { readonly [key: string]: FrontmatterValue }, spans: readonly EntrySpan[]): string[] {
  const keys = Object.keys(map)
  if (keys.length === spans.length && sameKeysInOrder(keys, spans)) return [] // the usual case, no Set
  return unlisted(keys, spans)
}

/** Whether the spans' keys are `keys` (as many), in the same order. */
function sameKeysInOrder(keys: readonly string[], spans: readonly EntrySpan[]): boolean {
  for (let i = 0; i < spans.length; i++) if (spans[i]!.key !== keys[i]) return false
  return true
}

/** The keys no key line stands for. */
function unlisted(keys: readonly string[], spans: readonly EntrySpan[]): string[] {
  const listed = new Set(spans.map((span) => span.key))
  return keys.filter((key) => !listed.has(key))
}
