import { readdirSync, readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Alignment } from '../alignment-model'
import type { AgentDocument } from '../model'
import { parseDocument } from '../parse/parse-document'
import { alignRows, alignVariants } from './align-variants'
import { corpusGroups, exampleDocs } from './testing/corpus-groups'
import { docFamily, messyText, renderDoc } from './testing/generated-docs'

const repo = { read: (p: string) => readFileSync(p, 'utf8'), list: (d: string) => readdirSync(d) }
const parse = (text: string, i = 0): AgentDocument => parseDocument(text, `v${i}.md`)

/** Every section of every variant sits in exactly one row, rows keep each variant's order,
 *  ids are unique, parents come before their children. */
function expectWellFormed(docs: readonly AgentDocument[], alignment: Alignment): void {
  expect(alignment.variantCount).toBe(docs.length)
  expect(new Set(alignment.rows.map((r) => r.id)).size).toBe(alignment.rows.length)
  const seenIds = new Set<string>()
  for (const row of alignment.rows) {
    expect(row.cells).toHaveLength(docs.length)
    expect(row.cells[row.reference]).not.toBeNull()
    if (row.parentId !== null) expect(seenIds.has(row.parentId)).toBe(true)
    seenIds.add(row.id)
  }
  docs.forEach((doc, variant) => {
    const cells = alignment.rows.flatMap((r) => (r.cells[variant] === null ? [] : [r.cells[variant]!]))
    expect(cells).toEqual(doc.sections.map((_, i) => i)) // each exactly once, in the variant's order
  })
  for (const key of alignment.keys) expect(key.cells).toHaveLength(docs.length)
}

describe('alignVariants on the founding example', () => {
  const docs = exampleDocs(repo)
  const alignment = alignVariants(docs)
  it('is well formed', () => expectWellFormed(docs, alignment))
  it('puts the numbered bold sections shared by 000 and 001 in the same rows', () => {
    const titleOf = (variant: number, cell: number | null): string | null => (cell === null ? null : docs[variant]!.sections[cell]!.title)
    for (const title of ['API Design & Implementation', 'Database Architecture', 'System Architecture', 'Performance Optimization', 'DevOps Integration', 'Technology Stack Expertise', 'Architectural Patterns', 'API Best Practices', 'Database Patterns']) {
      const row = alignment.rows.find((r) => titleOf(0, r.cells[0]!) === title)
      expect(row, title).toBeDefined()
      expect(titleOf(1, row!.cells[1]!), title).toBe(title)
    }
  })
  it('gives a shared unchanged section the status same and 000-only ones unique', () => {
    const row = alignment.rows.find((r) => r.cells[0] !== null && docs[0]!.sections[r.cells[0]!]!.title === 'NATS Event Architecture')
    expect(row!.status).toEqual({ kind: 'unique', variant: 0 })
    const api = alignment.rows.find((r) => r.title === 'API Best Practices')!
    expect(['same', 'partial']).toContain(api.status.kind)
  })
  it('does not take 001\'s closing "CORE PROTOCOL" section for a title heading wrapping the body', () => {
    const core = alignment.rows.find((r) => r.cells[2] !== null && docs[2]!.sections[r.cells[2]!]!.title === 'Core Responsibilities')!
    expect(core.parentId).toBeNull()
  })
  it('joins topics kept under different parents: "System Architecture" of 000 (top-level item) and of 002 (under Core Responsibilities)', () => {
    const titleOf = (variant: number, cell: number | null): string | null => (cell === null ? null : docs[variant]!.sections[cell]!.title)
    const row = alignment.rows.find((r) => titleOf(2, r.cells[2]!) === 'System Architecture')!
    expect(titleOf(0, row.cells[0]!)).toBe('System Architecture')
    expect(titleOf(1, row.cells[1]!)).toBe('System Architecture')
    // The row hangs under its reference's parent (002 is the most complete variant here).
    expect(row.reference).toBe(2)
    expect(alignment.rows.find((r) => r.id === row.parentId)!.title).toBe('Core Responsibilities')
    // A variant that drops a parent heading: 003's top-level "Architecture Patterns" joins 002's under "Technical Expertise".
    const patterns = alignment.rows.find((r) => titleOf(3, r.cells[3]!) === 'Architecture Patterns')!
    expect(titleOf(2, patterns.cells[2]!)).toBe('Architecture Patterns')
    // A one-word title needs more shared text: 002's "Security" item (Delivery Standards) and 003's
    // "**Security:**" checklist (Quick Reference Checklist) stay apart, so neither list is cut in two.
    const security = alignment.rows.find((r) => titleOf(3, r.cells[3]!) === 'Security' && docs[3]!.sections[r.cells[3]!]!.kind === 'bold')!
    expect(security.cells[2]).toBeNull()
  })
  it('aligns the frontmatter keys with list items', () => {
    expect(alignment.keys.map((k) => k.key)).toEqual(expect.arrayContaining(['name', 'description', 'tools', 'color', 'model']))
    const name = alignment.keys.find((k) => k.key === 'name')!
    expect(name.status).toEqual({ kind: 'same' })
    const tools = alignment.keys.find((k) => k.key === 'tools')!
    expect(tools.cells[2]!.items).toEqual(['Write', 'Edit', 'MultiEdit', 'Read', 'Bash', 'Grep', 'Glob'])
    expect(tools.cells[0]!.items).toEqual(['Write', 'Read', 'MultiEdit', 'Bash', 'Grep'])
    expect(tools.itemChanges![0]).toEqual({ added: [], removed: ['Edit', 'Glob'] })
    expect(tools.status).toEqual({ kind: 'partial', missingIn: [4] })
  })
})

describe('alignVariants on the corpus duplicate groups', () => {
  const groups = corpusGroups(repo)
  it('finds the groups', () => expect(groups.length).toBeGreaterThanOrEqual(7))
  it.each(groups.map((g) => [g[0]!.path.split('/').pop(), g] as const))('%s is well formed', (_, docs) => {
    expectWellFormed(docs, alignVariants(docs))
  })
  it('matches most sections of near-identical copies', () => {
    const reviewers = groups.find((g) => g.filter((d) => d.path.includes('wshobson')).length >= 5)!
    const copies = reviewers.filter((d) => d.path.includes('wshobson') && d.text.length > 5000)
    const alignment = alignVariants(copies)
    const full = alignment.rows.filter((r) => r.cells.every((c) => c !== null))
    expect(full.length).toBeGreaterThanOrEqual(copies[0]!.sections.length - 1)
  })
})

describe('alignVariants on small hand-made variants', () => {
  it.each([
    ['same up to heading level and trailing spaces', '## Usage\nRun it.\n', '### Usage  \nRun it.   \n\n', 'same'],
    ['changed text', '## Usage\nRun it now.\n', '## Usage\nRun it later.\n', 'changed'],
    ['numbering and case differ', '## 1. Usage\nRun it.\n', '## usage:\nRun it.\n', 'changed'],
  ])('%s', (_, a, b, kind) => {
    const docs = [parse(a, 0), parse(b, 1)]
    const rows = alignVariants(docs).rows
    expect(rows).toHaveLength(1)
    expect(rows[0]!.status.kind).toBe(kind)
  })
  it('matches a renamed section by its content', () => {
    const body = 'Design RESTful APIs with versioning, pagination, rate limiting and clear error responses.\n'
    const docs = [parse(`## Intro\nHi.\n## API Design\n${body}`, 0), parse(`## Intro\nHi.\n## Building APIs\n${body}`, 1)]
    const sectionRows = alignVariants(docs).rows.filter((r) => r.title !== '')
    expect(sectionRows.map((r) => r.cells.map((c, v) => docs[v]!.sections[c!]!.title))).toEqual([
      ['Intro', 'Intro'],
      ['API Design', 'Building APIs'],
    ])
  })
  it('keeps unrelated sections apart', () => {
    const docs = [parse('## Alpha\nfirst letters here\n', 0), parse('## Omega\nlast symbols there\n', 1)]
    const rows = alignVariants(docs).rows
    expect(rows.map((r) => r.status.kind)).toEqual(['unique', 'unique'])
  })
  it('aligns children within matched parents only', () => {
    const a = '## Security\n### Tokens\nrotate keys\n## Performance\n### Tokens\ncount them\n'
    const b = '## Performance\n### Tokens\ncount them\n'
    const docs = [parse(a, 0), parse(b, 1)]
    const alignment = alignVariants(docs)
    expectWellFormed(docs, alignment)
    const perfTokens = alignment.rows.find((r) => r.cells[1] !== null && docs[1]!.sections[r.cells[1]!]!.title === 'Tokens')!
    expect(docs[0]!.sections[perfTokens.cells[0]!]!.key).toBe('performance/tokens')
  })
  it('joins a section whose parent heading another variant dropped, with its children', () => {
    const a = '## Intro\nHello.\n## Security\nRules.\n### Tokens\nrotate keys often\n#### Storage\nvault only\n'
    const b = '## Intro\nHello.\n## Tokens\nrotate keys often\n### Storage\nvault only\n'
    const docs = [parse(a, 0), parse(b, 1)]
    const alignment = alignVariants(docs)
    expectWellFormed(docs, alignment)
    const titles = alignment.rows.map((r) => r.cells.map((c, v) => (c === null ? null : docs[v]!.sections[c]!.title)))
    expect(titles).toContainEqual(['Tokens', 'Tokens'])
    expect(titles).toContainEqual(['Storage', 'Storage'])
    const tokens = alignment.rows.find((r) => r.title === 'Tokens')!
    expect(tokens.parentId).toBe(alignment.rows.find((r) => r.title === 'Security')!.id)
    expect(tokens.status).toEqual({ kind: 'same' })
  })
  it('joins sections across parents only where every variant keeps its order', () => {
    // b has Tokens before Storage at the top level, a has them the other way round under two parents.
    const a = '## Keys\n### Storage Rules\nvault only\n## Auth\n### Token Rotation\nrotate keys often\n'
    const b = '## Token Rotation\nrotate keys often\n## Storage Rules\nvault only\n'
    const docs = [parse(a, 0), parse(b, 1)]
    const alignment = alignVariants(docs)
    expectWellFormed(docs, alignment)
    expect(alignment.rows.filter((r) => r.cells.every((c) => c !== null)).length).toBe(1) // only one of the two can join
    // Neither parent is taken for a renamed copy of the other variant's section it holds.
    expect(alignment.rows.filter((r) => r.title === 'Keys' || r.title === 'Auth').map((r) => r.status.kind)).toEqual(['unique', 'unique'])
  })
  it('finishes a joined row\'s subtree before the sections that follow it in the other variant', () => {
    const a = '## Keys\nWhere keys live.\n### Token Rotation\nrotate keys often and always\n### Storage\nvault only\n'
    const b = 'Intro text.\n\n**Token Rotation**\nrotate keys often and always\n\n**Extra B**\nbee text\n'
    const docs = [parse(a, 0), parse(b, 1)]
    const alignment = alignVariants(docs)
    expectWellFormed(docs, alignment)
    expect(alignment.rows.map((r) => r.title)).toEqual(['', 'Keys', 'Token Rotation', 'Storage', 'Extra B'])
    expect(alignment.rows[2]!.cells.every((c) => c !== null)).toBe(true)
  })
  it('keeps a short generic title apart across parents when the texts differ', () => {
    const a = '## Python\n### Examples\nimport os and print the path\n'
    const b = '## Go\n### Examples\nfmt Println hello world\n'
    const docs = [parse(a, 0), parse(b, 1)]
    const alignment = alignVariants(docs)
    expect(alignment.rows.filter((r) => r.title === 'Examples').map((r) => r.status.kind)).toEqual(['unique', 'unique'])
  })
  it('aligns the sections under a title heading with another variant\'s top-level sections', () => {
    const docs = [parse('# Performance Engineer\nIntro.\n## Focus Areas\nlatency\n## Output\nreport\n', 0), parse('## Focus Areas\nlatency\n## Output\nreport\n', 1)]
    const alignment = alignVariants(docs)
    expectWellFormed(docs, alignment)
    const focus = alignment.rows.find((r) => r.title === 'Focus Areas')!
    expect(focus.cells.map((c, v) => docs[v]!.sections[c!]!.title)).toEqual(['Focus Areas', 'Focus Areas'])
    expect(focus.status).toEqual({ kind: 'same' })
    expect(focus.parentId).toBe(alignment.rows.find((r) => r.title === 'Performance Engineer')!.id)
  })
  it('takes a lone heading after a preamble with its own pseudo-headings as a last section, not a title wrapper', () => {
    const docs = [parse('Intro.\n\n1. **Design**: plan it\n\n## Rules\n### Golden\nbe honest\n', 0), parse('## Duties\n### Plan\nplan it\n', 1)]
    const alignment = alignVariants(docs)
    expectWellFormed(docs, alignment)
    expect(alignment.rows.find((r) => r.title === 'Duties')!.parentId).toBeNull()
  })
  it('names rows by the reference section key, the same on every run, unique when keys collide', () => {
    const docs = [parse('## Usage\nalpha beta gamma\n', 0), parse('## Usage\ncompletely different words here\n## Extra\nmore\n', 1)]
    const first = alignVariants(docs).rows.map((r) => r.id)
    expect(alignVariants(docs).rows.map((r) => r.id)).toEqual(first)
    // Equal titles always match, so the two Usage sections share a row named by the reference (variant 1).
    expect(first).toEqual(['usage', 'extra'])
    // Swapped sections: only one pair can match in order, the other title gets two rows.
    const swapped = [parse('## Yankee\ny\n## Xray\nx\n', 0), parse('## Xray\nx\n## Yankee\ny\n', 1)]
    const ids = alignVariants(swapped).rows.map((r) => r.id)
    expect(ids).toHaveLength(3)
    expect(new Set(ids).size).toBe(3)
    expect(ids.some((id) => /@\d$/.test(id))).toBe(true)
  })
  it('handles one document and documents without sections', () => {
    expectWellFormed([parse('just text')], alignVariants([parse('just text')]))
    const docs = [parse('', 0), parse('---\nname: x\n---\n', 1)]
    expectWellFormed(docs, alignVariants(docs))
  })
})

describe('alignVariants on very many sections', () => {
  it.each([600, 2100])('stays well formed with %i sections a variant', (count) => {
    const doc = (shift: number) => Array.from({ length: count }, (_, i) => `**Item ${(i + shift) % count}**\nline ${i}\n`).join('\n')
    const docs = [parse(doc(0), 0), parse(doc(3), 1)]
    const alignment = alignVariants(docs)
    expectWellFormed(docs, alignment)
    expect(alignment.rows.filter((r) => r.cells.every((c) => c !== null)).length).toBeGreaterThan(count - 10)
  })
})

describe('alignVariants on nested headings whose titles the other variant shuffles', () => {
  // The hostile bench's nested-headings pair, smaller: levels 1-6 in turn, and a variant with every
  // digit of the titles shifted, so that each title sits elsewhere in the other variant's tree.
  const shifted = (n: number, by: number): string => String(n).replace(/\d/g, (d) => String((Number(d) + by) % 10))
  const doc = (by: number): string => Array.from({ length: 600 }, (_, i) => `${'#'.repeat((i % 6) + 1)} Heading ${shifted(i, by)}\n\n${'x'.repeat(40)}\n`).join('\n')
  it('joins the rows it can across parents and keeps each variant\'s order', () => {
    const docs = [parse(doc(0), 0), parse(doc(3), 1)]
    const alignment = alignVariants(docs)
    expectWellFormed(docs, alignment)
    expect(alignment.rows.filter((r) => r.cells.every((c) => c !== null)).map((r) => r.title).slice(0, 6)).toEqual(['Heading 3', 'Heading 4', 'Heading 5', 'Heading 9', 'Heading 12', 'Heading 18'])
    expect(alignment.rows.filter((r) => r.cells.every((c) => c !== null))).toHaveLength(36)
  })
})

describe('alignVariants on generated families', () => {
  it('places every section exactly once, in order', () => {
    fc.assert(
      fc.property(docFamily, (specs) => {
        const docs = specs.map((spec, i) => parse(renderDoc(spec), i))
        expectWellFormed(docs, alignVariants(docs))
      }),
      { numRuns: 150 },
    )
  })
})

describe('alignVariants on messy texts', () => {
  it('places every section exactly once, in order', () => {
    fc.assert(
      fc.property(fc.array(messyText, { minLength: 1, maxLength: 5 }), (texts) => {
        const docs = texts.map((text, i) => parse(text, i))
        expectWellFormed(docs, alignVariants(docs))
      }),
      { numRuns: 300 },
    )
  })
})

describe('alignRows', () => {
  const withoutStatus = (alignment: Alignment): unknown => ({ ...alignment, rows: alignment.rows.map(({ status: _, ...row }) => row) })

  it('gives the corpus groups the rows of alignVariants, without their statuses', () => {
    for (const docs of corpusGroups(repo)) {
      const rows = alignRows(docs)
      expect(rows).toEqual(withoutStatus(alignVariants(docs)))
      expect(rows.rows.some((row) => 'status' in row)).toBe(false)
    }
  })

  it('gives generated families the rows of alignVariants', () => {
    fc.assert(
      fc.property(docFamily, (specs) => {
        const docs = specs.map((spec, i) => parse(renderDoc(spec), i))
        expect(alignRows(docs)).toEqual(withoutStatus(alignVariants(docs)))
      }),
      { numRuns: 100 },
    )
  })
})
