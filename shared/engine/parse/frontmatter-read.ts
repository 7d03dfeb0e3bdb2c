// Reads a frontmatter block: strict YAML first; when strict YAML rejects it, local repairs
// (every value exact); when repairs do not give strict YAML, a line-based lenient reading.

import type { Diagnostic, Frontmatter, FrontmatterEntry } from '../model'
import type { FrontmatterBlock } from './frontmatter-block'
import { type EntrySpan, segmentEntries } from './frontmatter-entries'
import { danglingAliasValue, mergeContinuationEntries, plainValueHoldsColon, readEntry } from './frontmatter-repair'
import { readSimpleEntries, readStrictEntries } from './frontmatter-strict'
import type { LineTable } from './lines'
import { keyForMessage } from './plain-scalar'
import { lineContentEnd, lineStart } from './lines'
import { isDocumentEndLine, isOpeningDelimiter } from './key-line'
import { readStrictYaml } from './strict-yaml'
import { commentOut, gapAsYaml } from './yaml-comment-lines'

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
  else {
    const closing = closingLineDiagnostic(text, lines, block)
    if (closing) diagnostics.push(closing)
  }

  // Most blocks are simple (a fast reader answers); otherwise a plain value holding `: ` or a
  // dangling alias is invalid YAML for sure: skip the (slow, failing) full parse.
  const strict = readSimpleEntries(text, source, segmentation.entries) ?? (surelyInvalid(text, source, segmentation.entries) ? null : readStrictEntries(text, source, segmentation.entries))
  if (strict?.ok) {
    if (!strict.isMap) {
      diagnostics.push({ severity: 'warning', code: 'frontmatter-not-a-map', line: block.firstLine + 1, message: `the frontmatter is valid YAML but not a list of \`key: value\` lines; tools ignore it.` })
    }
    for (const key of strict.unlistedKeys) {
      diagnostics.push({ severity: 'warning', code: 'frontmatter-key-not-on-own-line', line: block.firstLine + 1, message: `YAML reads a key \`${keyForMessage(key)}\` that is not written as a \`${keyForMessage(key)}: value\` line; Agent Merge cannot show or merge it. Write it as its own line.` })
    }
    return { frontmatter: frontmatterOf(block, block.closed ? 'strict' : 'repaired', strict.entries), diagnostics }
  }

  const spans = mergeContinuationEntries(text, segmentation.entries)
  const readings = spans.map((span) => readEntry(text, lines, span, eol))
  let tabsSaid = false
  readings.forEach((reading, i) => {
    for (const d of reading.diagnostics) {
      // One word about a block indented with tabs, not one per key.
      const blockWide = d.code === 'tab-indentation' && spans[i]!.indent > 0
      if (blockWide && tabsSaid) continue
      tabsSaid ||= blockWide
      diagnostics.push(d)
    }
  })
  for (const junk of segmentation.leadingJunk) {
    diagnostics.push({ severity: 'error', code: 'yaml-stray-line', line: junk + 1, message: `this line is not a \`key: value\` entry; strict YAML rejects it. A merge keeps it as a YAML comment (\`# ...\`); make it a key or a comment, or move it to the body.` })
  }
  for (const end of segmentation.documentEnds) {
    diagnostics.push({ severity: 'error', code: 'yaml-document-end', line: end + 1, message: `\`...\` ends a YAML document, but the frontmatter goes on to line ${block.endLine + 1}; it was read as part of the frontmatter, and a merge leaves the \`...\` line out. Remove it.` })
  }
  const duplicates = duplicateKeys(readings.map((r) => r.entry))
  for (const { entry, first } of duplicates.values()) {
    diagnostics.push({ severity: 'error', code: 'duplicate-key', line: entry.line, message: `key \`${keyForMessage(entry.key)}\` is already set on line ${first.line}; strict YAML rejects duplicate keys. A merge keeps line ${first.line}'s value and writes this one as a YAML comment; keep the one you mean.` })
  }

  const entries = readings.map((r) => r.entry)
  const raws = readings.map((r, i) => (duplicates.has(i) ? commentOut(r.entry.raw) : r.repairedRaw))
  const repairable = readings.every((r) => r.shape !== 'unrepairable')
  if (repairable && readStrictYaml(repairedSource(text, block, spans, raws)).ok) {
    return { frontmatter: frontmatterOf(block, 'repaired', entries), diagnostics }
  }
  if (readings.every((r) => r.diagnostics.length === 0) && duplicates.size === 0 && segmentation.leadingJunk.length === 0 && segmentation.documentEnds.length === 0) {
    // No shape explains the failure: report what the YAML reader said.
    diagnostics.push(...yamlProblemDiagnostics(source, block))
  }
  return { frontmatter: frontmatterOf(block, 'lenient', entries), diagnostics }
}

/** Whether some entry is invalid YAML for sure: a plain value holding `: `, or an alias with no
 *  anchor in the block. */
function surelyInvalid(text: string, source: string, spans: readonly EntrySpan[]): boolean {
  const hasAnchor = source.includes('&')
  return spans.some((span) => plainValueHoldsColon(text, span) || danglingAliasValue(text, span, hasAnchor))
}

/** The block as strict YAML would have it after the repairs: each entry's repaired text, and the
 *  lines between entries as comments (text kept after `# `, `...` markers left out). */
function repairedSource(text: string, block: FrontmatterBlock, spans: readonly { start: number; end: number }[], raws: readonly string[]): string {
  let out = ''
  let at = block.contentStart
  spans.forEach((span, i) => {
    out += gapAsYaml(text.slice(at, span.start)) + raws[i]!
    at = span.end
  })
  return out + gapAsYaml(text.slice(at, block.contentEnd))
}

interface Duplicate {
  readonly entry: FrontmatterEntry
  readonly first: FrontmatterEntry
}

/** The entries (by index) whose key an earlier entry already has. */
function duplicateKeys(entries: readonly FrontmatterEntry[]): Map<number, Duplicate> {
  const firstOf = new Map<string, FrontmatterEntry>()
  const out = new Map<number, Duplicate>()
  entries.forEach((entry, i) => {
    const first = firstOf.get(entry.key)
    if (first === undefined) firstOf.set(entry.key, entry)
    else out.set(i, { entry, first })
  })
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

/** Built as a literal: an object spread of the block's fields costs more on every parse. */
function frontmatterOf(block: FrontmatterBlock, mode: Frontmatter['mode'], entries: readonly FrontmatterEntry[]): Frontmatter {
  return { start: block.start, end: block.end, closed: block.closed, mode, entries }
}

/** A closing line other than `---`: a longer dash line, read as the `---` it stands for, or `...`. */
function closingLineDiagnostic(text: string, lines: LineTable, block: FrontmatterBlock): Diagnostic | null {
  const start = lineStart(lines, block.endLine)
  const end = lineContentEnd(lines, block.endLine)
  if (isOpeningDelimiter(text, start, end)) return null
  const line = block.endLine + 1
  if (isDocumentEndLine(text, start, end)) {
    return { severity: 'info', code: 'frontmatter-close-line', line, message: `the frontmatter is closed by \`...\`, which YAML allows but many tools do not; they read on to a \`---\`. A merge writes \`---\`.` }
  }
  const dashes = text.slice(start, end).trimEnd().length
  return { severity: 'warning', code: 'frontmatter-close-line', line, message: `this line of ${dashes} dashes was read as the closing \`---\` of the frontmatter; tools that want exactly \`---\` read the body as frontmatter. Write \`---\` (a merge does).` }
}

function unclosedDiagnostic(text: string, lines: LineTable, block: FrontmatterBlock): Diagnostic {
  if (block.bodyLine !== null) {
    const start = lineStart(lines, block.bodyLine - 1)
    const preview = text.slice(start, Math.min(lineContentEnd(lines, block.bodyLine - 1), start + 40))
    return { severity: 'error', code: 'frontmatter-unclosed', line: block.bodyLine, message: `the frontmatter opened on line ${block.firstLine} has no closing \`---\`; the body seems to start here (\`${preview}\`). Add a \`---\` line before it.` }
  }
  return { severity: 'error', code: 'frontmatter-unclosed', line: block.firstLine, message: `the frontmatter opened here has no closing \`---\` line; add one after the last key.` }
}
