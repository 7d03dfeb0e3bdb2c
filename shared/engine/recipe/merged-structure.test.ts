// Merged structure: a heading taken from a variant keeps, in the merged text, the subsections it
// had in that variant (wherever the picks of those subsections come from), and a section from
// another variant never lands between a heading and its subsections (issue 8, item 4).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { alignVariants } from '../align/align-variants'
import { docFamily, renderDoc } from '../align/testing/generated-docs'
import { treeFamily } from '../align/testing/generated-trees'
import type { Alignment, SectionRow } from '../alignment-model'
import type { AgentDocument } from '../model'
import { parseDocument } from '../parse/parse-document'
import { applyRecipe } from './apply-recipe'
import { defaultRecipe } from './default-recipe'
import type { Choice, Recipe } from './recipe-model'
import { takeAllFrom, withChoice } from './recipe-edits'

/** Per output ATX section, the row and variant its heading was taken from. */
function sourcesOf(out: AgentDocument, origins: ReturnType<typeof applyRecipe>['origins']): Map<number, { row: string; variant: number }> {
  const found = new Map<number, { row: string; variant: number }>()
  out.sections.forEach((section, i) => {
    if (section.kind !== 'atx') return
    const origin = origins.find((o) => o.start <= section.start && section.start < o.end)
    if (origin && typeof origin.source === 'number' && origin.row !== undefined) found.set(i, { row: origin.row, variant: origin.source })
  })
  return found
}

/** Each heading of the merged text with a child (in the variant it came from) whose row is also in
 *  the merged text as a heading, but not below it (nor below another heading written for the same
 *  row): "<heading> lost <child>". Empty when none. */
export function lostSubsections(docs: readonly AgentDocument[], alignment: Alignment, recipe: Recipe): string[] {
  const result = applyRecipe(recipe, docs, alignment)
  const out = parseDocument(result.text, 'merged.md')
  const sources = sourcesOf(out, result.origins)
  const rowsById = new Map(alignment.rows.map((r) => [r.id, r]))
  const rowOf = docs.map(() => new Map<number, SectionRow>())
  for (const row of alignment.rows) row.cells.forEach((cell, v) => cell !== null && rowOf[v]!.set(cell, row))
  const outputOfRow = new Map<string, number>()
  for (const [i, { row }] of sources) if (!outputOfRow.has(row)) outputOfRow.set(row, i)
  // Below the heading, or below another heading of its row: a combine of two differently titled
  // sections writes both headings, and the subsections follow the last one (which has them too).
  const isBelow = (i: number, ancestor: number): boolean => {
    const row = sources.get(ancestor)!.row
    for (let at = out.sections[i]!.parent; at !== null; at = out.sections[at]!.parent) if (at === ancestor || sources.get(at)?.row === row) return true
    return false
  }
  const lost: string[] = []
  for (const [i, { row, variant }] of sources) {
    const cell = rowsById.get(row)?.cells[variant]
    if (cell == null) continue
    const doc = docs[variant]!
    doc.sections.forEach((child, c) => {
      if (child.parent !== cell || child.kind !== 'atx') return
      const childRow = rowOf[variant]!.get(c)
      const placed = childRow === undefined ? undefined : outputOfRow.get(childRow.id)
      // Markdown has six levels: deeper, a subsection is written at 6 beside its parent, with a warning.
      if (placed !== undefined && out.sections[placed]!.level === 6 && result.diagnostics.some((d) => d.code === 'heading-too-deep')) return
      if (placed !== undefined && !isBelow(placed, i)) lost.push(`"${out.sections[i]!.title}" (variant ${variant + 1}) lost "${child.title}"`)
    })
  }
  return lost
}

/** A recipe with one pick per row drawn from `choices`: a variant that has the row, all of them
 *  combined (in either order), or omit. */
function randomPicks(recipe: Recipe, alignment: Alignment, choices: readonly number[]): Recipe {
  const rowsById = new Map(alignment.rows.map((r) => [r.id, r]))
  return {
    ...recipe,
    rows: recipe.rows.map((rowPick, i) => {
      const cells = rowsById.get(rowPick.row)!.cells
      const present = cells.flatMap((cell, variant) => (cell === null ? [] : [variant]))
      const options: Choice[] = [...present.map((variant): Choice => ({ kind: 'variant', variant })), { kind: 'omit' }]
      if (present.length > 1) options.push({ kind: 'combine', variants: present }, { kind: 'combine', variants: [...present].reverse() })
      return { ...rowPick, pick: options[choices[i % choices.length]! % options.length]! }
    }),
  }
}

function check(texts: readonly string[], choices: readonly number[]): void {
  const docs = texts.map((text, i) => parseDocument(text, `v${i}.md`))
  const alignment = alignVariants(docs)
  const recipe = randomPicks(defaultRecipe(docs, alignment), alignment, choices)
  expect(lostSubsections(docs, alignment, recipe)).toEqual([])
}

const choices = fc.array(fc.nat(), { minLength: 1, maxLength: 40 })

describe('merged structure', () => {
  it('keeps every heading\'s subsections under it, for random picks over variants with nested headings', () => {
    fc.assert(fc.property(treeFamily, choices, check), { numRuns: 250 })
  })

  it('keeps them too over variants with pseudo-headings, swapped and added sections', () => {
    fc.assert(fc.property(docFamily.map((specs) => specs.map(renderDoc)), choices, check), { numRuns: 200 })
  })
})

// The merge of issue 8: three data-engineer variants (test-fixtures/data-engineer/README.md).
describe('three data-engineer variants', () => {
  const folder = join(__dirname, '..', '..', '..', 'test-fixtures', 'data-engineer')
  const docs = ['pipelines-team', 'platform-team', 'analytics-team'].map((team) => {
    const path = join(folder, team, 'data-engineer.md')
    return parseDocument(readFileSync(path, 'utf8'), path)
  })
  const alignment = alignVariants(docs)
  const cloud = alignment.rows.find((r) => r.title === 'Cloud Platforms')!
  const recipe = withChoice(defaultRecipe(docs, alignment), { kind: 'section', row: cloud.id }, { kind: 'variant', variant: 1 })
  const merged = parseDocument(applyRecipe(recipe, docs, alignment).text, 'merged.md')
  const childrenOf = (title: string): string[] => {
    const parent = merged.sections.findIndex((s) => s.title === title)
    return merged.sections.filter((s) => s.parent === parent).map((s) => s.title)
  }

  it('merges from the most complete variant with "Cloud Platforms" taken from another: "Data Quality & Governance" keeps its subsections', () => {
    expect(recipe.base).toBe(0)
    expect(childrenOf('Data Quality & Governance')).toEqual(['Validation', 'Lineage', 'Privacy'])
    expect(childrenOf('Cloud Platforms')).toEqual([])
    expect(childrenOf('Core Expertise')).toEqual(['Pipeline Architecture', 'Warehousing', 'Stream Processing', 'Data Quality & Governance', 'Cloud Platforms'])
    expect(lostSubsections(docs, alignment, recipe)).toEqual([])
  })

  it('lists the rows in that order for the grid too: "Cloud Platforms" after the whole subtree', () => {
    const titles = recipe.rows.map((r) => alignment.rows.find((row) => row.id === r.row)!.title)
    const at = (title: string): number => titles.indexOf(title)
    expect(titles.slice(at('Data Quality & Governance'), at('Data Quality & Governance') + 4)).toEqual(['Data Quality & Governance', 'Validation', 'Lineage', 'Privacy'])
    expect(at('Cloud Platforms')).toBeGreaterThan(at('Privacy'))
    // The output follows the recipe's order: every written row's heading comes in that order.
    const written = recipe.rows.filter((r) => r.pick.kind === 'variant').map((r) => alignment.rows.find((row) => row.id === r.row)!.title)
    expect(merged.sections.filter((s) => s.kind !== 'preamble').map((s) => s.title)).toEqual(written.filter((t) => t !== ''))
  })

  it('keeps every heading\'s subsections for each variant taken whole and for random picks', () => {
    for (let v = 0; v < docs.length; v++) expect(lostSubsections(docs, alignment, takeAllFrom(recipe, alignment, v))).toEqual([])
    fc.assert(
      fc.property(choices, (picks) => {
        expect(lostSubsections(docs, alignment, randomPicks(recipe, alignment, picks))).toEqual([])
      }),
      { numRuns: 200 },
    )
  })
})
