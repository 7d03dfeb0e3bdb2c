// The aligned comparison as JSON (docs/cli.md, version 1; variant indices 0-based like recipes)
// and as text for a terminal (variants numbered from 1 like `--take`).

import type { Alignment, KeyRow, RowStatus, SectionRow, WordDiff } from '../../shared/engine/alignment-model'
import type { AgentDocument } from '../../shared/engine/model'
import type { Paint } from './colour'
import { diffWords, workBudget, type WorkBudget } from './engine'
import { oneLine } from './terminal-text'
import { wordDiffText } from './word-diff-text'

export interface DiffInput {
  readonly displays: readonly string[]
  readonly docs: readonly AgentDocument[]
  readonly alignment: Alignment
}

function sectionText(doc: AgentDocument, index: number | null): string | null {
  if (index === null) return null
  const s = doc.sections[index]
  return s === undefined ? null : doc.text.slice(s.start, s.end)
}

/** Token comparisons all the word diffs of one `diff` may make: each pair has its own bound too,
 *  but a 2 MiB file can hold hundreds of pairs that each reach it (150 pairs of 1,500 reordered
 *  words: 23 s). About a second on this machine; real files use a few percent of it. */
export const DIFF_COMMAND_COMPARISONS = 4_000_000

/** Word diffs of each variant's cell against the reference, for rows that differ. */
function rowDiffs(input: DiffInput, row: SectionRow, budget: WorkBudget): readonly (WordDiff | null)[] {
  if (row.status.kind === 'same' || row.status.kind === 'unique') return row.cells.map(() => null)
  const reference = sectionText(input.docs[row.reference]!, row.cells[row.reference] ?? null) ?? ''
  return row.cells.map((cell, v) => {
    if (v === row.reference) return null
    const text = sectionText(input.docs[v]!, cell)
    return text === null || text === reference ? null : diffWords(reference, text, { budget })
  })
}

function keyDiffs(row: KeyRow, budget: WorkBudget): readonly (WordDiff | null)[] {
  if (row.status.kind !== 'changed' && row.status.kind !== 'partial') return row.cells.map(() => null)
  const reference = row.cells[row.reference]?.raw ?? ''
  return row.cells.map((cell, v) => (v === row.reference || cell === null || cell.raw === reference ? null : diffWords(reference, cell.raw, { budget })))
}

export function diffJson(input: DiffInput): Record<string, unknown> {
  const { docs, alignment } = input
  const budget = workBudget(DIFF_COMMAND_COMPARISONS)
  return {
    version: 1,
    variants: docs.map((doc, i) => ({ index: i, path: input.displays[i], format: doc.format, identity: doc.identity, frontmatterMode: doc.frontmatterMode })),
    keys: alignment.keys.map((row) => {
      const diffs = keyDiffs(row, budget)
      return {
        key: row.key,
        status: row.status,
        reference: row.reference,
        cells: row.cells.map((cell, v) =>
          cell === null ? null : { raw: cell.raw, value: cell.value, items: cell.items, ...(diffs[v] ? { diff: diffs[v] } : {}) },
        ),
        itemChanges: row.itemChanges,
      }
    }),
    rows: alignment.rows.map((row) => {
      const diffs = rowDiffs(input, row, budget)
      return {
        id: row.id,
        title: row.title,
        level: row.level,
        parentId: row.parentId,
        status: row.status,
        reference: row.reference,
        cells: row.cells.map((cell, v) => {
          const section = cell === null ? undefined : docs[v]!.sections[cell]
          if (section === undefined) return null
          return { section: section.key, line: section.line, ...(diffs[v] ? { diff: diffs[v] } : {}) }
        }),
      }
    }),
  }
}

const variantTag = (v: number): string => `[${v + 1}]`

function statusText(status: RowStatus | KeyRow['status'], reference: number, paint: Paint): { mark: string; text: string } {
  switch (status.kind) {
    case 'same':
      return { mark: paint.dim('='), text: paint.dim('same') }
    case 'changed':
      return { mark: paint.yellow('~'), text: `changed${'similarity' in status ? `, ${Math.round(status.similarity * 100)} % alike` : ''} ${paint.dim(`(reference ${variantTag(reference)})`)}` }
    case 'partial':
      return { mark: paint.cyan('+'), text: `missing in ${status.missingIn.map(variantTag).join(' ')}${'similarity' in status && status.similarity < 1 ? `, ${Math.round(status.similarity * 100)} % alike` : ''} ${paint.dim(`(reference ${variantTag(reference)})`)}` }
    case 'unique':
      return { mark: paint.green('!'), text: `only in ${variantTag(status.variant)}` }
  }
}

/** How the row's heading is written in its reference variant: `## `, or `• ` for a bold pseudo-heading. */
function headingMark(docs: readonly AgentDocument[], row: SectionRow): string {
  const cell = row.cells[row.reference]
  const section = cell === null || cell === undefined ? undefined : docs[row.reference]?.sections[cell]
  if (section === undefined || section.kind === 'preamble') return ''
  if (section.kind === 'atx' || section.kind === 'setext') return `${'#'.repeat(Math.min(section.level, 6))} `
  return '• '
}

export function diffText(input: DiffInput, paint: Paint): string {
  const { docs, alignment } = input
  const budget = workBudget(DIFF_COMMAND_COMPARISONS)
  const lines: string[] = [paint.bold('Variants')]
  docs.forEach((doc, i) => lines.push(`  ${variantTag(i)} ${oneLine(input.displays[i]!)}  ${paint.dim(`${doc.format}, frontmatter ${doc.frontmatterMode}`)}`))
  lines.push('', paint.bold(`Frontmatter keys (${alignment.keys.length})`))
  for (const row of alignment.keys) {
    const { mark, text } = statusText(row.status, row.reference, paint)
    lines.push(`  ${mark} ${oneLine(row.key).padEnd(24)} ${text}`)
    const diffs = keyDiffs(row, budget)
    row.cells.forEach((_, v) => {
      const change = row.itemChanges?.[v]
      if (change && v !== row.reference && (change.added.length > 0 || change.removed.length > 0)) {
        const items = [...change.added.map((x) => paint.green(`+${oneLine(x)}`)), ...change.removed.map((x) => paint.red(`-${oneLine(x)}`))]
        lines.push(`      ${variantTag(v)} ${items.join(' ')}`)
      } else if (diffs[v]) lines.push(`      ${variantTag(v)} ${wordDiffText(diffs[v]!, paint)}`)
    })
  }
  lines.push('', paint.bold(`Sections (${alignment.rows.length})`))
  const depth = new Map<string, number>()
  for (const row of alignment.rows) {
    const level = row.parentId === null ? 0 : (depth.get(row.parentId) ?? 0) + 1
    depth.set(row.id, level)
    const { mark, text } = statusText(row.status, row.reference, paint)
    const title = `${'  '.repeat(level)}${headingMark(docs, row)}${oneLine(row.title) || '(preamble)'}`
    lines.push(`  ${mark} ${title.length > 40 ? `${title.slice(0, 39)}…` : title.padEnd(40)} ${text}`)
    rowDiffs(input, row, budget).forEach((diff, v) => {
      if (diff) lines.push(`      ${variantTag(v)} ${wordDiffText(diff, paint)}`)
    })
  }
  return `${lines.join('\n')}\n`
}
