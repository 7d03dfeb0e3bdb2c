// The scan report as JSON (documented in docs/cli.md, version 1) and as text for a terminal.

import { relativeTo } from '../../shared/engine/consolidate'
import type { ClusterRef, Grouping } from '../../shared/engine/group'
import type { Paint } from './colour'
import { diagnosticJson } from './diagnostics-text'
import { jsonList, jsonObject, writeJsonFields, type JsonFields } from './json-chunks'
import type { ScanReport } from './scan-command'
import type { ScannedFile } from './scan-summaries'
import { oneLine } from './terminal-text'

const round = (x: number): number => Math.round(x * 1000) / 1000

function refJson(ref: ClusterRef, docs: readonly ScannedFile[]): Record<string, unknown> {
  return ref.kind === 'group' ? { kind: 'group', id: ref.id } : { kind: 'single', path: docs[ref.index]!.display }
}

/** The report's fields in order; each list element is built only when it is written. */
function scanJsonFields(report: ScanReport): JsonFields {
  const { docs, grouping } = report
  const pathOf = (i: number): string => docs[i]!.display
  return [
    ['version', 1],
    ['root', report.root],
    ['files', jsonList(docs, (doc) => ({
      path: doc.display,
      relPath: underRoot(report.root, doc.display),
      format: doc.format,
      identity: doc.identity,
      name: doc.name,
      frontmatterMode: doc.frontmatterMode,
      diagnostics: doc.diagnostics.map(diagnosticJson),
    }))],
    ['problems', jsonList(report.problems, (p) => ({
      path: p.display,
      message: p.message,
      ...(p.line !== undefined ? { line: p.line } : {}),
      ...('reason' in p ? { reason: p.reason } : {}),
    }))],
    ['groups', jsonList(grouping.groups, (g) => ({
      id: g.id,
      key: g.key,
      similarity: { mean: round(g.similarity.mean), min: round(g.similarity.min), max: round(g.similarity.max), pairs: g.similarity.pairs },
      members: g.members.map((m) => ({ path: pathOf(m.index), matchedBy: m.matchedBy })),
    }))],
    ['suggestions', jsonList(grouping.suggestions, (s) => ({
      id: s.id,
      score: round(s.score),
      reason: s.reason,
      ...(s.qualifier === undefined ? {} : { qualifier: s.qualifier }),
      basis: { name: round(s.basis.name), description: round(s.basis.description), body: round(s.basis.body) },
      a: refJson(s.a, docs),
      b: refJson(s.b, docs),
      members: s.members.map(pathOf),
    }))],
    ['singles', jsonList(grouping.singles, pathOf)],
  ]
}

/** The report as JSON.stringify(…, null, 2) writes it, plus a newline, written a few hundred
 *  entries at a time. */
export function writeScanJson(report: ScanReport, write: (text: string) => void): void {
  writeJsonFields(scanJsonFields(report), write)
}

/** The whole report as one object (tests). */
export function scanJson(report: ScanReport): Record<string, unknown> {
  return jsonObject(scanJsonFields(report))
}

const pct = (x: number): string => `${Math.round(x * 100)} %`

function table(rows: readonly (readonly string[])[]): string[] {
  const widths = rows[0]!.map((_, c) => Math.min(60, Math.max(...rows.map((r) => r[c]!.length))))
  return rows.map((r) => r.map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c]!))).join('  ').trimEnd())
}

function groupsText(grouping: Grouping, docs: readonly ScannedFile[], paint: Paint): string[] {
  const lines: string[] = []
  lines.push('', paint.bold(`Groups (${grouping.groups.length})`))
  for (const g of grouping.groups) {
    const s = g.similarity
    lines.push(`  ${paint.cyan(oneLine(g.key))}: ${g.members.length} variants, bodies ~${pct(s.mean)} alike ${paint.dim(`(min ${pct(s.min)}, max ${pct(s.max)})`)}`)
    for (const m of g.members) lines.push(`    ${oneLine(docs[m.index]!.display)}${m.matchedBy === 'identity' ? '' : paint.dim(`  (${m.matchedBy})`)}`)
  }
  lines.push('', paint.bold(`Suggestions (${grouping.suggestions.length})`))
  if (grouping.suggestions.length === 0) lines.push(paint.dim('  none'))
  const sideName = (ref: ClusterRef): string =>
    oneLine(ref.kind === 'group' ? grouping.groups.find((g) => g.id === ref.id)?.key ?? ref.id : docs[ref.index]!.display)
  for (const s of grouping.suggestions) {
    lines.push(`  ${pct(s.score).padStart(5)}  ${sideName(s.a)} + ${sideName(s.b)}: ${oneLine(s.reason)}`)
  }
  lines.push('', paint.bold(`Singles (${grouping.singles.length})`))
  for (const i of grouping.singles) lines.push(`  ${oneLine(docs[i]!.display)}`)
  return lines
}

/** Paths under the scanned folder, shown without the folder itself. */
function underRoot(root: string, display: string): string {
  return relativeTo(root, display) ?? display
}

export function scanText(report: ScanReport, paint: Paint): string {
  const docs = report.docs.map((d) => ({ ...d, display: underRoot(report.root, d.display) }))
  const lines: string[] = [paint.bold(`Agent files (${docs.length}) in ${oneLine(report.root)}`)]
  if (docs.length > 0) {
    const rows = [['PATH', 'FORMAT', 'IDENTITY', 'FRONTMATTER', 'FINDINGS']]
    for (const doc of docs) {
      const errors = doc.diagnostics.filter((d) => d.severity === 'error').length
      const others = doc.diagnostics.length - errors
      const findings = doc.diagnostics.length === 0 ? '-' : [errors > 0 ? `${errors} error${errors > 1 ? 's' : ''}` : '', others > 0 ? `${others} note${others > 1 ? 's' : ''}` : ''].filter(Boolean).join(', ')
      rows.push([oneLine(doc.display), doc.format, oneLine(doc.identity), doc.frontmatterMode, findings])
    }
    const [header, ...body] = table(rows)
    lines.push(paint.dim(`  ${header}`))
    body.forEach((line, i) => {
      lines.push(`  ${line}`)
      for (const d of docs[i]!.diagnostics) lines.push(paint.dim(`      line ${d.line}: ${d.severity}: ${oneLine(d.message)} [${d.code}]`))
    })
  }
  if (report.problems.length > 0) lines.push('', paint.bold(`Not loaded (${report.problems.length})`), ...report.problems.map((p) => `  ${oneLine(p.display)}: ${oneLine(p.message)}`))
  lines.push(...groupsText(report.grouping, docs, paint))
  return `${lines.join('\n')}\n`
}
