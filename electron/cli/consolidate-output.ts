// What `agent-merge consolidate` says: text for a person, JSON for scripts (docs/cli.md), and the
// Markdown report (--report): per group its sources, resolution, rows from each, what was left
// out and why.

import type { GroupPlan, LeftOut, MergeProposal } from '../../shared/engine/consolidate'
import { relativeTo } from '../../shared/engine/consolidate'
import { plural, thousands } from '../../shared/engine/consolidate/words'
import type { ConsolidationPlan, GroupOutcome } from './consolidate-plan'
import { isResolved } from './consolidate-plan'
import { jsonList, writeJsonFields, type JsonFields } from './json-chunks'

export interface RunSummary {
  readonly mode: 'dry-run' | 'out' | 'in-place'
  readonly policy: string
  readonly out: string | null
  readonly archiveId: string | null
  /** Files copied as they are (--out). */
  readonly copied: number
}

const rel = (plan: ConsolidationPlan, path: string): string => relativeTo(plan.folder, path) ?? path

function resolutionWord(p: GroupPlan): string {
  switch (p.kind) {
    case 'merge':
      return 'merged'
    case 'keep':
      return 'kept one'
    case 'rename':
      return 'renamed'
    case 'skip':
      return 'skipped'
    case 'unresolved':
      return 'unresolved'
  }
}

function leftOutLine(l: LeftOut): string {
  switch (l.kind) {
    case 'row':
      return `row "${l.title || 'text before the first heading'}" (${l.variants.map((v) => v + 1).join(', ')}): ${l.reason}`
    case 'version':
      return `row "${l.title || 'text before the first heading'}": ${l.reason}`
    case 'key':
      return `key ${l.key}: ${l.reason}`
    case 'items':
      return `key ${l.key}: ${l.reason}`
  }
}

/** What the text output says was left out, in plain words and a fixed order: "55 (30 sections,
 *  20 other versions of sections, 3 frontmatter keys, extra items in 2 lists)"; the parts add up
 *  to the total. --json keeps the kind names. */
export function leftOutSummary(leftOut: readonly LeftOut[]): string {
  if (leftOut.length === 0) return 'nothing'
  const count = (kind: LeftOut['kind']): number => leftOut.filter((l) => l.kind === kind).length
  const rows = count('row')
  const versions = count('version')
  const keys = count('key')
  const lists = count('items')
  const parts = [
    rows > 0 ? plural(rows, 'section') : '',
    versions > 0 ? (versions === 1 ? '1 other version of a section' : `${plural(versions, 'other version')} of sections`) : '',
    keys > 0 ? plural(keys, 'frontmatter key') : '',
    lists > 0 ? `extra items in ${plural(lists, 'list')}` : '',
  ]
  return `${thousands(leftOut.length)} (${parts.filter((p) => p !== '').join(', ')})`
}

/** "rows: 12 from the base, 2 from team/debugger.md": by file, since the text lists no numbers. */
function rowsFrom(plan: ConsolidationPlan, g: GroupOutcome, proposal: MergeProposal, base: number): string {
  const counts = new Map<number, number>()
  for (const r of proposal.rows) if (r.taken !== null) counts.set(r.taken, (counts.get(r.taken) ?? 0) + 1)
  const order = [...counts.keys()].sort((a, b) => (a === base ? -1 : b === base ? 1 : a - b))
  return `rows: ${order.map((v) => `${thousands(counts.get(v)!)} from ${v === base ? 'the base' : rel(plan, g.members[v]!.doc.path)}`).join(', ')}`
}

function counts(plan: ConsolidationPlan): Record<string, number> {
  const out: Record<string, number> = { merged: 0, kept: 0, renamed: 0, skipped: 0, unresolved: 0 }
  for (const g of plan.groups) {
    const k = g.plan.kind
    out[k === 'merge' ? 'merged' : k === 'keep' ? 'kept' : k === 'rename' ? 'renamed' : k === 'skip' ? 'skipped' : 'unresolved']!++
  }
  return out
}

export function consolidateText(plan: ConsolidationPlan, run: RunSummary): string {
  const lines: string[] = []
  for (const g of plan.groups) {
    const p = g.plan
    const head = `${g.key} (${g.members.length} files): ${resolutionWord(p)}${g.decisionFile ? ` (saved decision)` : ''}`
    lines.push(head)
    for (const l of g.links ?? []) lines.push(`  ${rel(plan, l.path)} is a link to ${rel(plan, l.target)}`)
    if (p.kind === 'merge') {
      lines.push(`  base ${rel(plan, g.members[p.base]!.doc.path)}: ${p.baseReason}`)
      if (p.proposal) {
        lines.push(`  ${rowsFrom(plan, g, p.proposal, p.base)}; left out: ${leftOutSummary(p.proposal.leftOut)}`)
      }
    } else if (p.kind === 'keep') lines.push(`  keeps ${rel(plan, g.members[p.keep]!.doc.path)}`)
    else if (p.kind === 'rename') p.writes.forEach((w, i) => lines.push(`  ${rel(plan, g.members[w.from]!.doc.path)} -> ${p.names[i]}${w.path !== g.members[w.from]!.doc.path ? ` (${rel(plan, w.path)})` : ''}`))
    else if (p.kind === 'unresolved') lines.push(`  ${p.why}`)
  }
  const c = counts(plan)
  const resolved = plan.groups.filter((g) => isResolved(g.plan)).length
  const done = run.mode === 'dry-run' ? 'would be resolved' : 'resolved'
  lines.push('')
  lines.push(`${resolved} of ${plan.groups.length} group${plan.groups.length === 1 ? '' : 's'} ${done}: ${c.merged} merged, ${c.kept} kept one, ${c.renamed} renamed, ${c.skipped} skipped, ${c.unresolved} unresolved`)
  if (run.mode === 'out') lines.push(`Written to ${run.out}: ${plural(plan.groups.reduce((n, g) => n + (g.plan.kind === 'merge' ? 1 : g.plan.kind === 'rename' ? g.plan.writes.length : 0), 0), 'file')} written, ${run.copied} copied as they are.`)
  if (run.mode === 'in-place') lines.push(run.archiveId ? `Archive id ${run.archiveId}: \`agent-merge undo ${plan.folder} ${run.archiveId}\` restores every file.` : 'Nothing was changed.')
  if (run.mode === 'dry-run') lines.push('Dry run: nothing was written.')
  return `${lines.join('\n')}\n`
}

/** The `--json` report's fields in order; each group's entry is built only when it is written. */
function consolidateJsonFields(plan: ConsolidationPlan, run: RunSummary): JsonFields {
  return [
    ['version', 1],
    ['folder', plan.folder],
    ['mode', run.mode],
    ['policy', run.policy],
    ['out', run.out],
    ['archiveId', run.archiveId],
    ['groups', jsonList(plan.groups, (g) => groupJson(plan, g))],
    ['resolved', plan.groups.filter((g) => isResolved(g.plan)).length],
    ['counts', counts(plan)],
    ['copied', run.copied],
    ['problems', jsonList(plan.problems, (p) => ({ path: p.display, message: p.message, ...(p.line !== undefined ? { line: p.line } : {}) }))],
  ]
}

/** `--json`: JSON.stringify(…, null, 2) of the report plus a newline, written in chunks (the
 *  report of 400 groups is ~10 MB). */
export function writeConsolidateJson(plan: ConsolidationPlan, run: RunSummary, write: (text: string) => void): void {
  writeJsonFields(consolidateJsonFields(plan, run), write)
}

function groupJson(plan: ConsolidationPlan, g: GroupOutcome): Record<string, unknown> {
  const p = g.plan
  const files = g.members.map((m) => rel(plan, m.doc.path))
  const common = { key: g.key, files, resolution: p.kind, decisionFile: g.decisionFile }
  switch (p.kind) {
    case 'merge':
      return {
        ...common,
        source: p.source,
        base: files[p.base],
        baseReason: p.baseReason,
        written: [rel(plan, p.write.path)],
        archived: p.archive.map((a) => rel(plan, a)),
        rows: p.proposal?.rows.map((r) => ({ row: r.row, title: r.title, from: r.taken === null ? null : files[r.taken], reason: r.reason })) ?? null,
        keys: p.proposal?.keys.map((k) => ({ key: k.key, from: k.taken === null ? null : files[k.taken], reason: k.reason })) ?? null,
        leftOut: p.proposal?.leftOut.map((l) => leftOutJson(l, files)) ?? [],
        diagnostics: p.diagnostics.filter((d) => d.severity !== 'info').map((d) => ({ severity: d.severity, code: d.code, line: d.line, message: d.message })),
      }
    case 'keep':
      return { ...common, source: p.source, kept: files[p.keep], archived: p.archive.map((a) => rel(plan, a)) }
    case 'rename':
      return { ...common, source: p.source, renames: p.writes.map((w, i) => ({ from: files[w.from], to: rel(plan, w.path), name: p.names[i] })), archived: p.archive.map((a) => rel(plan, a)) }
    case 'skip':
      return common
    case 'unresolved':
      return { ...common, why: p.why }
  }
}

function leftOutJson(l: LeftOut, files: readonly string[]): Record<string, unknown> {
  switch (l.kind) {
    case 'row':
      return { kind: l.kind, row: l.row, title: l.title, files: l.variants.map((v) => files[v]), reason: l.reason }
    case 'version':
      return { kind: l.kind, row: l.row, title: l.title, file: files[l.variant], similarity: Math.round(l.similarity * 1000) / 1000, reason: l.reason }
    case 'key':
      return { kind: l.kind, key: l.key, files: l.variants.map((v) => files[v]), reason: l.reason }
    case 'items':
      return { kind: l.kind, key: l.key, file: files[l.variant], items: l.items, reason: l.reason }
  }
}

const cell = (text: string): string => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ')

/** GitHub's anchor of a `## heading`: lowercase, punctuation dropped, spaces as hyphens. */
const anchor = (heading: string): string => heading.toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-')

/** One line per group above the details, for a library of dozens of groups. */
function overview(plan: ConsolidationPlan): string[] {
  return [
    '| group | resolution | files | written at | rows added | left out |',
    '|---|---|---:|---|---:|---:|',
    ...plan.groups.map((g) => {
      const p = g.plan
      const files = g.members.map((m) => rel(plan, m.doc.path))
      const at = p.kind === 'merge' ? `\`${files[p.base]}\`` : p.kind === 'keep' ? `\`${files[p.keep]}\`` : p.kind === 'rename' ? `${p.writes.length} files renamed` : '—'
      const proposal = p.kind === 'merge' ? p.proposal : null
      const added = proposal ? String(proposal.rows.filter((r) => r.taken !== null && r.taken !== proposal.base).length) : '—'
      const leftOut = proposal ? String(proposal.leftOut.length) : '—'
      const word = resolutionWord(p)
      return `| [${cell(g.key)}](#${anchor(`${g.key}: ${word}`)}) | ${word} | ${g.members.length} | ${cell(at)} | ${added} | ${leftOut} |`
    }),
  ]
}

export function consolidateReport(plan: ConsolidationPlan, run: RunSummary): string {
  const c = counts(plan)
  const out: string[] = [
    `# Consolidation of ${plan.folder}`,
    '',
    `Policy \`${run.policy}\`, ${run.mode === 'dry-run' ? 'dry run (nothing written)' : run.mode === 'out' ? `written to \`${run.out}\`` : `in place, archive id \`${run.archiveId ?? 'none'}\``}. ` +
      `${plural(plan.groups.length, 'group')}: ${c.merged} merged, ${c.kept} kept one, ${c.renamed} renamed, ${c.skipped} skipped, ${c.unresolved} unresolved.`,
    '',
    ...overview(plan),
  ]
  for (const g of plan.groups) {
    const p = g.plan
    const files = g.members.map((m) => rel(plan, m.doc.path))
    out.push('', `## ${g.key}: ${resolutionWord(p)}`, '', 'Sources:', '', ...files.map((f, i) => `${i + 1}. \`${f}\``), '')
    if (g.decisionFile) out.push(`Decided in \`${g.decisionFile}\`.`, '')
    if (p.kind === 'unresolved') out.push(`Not resolved: ${p.why}.`)
    else if (p.kind === 'skip') out.push('Skipped by the saved decision: left as it is.')
    else if (p.kind === 'keep') out.push(`Keeps ${p.keep + 1}; the others are archived.`)
    else if (p.kind === 'rename') out.push('| file | new name | new path |', '|---|---|---|', ...p.writes.map((w, i) => `| ${w.from + 1} | \`${p.names[i]}\` | \`${rel(plan, w.path)}\` |`))
    else {
      out.push(`Merged at \`${files[p.base]}\`; base ${p.base + 1}: ${p.baseReason}.`)
      if (p.proposal) {
        out.push('', '| row | from | reason |', '|---|---|---|', ...p.proposal.rows.map((r) => `| ${cell(r.title || '(before the first heading)')} | ${r.taken === null ? 'left out' : r.taken + 1} | ${cell(r.reason)} |`))
        out.push('', '| key | from | reason |', '|---|---|---|', ...p.proposal.keys.map((k) => `| \`${k.key}\` | ${k.taken === null ? 'left out' : k.taken + 1} | ${cell(k.reason)} |`))
        out.push('', p.proposal.leftOut.length === 0 ? 'Nothing left out.' : 'Left out:', '', ...p.proposal.leftOut.map((l) => `- ${leftOutLine(l)}`))
      }
    }
  }
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n')}\n`
}
