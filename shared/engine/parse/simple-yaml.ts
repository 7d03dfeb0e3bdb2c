// A fast reader for the frontmatter most files have: `key: value` lines with plain, quoted or
// `[a, b]` values, block lists of such values, and one level of nested `key: value` maps (as
// OpenCode writes `tools:` and `permission:`). It answers only when the text is inside that
// subset, where its result equals the strict YAML reader's (checked by a property test);
// otherwise it returns null and the full YAML parser reads the text. `yaml` is several times
// slower than the rest of parsing put together, and most files need none of its power.

import type { FrontmatterValue } from '../model'

type Scalar = string | number | boolean | null

/** The map of a simple frontmatter, or null when the text is outside the simple subset. */
export function readSimpleYaml(source: string): { [key: string]: FrontmatterValue } | null {
  if (HAS_CONTROL_CHARACTER.test(source) || LONE_CR.test(source)) return null
  // Keys and values in two arrays (a handful per block), turned into an object at the end:
  // a null-prototype dictionary and its copy cost more than the rest of the reading.
  const keys: string[] = []
  const seen = new Set<string>() // the same keys, for a duplicate check in constant time
  const values: FrontmatterValue[] = []
  // A `key:` line with nothing after it opens a block list or a nested map (or stays null).
  let openKey: string | null = null
  let list: Scalar[] | null = null
  let nested: Entries | null = null
  let indent = -1 // of the open block's items or keys, once the first is seen
  let start = 0
  const closeOpenKey = (): void => {
    if (openKey !== null) {
      keys.push(openKey)
      seen.add(openKey)
      values.push(list ?? (nested ? toObject(nested) : null))
    }
    openKey = null
    list = null
    nested = null
    indent = -1
  }
  while (start <= source.length) {
    let end = source.indexOf('\n', start)
    if (end === -1) end = source.length
    let line = source.slice(start, end)
    start = end + 1
    if (line.endsWith('\r')) line = line.slice(0, -1)
    if (trimSpaces(line).length === 0) {
      if (end === source.length) break
      continue
    }
    if (line[0] === '#') continue
    const item = listItem(line)
    if (item) {
      if (openKey === null || nested !== null || (indent !== -1 && item.indent !== indent)) return null
      indent = item.indent
      const value = scalar(item.value, false)
      if (value === undefined) return null
      list = list ?? []
      list.push(value)
      continue
    }
    if (line.charCodeAt(0) === 32) {
      // An indented `key: value` line: an entry of the open key's nested map.
      if (openKey === null || list !== null) return null
      let at = 1
      while (line.charCodeAt(at) === 32) at++
      if (indent !== -1 && at !== indent) return null
      indent = at
      nested = nested ?? { keys: [], seen: new Set<string>(), values: [] }
      const entry = keyValue(line.slice(at), nested.seen)
      if (entry === null || entry.value === NO_VALUE) return null // deeper nesting: the full reader
      nested.keys.push(entry.key)
      nested.seen.add(entry.key)
      nested.values.push(entry.value)
      continue
    }
    closeOpenKey()
    const entry = keyValue(line, seen)
    if (entry === null) return null
    if (entry.value === NO_VALUE) {
      openKey = entry.key
      continue
    }
    keys.push(entry.key)
    seen.add(entry.key)
    values.push(entry.value)
  }
  closeOpenKey()
  // An empty or comment-only block is `null` in YAML; leave that to the full reader.
  if (keys.length === 0) return null
  return toObject({ keys, seen, values })
}

interface Entries {
  readonly keys: string[]
  readonly seen: Set<string>
  readonly values: FrontmatterValue[]
}

function toObject(entries: Entries): { [key: string]: FrontmatterValue } {
  const map: { [key: string]: FrontmatterValue } = {}
  for (let i = 0; i < entries.keys.length; i++) map[entries.keys[i]!] = entries.values[i]!
  return map
}

/** Marks a `key:` line with nothing after it. */
const NO_VALUE = Symbol('no value')

/** A `key: value` line (no indent) with a simple key not in `seen`, or null when it is not one. */
function keyValue(line: string, seen: ReadonlySet<string>): { key: string; value: FrontmatterValue | typeof NO_VALUE } | null {
  const colon = keyEnd(line)
  if (colon === -1) return null
  const key = line.slice(0, colon)
  if (seen.has(key) || key === '__proto__' || (key.length <= 5 && RESERVED_KEYS.has(key.toLowerCase()))) return null
  const rest = trimSpaces(line.slice(colon + 1))
  if (rest.length === 0) return { key, value: NO_VALUE }
  if (line[colon + 1] !== ' ') return null
  const value = rest.startsWith('[') ? flowList(rest) : scalar(rest, false)
  return value === undefined ? null : { key, value }
}

/** Keys YAML 1.1 readers take for booleans or null: left to the full reader. */
const RESERVED_KEYS: ReadonlySet<string> = new Set(['true', 'false', 'null', 'y', 'n', 'yes', 'no', 'on', 'off'])

// Characters the simple subset leaves to the full reader (YAML gives them meaning or rejects
// them): controls but line feeds (tab included), DEL, C1 controls, BOM, any surrogate, line and
// paragraph separators; and a carriage return that does not end a line. One native scan of the
// whole block, not a loop per line.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const HAS_CONTROL_CHARACTER = /[\x00-\x09\x0b\x0c\x0e-\x1f\x7f-\x9f\ufeff\ud800-\udfff\u2028\u2029]/
const LONE_CR = /\r(?!\n)/

/** Index of the `:` ending a simple key (`[A-Za-z_][A-Za-z0-9_-]*`), or -1. */
function keyEnd(line: string): number {
  const first = line.charCodeAt(0)
  if (!isLetter(first) && first !== 95) return -1
  for (let i = 1; i < line.length; i++) {
    const c = line.charCodeAt(i)
    if (c === 58) return i
    if (!isLetter(c) && !(c >= 48 && c <= 57) && c !== 95 && c !== 45) return -1
  }
  return -1
}

function listItem(line: string): { indent: number; value: string } | null {
  let i = 0
  while (line[i] === ' ') i++
  if (line[i] !== '-' || line[i + 1] !== ' ') return null
  return { indent: i, value: trimSpaces(line.slice(i + 2)) }
}

function flowList(text: string): Scalar[] | undefined {
  if (!text.endsWith(']')) return undefined
  const inner = trimSpaces(text.slice(1, -1))
  if (inner.length === 0) return []
  const items: Scalar[] = []
  for (const part of inner.split(',')) {
    const value = scalar(trimSpaces(part), true)
    if (value === undefined) return undefined
    items.push(value)
  }
  return items
}

/** The value of a simple scalar, or undefined when it is not one. */
function scalar(text: string, inFlow: boolean): Scalar | undefined {
  if (text.length === 0) return undefined
  const first = text[0]!
  if (first === '"') {
    const inner = text.slice(1, -1)
    if (text.length < 2 || !text.endsWith('"') || (inFlow && /[,[\]{}]/.test(inner))) return undefined
    return doubleQuoted(inner)
  }
  if (first === "'") {
    const inner = text.slice(1, -1)
    if (text.length < 2 || !text.endsWith("'") || inner.replace(/''/g, '').includes("'") || (inFlow && /[,[\]{}]/.test(inner))) return undefined
    return inner.replace(/''/g, "'")
  }
  if (/^[0-9]{1,15}$/.test(text)) return Number(text)
  if (/^[0-9]{1,15}\.[0-9]{1,15}$/.test(text)) return Number(text)
  if (!isLetter(text.charCodeAt(0))) return undefined
  if (text.includes(': ') || text.endsWith(':') || text.includes(' #')) return undefined // (tabs never get here)
  if (inFlow && /[[\]{},]/.test(text)) return undefined
  switch (text) {
    case 'true': case 'True': case 'TRUE': return true
    case 'false': case 'False': case 'FALSE': return false
    case 'null': case 'Null': case 'NULL': return null
    default: return text
  }
}

/** A double-quoted body whose escapes are only `\\`, `\"`, `\n`, `\t` (same meaning in YAML and JSON).
 *  Native searches from one backslash to the next: descriptions run to several KB. */
function doubleQuoted(inner: string): string | undefined {
  let quote = inner.indexOf('"')
  let backslash = inner.indexOf('\\')
  if (backslash === -1) return quote === -1 ? inner : undefined
  while (backslash !== -1) {
    if (quote !== -1 && quote < backslash) return undefined // an unescaped `"`
    const next = inner.charCodeAt(backslash + 1)
    if (next !== 92 && next !== 34 && next !== 110 && next !== 116) return undefined
    if (quote === backslash + 1) quote = inner.indexOf('"', backslash + 2)
    backslash = inner.indexOf('\\', backslash + 2)
  }
  return quote === -1 ? (JSON.parse(`"${inner}"`) as string) : undefined
}

/** Removes spaces at both ends; only spaces: YAML's white space is space and tab (tabs never get
 *  here), and `trim()` would also eat characters YAML keeps, such as U+00A0. */
function trimSpaces(text: string): string {
  let start = 0
  let end = text.length
  while (start < end && text.charCodeAt(start) === 32) start++
  while (end > start && text.charCodeAt(end - 1) === 32) end--
  return start === 0 && end === text.length ? text : text.slice(start, end)
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
}
