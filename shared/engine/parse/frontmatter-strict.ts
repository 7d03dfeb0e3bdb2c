// Strict reading: the whole block through the strict YAML reader; each entry then gets its
// value from the parsed map and keeps its exact source text.

import type { FrontmatterEntry, FrontmatterValue } from '../model'
import type { EntrySpan } from './frontmatter-entries'
import { hasOwn, isPlainObject, sameValue, strictValueOfEntry } from './frontmatter-values'
import type { YamlProblem } from './strict-yaml'
import { readStrictYaml } from './strict-yaml'

export type StrictEntriesResult =
  | {
      readonly ok: true
      readonly entries: readonly FrontmatterEntry[]
      readonly isMap: boolean
      /** Keys YAML reads that are not written as column-0 `key:` lines (flow maps, `? key`). */
      readonly unlistedKeys: readonly string[]
    }
  | { readonly ok: false; readonly problems: readonly YamlProblem[] }

export function readStrictEntries(text: string, source: string, spans: readonly EntrySpan[]): StrictEntriesResult {
  const result = readStrictYaml(source)
  if (!result.ok) return result
  const map = result.value
  if (map !== null && !isPlainObject(map)) return { ok: true, entries: [], isMap: false, unlistedKeys: [] }
  const entries = spans.map((span): FrontmatterEntry => {
    const raw = text.slice(span.start, span.end)
    const fromMap: FrontmatterValue | undefined = map !== null && hasOwn(map, span.key) ? map[span.key] : undefined
    // Only anchors and aliases make an entry depend on the others; skip the second parse otherwise.
    if (fromMap !== undefined && !raw.includes('&') && !raw.includes('*')) {
      return { key: span.key, raw, value: fromMap, line: span.keyLine + 1, strictValid: true }
    }
    const alone = strictValueOfEntry(raw, span.key)
    const value = fromMap !== undefined ? fromMap : (alone ?? null)
    return { key: span.key, raw, value, line: span.keyLine + 1, strictValid: alone !== undefined && sameValue(alone, value) }
  })
  const listed = new Set(spans.map((span) => span.key))
  const unlistedKeys = map === null ? [] : Object.keys(map).filter((key) => !listed.has(key))
  return { ok: true, entries, isMap: true, unlistedKeys }
}
