// A fast reader for the frontmatter most files have: `key: value` lines with plain, quoted or
// `[a, b]` values and block lists of such values. It answers only when the text is inside that
// subset, where its result equals the strict YAML reader's (checked by a property test);
// otherwise it returns null and the full YAML parser reads the text. `yaml` is several times
// slower than the rest of parsing put together, and most files need none of its power.

import type { FrontmatterValue } from '../model'

type Scalar = string | number | boolean | null

/** The map of a simple frontmatter, or null when the text is outside the simple subset. */
export function readSimpleYaml(source: string): { [key: string]: FrontmatterValue } | null {
  const map: { [key: string]: FrontmatterValue } = Object.create(null) as { [key: string]: FrontmatterValue }
  let listKey: string | null = null
  let list: Scalar[] | null = null
  let listIndent = -1
  let start = 0
  const finishList = (): void => {
    if (listKey !== null) map[listKey] = list ?? null
    listKey = null
    list = null
    listIndent = -1
  }
  while (start <= source.length) {
    let end = source.indexOf('\n', start)
    if (end === -1) end = source.length
    let line = source.slice(start, end)
    start = end + 1
    if (line.endsWith('\r')) line = line.slice(0, -1)
    if (hasControlCharacter(line)) return null
    const trimmed = line.trim()
    if (trimmed.length === 0) {
      if (end === source.length) break
      continue
    }
    if (line[0] === '#') continue
    const item = listItem(line)
    if (item) {
      if (listKey === null || (listIndent !== -1 && item.indent !== listIndent)) return null
      listIndent = item.indent
      const value = scalar(item.value, false)
      if (value === undefined) return null
      list = list ?? []
      list.push(value)
      continue
    }
    finishList()
    const colon = keyEnd(line)
    if (colon === -1) return null
    const key = line.slice(0, colon)
    if (key in map || key === '__proto__' || /^(?:true|false|null|y|n|yes|no|on|off)$/i.test(key)) return null
    const rest = line.slice(colon + 1).trim()
    if (rest.length === 0) {
      listKey = key
      continue
    }
    if (line[colon + 1] !== ' ') return null
    const value = rest.startsWith('[') ? flowList(rest) : scalar(rest, false)
    if (value === undefined) return null
    map[key] = value
  }
  finishList()
  // An empty or comment-only block is `null` in YAML; leave that to the full reader.
  return Object.keys(map).length === 0 ? null : { ...map }
}

function hasControlCharacter(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i)
    if (c < 0x20 || c === 0x7f || c === 0xfeff || (c >= 0x80 && c <= 0x9f) || (c >= 0xd800 && c <= 0xdfff) || c === 0x2028 || c === 0x2029) return true
  }
  return false
}

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
  return { indent: i, value: line.slice(i + 2).trim() }
}

function flowList(text: string): Scalar[] | undefined {
  if (!text.endsWith(']')) return undefined
  const inner = text.slice(1, -1).trim()
  if (inner.length === 0) return []
  const items: Scalar[] = []
  for (const part of inner.split(',')) {
    const value = scalar(part.trim(), true)
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
  if (text.includes(': ') || text.endsWith(':') || text.includes(' #') || text.includes('\t')) return undefined
  if (inFlow && /[[\]{},]/.test(text)) return undefined
  switch (text) {
    case 'true': case 'True': case 'TRUE': return true
    case 'false': case 'False': case 'FALSE': return false
    case 'null': case 'Null': case 'NULL': return null
    default: return text
  }
}

/** A double-quoted body whose escapes are only `\\`, `\"`, `\n`, `\t` (same meaning in YAML and JSON). */
function doubleQuoted(inner: string): string | undefined {
  if (!inner.includes('\\')) return inner.includes('"') ? undefined : inner
  for (let i = 0; i < inner.length; i++) {
    const c = inner[i]
    if (c === '"') return undefined
    if (c !== '\\') continue
    const next = inner[i + 1]
    if (next !== '\\' && next !== '"' && next !== 'n' && next !== 't') return undefined
    i++
  }
  return JSON.parse(`"${inner}"`) as string
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122)
}
