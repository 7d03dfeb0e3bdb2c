// The strict YAML reader: the `yaml` package with duplicate keys rejected and every alias
// resolved, which is what a strict parser (and so Claude Code) accepts.

import { parseDocument, visit, type Document } from 'yaml'
import type { FrontmatterValue } from '../model'
import { readSimpleYaml } from './simple-yaml'

export interface YamlProblem {
  readonly code: string
  readonly message: string
  /** 1-based line and column within the parsed source. */
  readonly line: number
  readonly column: number
}

export type StrictYamlResult =
  | { readonly ok: true; readonly value: FrontmatterValue }
  | { readonly ok: false; readonly problems: readonly YamlProblem[] }

// prettyErrors off: its context snippets cost more than the parse on long one-line descriptions;
// line and column are computed from the error's offset instead.
const OPTIONS = { uniqueKeys: true, strict: true, prettyErrors: false, version: '1.2' } as const

export function readStrictYaml(source: string): StrictYamlResult {
  const simple = readSimpleYaml(source)
  return simple ? { ok: true, value: simple } : readStrictYamlFull(source)
}

/** The `yaml` package alone, without the fast path for simple text. */
export function readStrictYamlFull(source: string): StrictYamlResult {
  let doc: Document.Parsed
  try {
    doc = parseDocument(source, OPTIONS)
  } catch (error) {
    return { ok: false, problems: [{ code: 'yaml-error', message: String(error), line: 1, column: 1 }] }
  }
  if (doc.errors.length > 0) {
    const positionOf = positionsIn(source)
    return {
      ok: false,
      problems: doc.errors.map((e) => ({ code: e.code, message: firstLine(e.message), ...positionOf(e.pos[0]) })),
    }
  }
  // `&a [*a]`: a value that contains itself cannot be data (JSON, a merge); say where, once.
  const selfAlias = source.includes('*') ? aliasInsideItsAnchor(doc, source) : null
  if (selfAlias !== null) return { ok: false, problems: [selfAlias] }
  try {
    return { ok: true, value: (doc.toJS({ maxAliasCount: 100 }) ?? null) as FrontmatterValue }
  } catch {
    return { ok: false, problems: unresolvedAliases(doc, source) }
  }
}

/** Whether a strict YAML parser accepts `source` (no errors, no duplicate keys, no dangling alias). */
export function isStrictYaml(source: string): boolean {
  return readStrictYaml(source).ok
}

/** The first alias that names a node it is inside of (the only way YAML makes a cycle). */
function aliasInsideItsAnchor(doc: Document.Parsed, source: string): YamlProblem | null {
  let found: YamlProblem | null = null
  visit(doc, {
    Alias(_, node, path) {
      const target = node.resolve(doc)
      if (target === undefined || !path.includes(target)) return
      const { line, column } = positionsIn(source)(node.range?.[0] ?? 0)
      found = { code: 'BAD_ALIAS', message: `The alias *${node.source} is inside the value it names, so that value would contain itself`, line, column }
      return visit.BREAK
    },
  })
  return found
}

function unresolvedAliases(doc: Document.Parsed, source: string): YamlProblem[] {
  const problems: YamlProblem[] = []
  visit(doc, {
    Alias(_, node) {
      if (node.resolve(doc) !== undefined) return
      const offset = node.range?.[0] ?? 0
      const { line, column } = positionsIn(source)(offset)
      problems.push({ code: 'BAD_ALIAS', message: `Unresolved alias *${node.source}`, line, column })
    },
  })
  if (problems.length === 0) problems.push({ code: 'yaml-error', message: 'The YAML cannot be converted to data', line: 1, column: 1 })
  return problems
}

/** Line and column of offsets in `source`: its line starts found once, each offset looked up by
 *  bisection (a walk from the top per error is quadratic in the errors). */
function positionsIn(source: string): (offset: number) => { line: number; column: number } {
  const starts = [0]
  for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) starts.push(i + 1)
  return (offset) => {
    let low = 0
    let high = starts.length - 1
    while (low < high) {
      const mid = (low + high + 1) >> 1
      if (starts[mid]! <= offset) low = mid
      else high = mid - 1
    }
    return { line: low + 1, column: offset - starts[low]! + 1 }
  }
}

function firstLine(message: string): string {
  const newline = message.indexOf('\n')
  const head = newline === -1 ? message : message.slice(0, newline)
  return head.replace(/ at line \d+, column \d+:?$/, '')
}
