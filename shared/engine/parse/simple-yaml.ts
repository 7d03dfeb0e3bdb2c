// A fast reader for the frontmatter most files have: `key: value` lines with plain, quoted,
// `[a, b]` or `{k: v}` values, block lists of scalars, and block maps nested to any depth
// (OpenCode's `tools:` and `permission:`, Copilot's `mcp-servers:`). It answers only when the
// text is inside that subset, where its result equals the strict YAML reader's (checked by
// property tests); otherwise it returns null and the full YAML parser reads the text. `yaml` is
// several times slower than the rest of parsing put together, and most files need none of its power.

import type { FrontmatterValue } from '../model'

type Scalar = string | number | boolean | null
type YamlMap = { [key: string]: FrontmatterValue }

/** A block map being read: its keys' column, and its keys and values in source order (arrays
 *  rather than an object: most blocks have one level, whose keys the caller wants in order
 *  anyway, and looking keys up in objects of ever-changing shapes cost more than the reading). */
interface Level {
  readonly indent: number
  readonly keys: string[]
  readonly values: FrontmatterValue[]
  /** Where this map goes in its parent's values once complete (-1 for the top level). */
  readonly slot: number
}

/** The top-level keys of a simple frontmatter and their values, in source order. */
export interface SimpleBlock {
  readonly keys: readonly string[]
  readonly values: readonly FrontmatterValue[]
}

/** The map of a simple frontmatter, or null when the text is outside the simple subset. */
export function readSimpleYaml(source: string): YamlMap | null {
  const block = readSimpleBlock(source)
  return block === null ? null : toMap(block.keys, block.values)
}

/** readSimpleYaml's answer as the top-level keys and values, or null. */
export function readSimpleBlock(source: string): SimpleBlock | null {
  if (HAS_CONTROL_CHARACTER.test(source) || (source.indexOf('\r') !== -1 && LONE_CR.test(source))) return null // (most blocks have no `\r`: a native search skips the regex)
  // A nested map or list takes its place in its parent when its key is read; a map is made an
  // object (keys in source order, as yaml's toJS() builds them) once its last line is read.
  const levels: Level[] = [{ indent: 0, keys: [], values: [], slot: -1 }] // outermost first
  // The innermost map's last key when it had nothing after its `:` and nothing under it yet:
  // the next line opens a nested map or a block list under it, or it stays null.
  let openKey = false
  let list: Scalar[] | null = null // the block list being read as that key's value
  let listIndent = -1
  let empty = true
  let start = 0
  while (start <= source.length) {
    let end = source.indexOf('\n', start)
    if (end === -1) end = source.length
    let line = source.slice(start, end)
    start = end + 1
    if (line.endsWith('\r')) line = line.slice(0, -1)
    let at = 0
    while (at < line.length && line.charCodeAt(at) === 32) at++ // (no read past the end: V8 drops optimised code that does one)
    if (at === line.length || line.charCodeAt(0) === 35) continue // blank, or a comment at column 0
    let level = levels[levels.length - 1]!
    if (line.charCodeAt(at) === 45 && line.charCodeAt(at + 1) === 32) {
      // `- item`: the next item of the list, or the first under the open key (at its column or deeper).
      if (list !== null ? at !== listIndent : !openKey || at < level.indent) return null
      const value = scalar(trimSpaces(line, at + 2), false)
      if (value === undefined) return null
      if (list === null) {
        level.values[level.values.length - 1] = list = []
        listIndent = at
        openKey = false
      }
      list.push(value)
      continue
    }
    if (openKey && at > level.indent) {
      // The first key of the open key's nested map, which sets the column of its keys.
      level = { indent: at, keys: [], values: [], slot: level.values.length - 1 }
      levels.push(level)
    } else {
      // A key of this map or of an outer one: the maps deeper than its column are complete.
      while (level.indent > at) {
        closeLevel(levels)
        level = levels[levels.length - 1]!
      }
      if (level.indent !== at) return null
    }
    openKey = false
    list = null
    empty = false
    const colon = keyEnd(line, at)
    if (colon === -1) return null
    const key = line.slice(at, colon)
    if (!isNewKey(key, level.keys)) return null
    const rest = trimSpaces(line, colon + 1)
    if (rest.length === 0) {
      level.keys.push(key)
      level.values.push(null)
      openKey = true
      continue
    }
    if (line.charCodeAt(colon + 1) !== 32) return null
    const value = rest.charCodeAt(0) === 91 ? flowList(rest) : rest.charCodeAt(0) === 123 ? flowMap(rest) : scalar(rest, false)
    if (value === undefined) return null
    level.keys.push(key)
    level.values.push(value)
  }
  while (levels.length > 1) closeLevel(levels)
  // An empty or comment-only block is `null` in YAML; leave that to the full reader.
  return empty ? null : levels[0]!
}

/** The innermost map, complete: made an object in its place among its parent's values. (A
 *  function of its own, not a closure over `levels`: a closure made each call, and the
 *  variables it shares, cost every block read, nested or not.) */
function closeLevel(levels: Level[]): void {
  const done = levels.pop()!
  levels[levels.length - 1]!.values[done.slot] = toMap(done.keys, done.values)
}

/** A plain object with the keys in order (none is `__proto__`: isNewKey refused it). */
function toMap(keys: readonly string[], values: readonly FrontmatterValue[]): YamlMap {
  const map: YamlMap = {}
  for (let i = 0; i < keys.length; i++) map[keys[i]!] = values[i]!
  return map
}

/** Whether `key` may be added to a map with these `keys`: not one of them, and nothing YAML or
 *  JS treat specially. A handful of keys are searched (faster than a hash); past that a set
 *  follows the list (each key was new when pushed, so the set only has to catch up), or 100,000
 *  keys cost 5 billion comparisons. */
function isNewKey(key: string, keys: readonly string[]): boolean {
  return !hasKey(keys, key) && key !== '__proto__' && !isReservedKey(key)
}

const SEARCHED_KEYS = 32
const keySets = new WeakMap<readonly string[], Set<string>>()

function hasKey(keys: readonly string[], key: string): boolean {
  if (keys.length < SEARCHED_KEYS) return keys.includes(key)
  let set = keySets.get(keys)
  if (set === undefined) keySets.set(keys, (set = new Set()))
  for (let i = set.size; i < keys.length; i++) set.add(keys[i]!)
  return set.has(key)
}

/** Keys YAML 1.1 readers take for booleans or null (`true`, `false`, `null`, `y`, `n`, `yes`,
 *  `no`, `on`, `off` in any case): left to the full reader. Keys here are ASCII letters, digits
 *  and `_-. /`, where ignoring case is plain ASCII case. One native match per key. */
const RESERVED_KEY = /^(?:[yn]|no|on|yes|off|true|null|false)$/i

function isReservedKey(key: string): boolean {
  return key.length <= 5 && RESERVED_KEY.test(key)
}

// Characters the simple subset leaves to the full reader (YAML gives them meaning or rejects
// them): controls but line feeds (tab included), DEL, C1 controls, BOM, any surrogate, line and
// paragraph separators; and a carriage return that does not end a line. One native scan of the
// whole block, not a loop per line.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const HAS_CONTROL_CHARACTER = /[\x00-\x09\x0b\x0c\x0e-\x1f\x7f-\x9f\ufeff\ud800-\udfff\u2028\u2029]/
const LONE_CR = /\r(?!\n)/

/** A simple key and its `:`, at most 999 characters before it (YAML refuses implicit keys over
 *  1024 characters: long ones are left to it). One native match: a loop over the key's
 *  characters ran unoptimised for most of a folder scan (see compiler-flags.ts). */
const SIMPLE_KEY = /[A-Za-z_][A-Za-z0-9_-]{0,998}:/y

/** Index of the `:` ending a simple key (`[A-Za-z_][A-Za-z0-9_-]*`) that starts at `from`, or -1. */
function keyEnd(line: string, from: number): number {
  SIMPLE_KEY.lastIndex = from
  return SIMPLE_KEY.test(line) ? SIMPLE_KEY.lastIndex - 1 : -1
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

/** `{}` or `{k: v, "k": v}` on one line: simple or plainly quoted keys, each once, followed by
 *  `: ` and a flow scalar. YAML also takes `{a:b}` (the key `a:b`), `{a b: c}`, a trailing comma,
 *  nested collections: all left to it. */
function flowMap(text: string): YamlMap | undefined {
  if (!text.endsWith('}')) return undefined
  const keys: string[] = []
  const values: Scalar[] = []
  const inner = trimSpaces(text.slice(1, -1))
  if (inner.length === 0) return {}
  for (const part of inner.split(',')) {
    const entry = trimSpaces(part)
    const colon = flowKeyEnd(entry)
    if (colon === -1 || entry.charCodeAt(colon + 1) !== 32) return undefined
    const quoted = entry.charCodeAt(0) === 34 || entry.charCodeAt(0) === 39
    const key = quoted ? entry.slice(1, colon - 1) : entry.slice(0, colon)
    if (!isNewKey(key, keys)) return undefined
    const value = scalar(trimSpaces(entry, colon + 2), true)
    if (value === undefined) return undefined
    keys.push(key)
    values.push(value)
  }
  return toMap(keys, values)
}

/** Index of the `:` after a flow map's key: a simple key, or one quoted with `"` or `'` whose
 *  text is a simple key possibly with spaces, dots and slashes (nothing to escape or unfold); or -1. */
function flowKeyEnd(entry: string): number {
  const quote = entry.charCodeAt(0)
  if (quote !== 34 && quote !== 39) return keyEnd(entry, 0)
  const first = entry.charCodeAt(1)
  if (!isLetter(first) && first !== 95) return -1
  const last = Math.min(entry.length, 1000)
  for (let i = 2; i < last; i++) {
    const c = entry.charCodeAt(i)
    if (c === quote) return entry.charCodeAt(i + 1) === 58 ? i + 1 : -1
    if (!isLetter(c) && !(c >= 48 && c <= 57) && c !== 95 && c !== 45 && c !== 32 && c !== 46 && c !== 47) return -1
  }
  return -1
}

/** The value of a simple scalar, or undefined when it is not one. */
function scalar(text: string, inFlow: boolean): Scalar | undefined {
  if (text.length === 0) return undefined
  const first = text[0]!
  if (first === '"') {
    const inner = text.slice(1, -1)
    if (text.length < 2 || !text.endsWith('"') || (inFlow && /[,[\]{}]/.test(inner))) return undefined
    return doubleQuoted(inner, text)
  }
  if (first === "'") {
    const inner = text.slice(1, -1)
    if (text.length < 2 || !text.endsWith("'") || inner.replace(/''/g, '').includes("'") || (inFlow && /[,[\]{}]/.test(inner))) return undefined
    return inner.replace(/''/g, "'")
  }
  const c = text.charCodeAt(0)
  if (c >= 48 && c <= 57) return /^[0-9]{1,15}(?:\.[0-9]{1,15})?$/.test(text) ? Number(text) : undefined
  if (!isLetter(c)) return undefined
  if (text.includes(': ') || text.endsWith(':') || holdsSpaceHash(text)) return undefined // (tabs never get here)
  if (inFlow && /[[\]{},]/.test(text)) return undefined
  switch (text) {
    case 'true': case 'True': case 'TRUE': return true
    case 'false': case 'False': case 'FALSE': return false
    case 'null': case 'Null': case 'NULL': return null
    default: return text
  }
}

/** Whether `text` holds ` #` (a comment in a plain scalar): a search for the rare `#`, not for
 *  the space that comes every few characters of prose. */
function holdsSpaceHash(text: string): boolean {
  for (let i = text.indexOf('#', 1); i !== -1; i = text.indexOf('#', i + 1)) if (text.charCodeAt(i - 1) === 32) return true
  return false
}

/** A double-quoted body whose escapes are only `\\`, `\"`, `\n`, `\t` (same meaning in YAML and JSON).
 *  Native searches from one backslash to the next: descriptions run to several KB. `quoted` is
 *  the same body with its quotes, which JSON reads as it is (no copy with quotes added). */
function doubleQuoted(inner: string, quoted: string): string | undefined {
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
  return quote === -1 ? (JSON.parse(quoted) as string) : undefined
}

/** `text` from `from` on, without spaces at both ends; only spaces: YAML's white space is space
 *  and tab (tabs never get here), and `trim()` would also eat characters YAML keeps, such as U+00A0. */
function trimSpaces(text: string, from = 0): string {
  let start = from
  let end = text.length
  while (start < end && text.charCodeAt(start) === 32) start++
  while (end > start && text.charCodeAt(end - 1) === 32) end--
  return start === 0 && end === text.length ? text : text.slice(start, end)
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
}
