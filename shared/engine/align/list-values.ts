// List-like frontmatter values: `tools: Read, Grep` (Claude Code comma string), `tools: [a, b]`
// or a block list (Copilot, Gemini), `tools: { write: true }` (OpenCode map of tool -> true).
// The same key has different shapes in different tools, so items are compared as strings.

import type { FrontmatterValue } from '../model'

/** Keys whose plain string value is a comma-separated list. */
export const COMMA_LIST_KEYS: ReadonlySet<string> = new Set([
  'tools',
  'globs',
  'skills',
  'allowed-tools',
  'allowedTools',
  'disallowed-tools',
  'disallowedTools',
  'tags',
])

export type ListStyle = 'comma' | 'block' | 'flow' | 'map'

export interface ListValue {
  readonly items: readonly string[]
  readonly style: ListStyle
  /** For comma strings: the separator as written (`, ` or `,`). */
  readonly separator: string
}

type Scalar = string | number | boolean

/** The items of a list-like value, or null when the value is not list-like. `raw` (the entry's
 *  source) tells a flow list `[a, b]` from a block list. */
export function listValue(key: string, value: FrontmatterValue, raw = ''): ListValue | null {
  if (typeof value === 'string') {
    if (!COMMA_LIST_KEYS.has(key)) return null
    const items = value.split(',').map((item) => item.trim()).filter((item) => item !== '')
    return { items: unique(items), style: 'comma', separator: /,[^\S\r\n]/.test(value) || !value.includes(',') ? ', ' : ',' }
  }
  if (Array.isArray(value)) {
    if (!value.every(isScalar)) return null
    const flow = /^[^:]*:\s*\[/.test(raw)
    return { items: unique(value.map((item) => String(item))), style: flow ? 'flow' : 'block', separator: ', ' }
  }
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, FrontmatterValue>)
    if (entries.length === 0 || !entries.every(([, enabled]) => enabled === true)) return null
    return { items: entries.map(([item]) => item), style: 'map', separator: ', ' }
  }
  return null
}

/** Items of several lists unioned without duplicates, first-seen order kept. */
export function unionItems(lists: readonly (readonly string[])[]): string[] {
  return unique(lists.flat())
}

/** A list value written in the given style (the style of the first picked variant). */
export function listInStyle(items: readonly string[], style: ListStyle, separator = ', '): FrontmatterValue {
  if (style === 'comma') return items.join(separator)
  if (style === 'map') return Object.fromEntries(items.map((item) => [item, true]))
  return [...items]
}

function unique(items: readonly string[]): string[] {
  return [...new Set(items)]
}

function isScalar(value: FrontmatterValue): value is Scalar {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
}
