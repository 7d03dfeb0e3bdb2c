// Reads a frontmatter block: strict YAML first; when strict YAML rejects it, local repairs
// (every value exact); when repairs do not give strict YAML, a line-based lenient reading.

import type { Diagnostic, Frontmatter, FrontmatterEntry } from '../model'
import type { FrontmatterBlock } from './frontmatter-block'
import { segmentEntries } from './frontmatter-entries'
import { danglingAliasValue, mergeContinuationEntries, plainValueHoldsColon, readEntry } from './frontmatter-repair'
import { readSimpleEntries, readStrictEntries } from './frontmatter-strict'
import type { LineTable } from './lines'
import { lineContentEnd, lineStart } from './lines'
import { readStrictYaml } from './strict-yaml'

export interface FrontmatterReading {
  readonly frontmatter: Frontmatter
  readonly diagnostics: readonly Diagnostic[]
}

export function readFrontmatter(text: string, block: FrontmatterBlock, eol: string): FrontmatterReading {
  const lines = block.lines
  const segmentation = segmentEntries(text, lines, block.firstLine, block.endLine)
  const source = text.slice(block.contentStart, block.contentEnd)
  const diagnostics: Diagnostic[] = []
  if (!block.closed) diagnostics.push(unclosedDiagnostic(text, lines, block))

  // Most blocks are simple (a fast reader answers); otherwise a plain value holding `: ` or a
  // dangling alias is invalid YAML for sure: skip the (slow, failing) full parse.
  const surelyInvalid = (): boolean => {
    const hasAnchor = source.includes('&')
    return segmentation.entries.some((span) => plainValueHoldsColon(text, span) || danglingAliasValue(text, span, hasAnchor))
  }
  const strict = readSimpleEntries(text, source, segmentation.entries) ?? (surelyInvalid() ? null : readStrictEntries(text, source, segmentation.entries))
  if (strict?.ok) {
    if (!strict.isMap) {
      diagnostics.push({ severity: 'warning', code: 'frontmatter-not-a-map', line: block.firstLine + 1, message: `the frontmatter is valid YAML but not a list of \`key: value\` lines; tools ignore it.` })
    }
    for (const key of strict.unlistedKeys) {
      diagnostics.push({ severity: 'warning', code: 'frontmatter-key-not-on-own-line', line: block.firstLine + 1, message: `YAML reads a key \`${key}\` that is not written as a \`${key}: value\` line; Agent Merge cannot show or merge it. Write it as its own line.` })
    }
    return { frontmatter: frontmatterOf(block, block.closed ? 'strict' : 'repaired', strict.entries), diagnostics }
  }

  const spans = mergeContinuationEntries(text, segmentation.entries)
  const readings = spans.map((span) => readEntry(text, lines, span, eol))
  for (const reading of readings) diagnostics.push(...reading.diagnostics)
  for (const junk of segmentation.leadingJunk) {
    diagnostics.push({ severity: 'error', code: 'yaml-stray-line', line: junk + 1, message: `this line is not a \`key: value\` entry; strict YAML rejects it. Remove it or make it a comment with \`#\`.` })
  }
  const duplicates = duplicateKeyDiagnostics(readings.map((r) => r.entry))
  diagnostics.push(...duplicates)

  const entries = readings.map((r) => r.entry)
  const repairable = segmentation.leadingJunk.length === 0 && duplicates.length === 0 && readings.every((r) => r.shape !== 'unrepairable')
  if (repairable && readStrictYaml(repairedSource(text, block, spans, readings.map((r) => r.repairedRaw))).ok) {
    return { frontmatter: frontmatterOf(block, 'repaired', entries), diagnostics }
  }
  if (readings.every((r) => r.diagnostics.length === 0) && duplicates.length === 0 && segmentation.leadingJunk.length === 0) {
    // No shape explains the failure: report what the YAML reader said.
    diagnostics.push(...yamlProblemDiagnostics(source, block))
  }
  return { frontmatter: frontmatterOf(block, 'lenient', entries), diagnostics }
}

function repairedSource(text: string, block: FrontmatterBlock, spans: readonly { start: number; end: number }[], raws: readonly string[]): string {
  let out = ''
  let at = block.contentStart
  spans.forEach((span, i) => {
    out += text.slice(at, span.start) + raws[i]!
    at = span.end
  })
  return out + text.slice(at, block.contentEnd)
}

function duplicateKeyDiagnostics(entries: readonly FrontmatterEntry[]): Diagnostic[] {
  const firstLineOf = new Map<string, number>()
  const out: Diagnostic[] = []
  for (const entry of entries) {
    const first = firstLineOf.get(entry.key)
    if (first === undefined) firstLineOf.set(entry.key, entry.line)
    else out.push({ severity: 'error', code: 'duplicate-key', line: entry.line, message: `key \`${entry.key}\` is already set on line ${first}; strict YAML rejects duplicate keys. Keep one of them.` })
  }
  return out
}

function yamlProblemDiagnostics(source: string, block: FrontmatterBlock): Diagnostic[] {
  const result = readStrictYaml(source)
  if (result.ok) return []
  const seen = new Set<number>()
  const out: Diagnostic[] = []
  for (const problem of result.problems) {
    const line = problem.line + block.firstLine
    if (seen.has(line) || out.length >= 20) continue
    seen.add(line)
    out.push({ severity: 'error', code: 'yaml-syntax', line, column: problem.column, message: `${problem.message}.` })
  }
  return out
}

/** Built as a literal: an object spread of the block's fields was 3% of the parse time. */
function frontmatterOf(block: FrontmatterBlock, mode: Frontmatter['mode'], entries: readonly FrontmatterEntry[]): Frontmatter {
  return { start: block.start, end: block.end, closed: block.closed, mode, entries }
}

function unclosedDiagnostic(text: string, lines: LineTable, block: FrontmatterBlock): Diagnostic {
  if (block.bodyLine !== null) {
    const start = lineStart(lines, block.bodyLine - 1)
    const preview = text.slice(start, Math.min(lineContentEnd(lines, block.bodyLine - 1), start + 40))
    return { severity: 'error', code: 'frontmatter-unclosed', line: block.bodyLine, message: `the frontmatter opened on line ${block.firstLine} has no closing \`---\`; the body seems to start here (\`${preview}\`). Add a \`---\` line before it.` }
  }
  return { severity: 'error', code: 'frontmatter-unclosed', line: block.firstLine, message: `the frontmatter opened here has no closing \`---\` line; add one after the last key.` }
}
