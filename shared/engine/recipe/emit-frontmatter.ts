// Writes frontmatter entries that strict YAML accepts and reads back as the same value.
// An entry whose source is already strict-valid is kept as written (comments, quoting, layout);
// any other is re-emitted from its value with the `yaml` package: `*` values quoted, long or
// multi-line strings as literal block scalars (literal `\n` pairs in a value stay as they are),
// except comma lists (`tools: Read, Grep`), which stay on one line.

import { Document, parseDocument, visit } from 'yaml'
import { COMMA_LIST_KEYS } from '../align/list-values'
import type { FrontmatterValue } from '../model'
import { keyForMessage, quoteYamlString } from '../parse/plain-scalar'

/** Strings longer than this, or with a line break, are written as block scalars. */
const BLOCK_SCALAR_FROM = 80

export interface EmitOptions {
  /** Write lists in flow style `[a, b]` (the style the picked variant used). */
  readonly flowLists?: boolean
}

/** `key: value` as strict YAML, ending with `eol`. Always round-trips to `{ [key]: value }`. */
export function emitEntry(key: string, value: FrontmatterValue, eol: '\n' | '\r\n', options: EmitOptions = {}): string {
  const expected = JSON.stringify({ [key]: value })
  // A key with characters YAML must escape is written as a JSON-style quoted key (`"\u0000"`, as
  // such keys are usually written), not in the `yaml` package's own escapes (`"\0"`).
  const oddKey = keyForMessage(key) !== key ? quoteYamlString(key) : null
  for (const attempt of [styled, plain, json]) {
    const text = oddKey === null ? attempt(key, value, options) : withKey(oddKey, attempt('k', value, options))
    if (readsBackAs(text, expected)) return withEol(text, eol)
  }
  // Unreachable for JSON-like values: JSON is valid YAML 1.2. Kept as a last resort that is valid.
  return withEol(json(key, value), eol)
}

/** `text` (an entry written for the key `k`) with `quotedKey` in place of its key. */
function withKey(quotedKey: string, text: string): string {
  return quotedKey + text.slice(text.startsWith('"k"') ? 3 : 1)
}

/** Whether `source` is strict YAML (duplicate keys rejected, no aliases) that reads as `expected` JSON. */
function readsBackAs(source: string, expected: string): boolean {
  try {
    const doc = parseDocument(source, { uniqueKeys: true, strict: true, version: '1.2' })
    if (doc.errors.length > 0) return false
    return JSON.stringify(doc.toJS({ maxAliasCount: 0 })) === expected
  } catch {
    return false
  }
}

function styled(key: string, value: FrontmatterValue, options: EmitOptions): string {
  const doc = new Document({ [key]: value })
  // A comma list (`tools: Read, Grep, ...`) stays on its line however long: tools that read
  // frontmatter line by line expect it there, and a block scalar would hide the list.
  const longStaysPlain = typeof value === 'string' && COMMA_LIST_KEYS.has(key)
  visit(doc, {
    Scalar(_, node) {
      if (typeof node.value === 'string' && (node.value.includes('\n') || (node.value.length > BLOCK_SCALAR_FROM && !longStaysPlain))) node.type = 'BLOCK_LITERAL'
    },
    Seq(_, node) {
      if (options.flowLists) node.flow = true
    },
  })
  return doc.toString({ lineWidth: 0 })
}

function plain(key: string, value: FrontmatterValue): string {
  return new Document({ [key]: value }).toString({ lineWidth: 0 })
}

function json(key: string, value: FrontmatterValue): string {
  return `${JSON.stringify(key)}: ${JSON.stringify(value)}\n`
}

function withEol(text: string, eol: '\n' | '\r\n'): string {
  const lf = text.endsWith('\n') ? text : `${text}\n`
  return eol === '\n' ? lf : lf.replace(/\r?\n/g, '\r\n')
}

/** Converts every line ending of `text` to `eol` (used for text taken from a variant whose
 *  dominant line ending differs from the output's). */
export function convertEol(text: string, eol: '\n' | '\r\n'): string {
  return eol === '\n' ? text.replace(/\r\n/g, '\n') : text.replace(/\r?\n/g, '\r\n')
}
