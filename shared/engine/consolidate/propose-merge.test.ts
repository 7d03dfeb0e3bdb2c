import { readdirSync, readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { alignVariants } from '../align/align-variants'
import { corpusGroups, exampleDocs } from '../align/testing/corpus-groups'
import { docFamily, docSpec, renderDoc } from '../align/testing/generated-docs'
import type { AgentDocument } from '../model'
import { parseDocument } from '../parse/parse-document'
import { isStrictYaml } from '../parse/strict-yaml'
import { applyRecipe } from '../recipe/apply-recipe'
import { sectionBodyText } from '../recipe/section-identity'
import type { MergeProposal } from './consolidate-model'
import { proposeMerge } from './propose-merge'
import { ADDED_WORDS_SHARE, MIN_ADDED_WORDS } from './propose-rows'
import { countWords } from './words'

const repo = { read: (p: string) => readFileSync(p, 'utf8'), list: (d: string) => readdirSync(d) }
const parse = (text: string, i = 0): AgentDocument => parseDocument(text, `v${i}/agent.md`)

function propose(docs: readonly AgentDocument[], options: Parameters<typeof proposeMerge>[2] = {}) {
  const alignment = alignVariants(docs)
  const proposal = proposeMerge(docs, alignment, options)
  return { alignment, proposal, result: applyRecipe(proposal.recipe, docs, alignment) }
}

/** Every section of every variant is taken, listed as left out (as a row or another version),
 *  or has the same text as the version taken. */
function expectNothingSilentlyDropped(docs: readonly AgentDocument[], alignment: ReturnType<typeof alignVariants>, proposal: MergeProposal): void {
  for (const row of alignment.rows) {
    const decision = proposal.rows.find((d) => d.row === row.id)
    expect(decision, row.id).toBeDefined()
    row.cells.forEach((cell, v) => {
      if (cell == null || decision!.taken === v) return
      const listed = proposal.leftOut.some((l) => (l.kind === 'row' && l.row === row.id && l.variants.includes(v)) || (l.kind === 'version' && l.row === row.id && l.variant === v))
      if (listed) return
      const taken = decision!.taken
      expect(taken, `${row.id} of ${v + 1} neither taken nor listed`).not.toBeNull()
      expect(sectionBodyText(docs[v]!, cell).trimEnd()).toBe(sectionBodyText(docs[taken!]!, row.cells[taken!]!).trimEnd())
    })
  }
  for (const key of alignment.keys) {
    const decision = proposal.keys.find((d) => d.key === key.key)!
    key.cells.forEach((cell, v) => {
      if (cell === null || decision.taken === v) return
      const listed = proposal.leftOut.some((l) => ((l.kind === 'key' && l.variants.includes(v)) || (l.kind === 'items' && l.variant === v)) && l.key === key.key)
      if (listed || decision.taken === null) return expect(listed, `${key.key} of ${v + 1}`).toBe(true)
      const mine = key.cells[decision.taken]!
      // Same value, or a list whose items the taken one has.
      if (cell.items && mine.items) expect(cell.items.filter((i) => !mine.items!.includes(i))).toEqual([])
      else expect(cell.value).toEqual(mine.value)
    })
  }
}

describe('proposeMerge on the corpus groups', () => {
  const groups = [exampleDocs(repo), ...corpusGroups(repo)]
  it.each(groups.map((g) => [g[0]!.path.split('/').pop(), g] as const))('%s: decides every row and key, loses nothing silently, writes strict frontmatter', (_, docs) => {
    const { alignment, proposal, result } = propose(docs)
    expect(proposal.recipe.rows.every((r) => r.pick.kind !== 'undecided')).toBe(true)
    expect(proposal.recipe.keys.every((k) => k.pick.kind !== 'undecided')).toBe(true)
    expect(result.undecidedRows).toEqual([])
    expect(result.diagnostics.filter((d) => d.code.startsWith('unresolved'))).toEqual([])
    const fm = /^\uFEFF?---\r?\n([\s\S]*?)\r?\n---/.exec(result.text)
    expect(fm).not.toBeNull()
    expect(isStrictYaml(fm![1]! + '\n')).toBe(true)
    expect(proposal.rows).toHaveLength(alignment.rows.length)
    expect(proposal.keys).toHaveLength(alignment.keys.length)
    expect(proposal.rows.every((r) => r.reason.length > 0)).toBe(true)
    expectNothingSilentlyDropped(docs, alignment, proposal)
    const added = proposal.rows.filter((r) => r.taken !== null && r.taken !== proposal.base).reduce((n, r) => n + Number(/adds ([\d,]+) word/.exec(r.reason)?.[1]?.replace(',', '') ?? 0), 0)
    expect(added).toBeLessThanOrEqual(Math.max(MIN_ADDED_WORDS, Math.round(ADDED_WORDS_SHARE * countWords(docs[proposal.base]!.text.slice(docs[proposal.base]!.bodyStart)))))
    // Without content hashes (the command line's recipes, never saved): the same decisions and text.
    const unhashed = proposeMerge(docs, alignment, { recipeHashes: false })
    expect(unhashed.recipe.rows.every((r) => r.sectionHashes.length === 0 && r.sectionBodyHashes === undefined)).toBe(true)
    expect(unhashed.recipe.keys.every((k) => k.valueHashes === undefined)).toBe(true)
    const strip = (p: MergeProposal) => ({
      ...p,
      recipe: { ...p.recipe, rows: p.recipe.rows.map(({ row, pick, sectionKeys }) => ({ row, pick, sectionKeys })), keys: p.recipe.keys.map(({ key, pick }) => ({ key, pick })) },
    })
    expect(strip(unhashed)).toEqual(strip(proposal))
    expect(applyRecipe(unhashed.recipe, docs, alignment).text).toBe(result.text)
  })

  it('starts from a strict variant and adds a section only another variant has', () => {
    const backend = groups.find((g) => g[0]!.path.includes('backend-architect'))!
    const { proposal } = propose(backend)
    expect(backend[proposal.base]!.frontmatterMode).toBe('strict')
    expect(proposal.rows.some((r) => r.taken !== null && r.taken !== proposal.base && /^only in \d+: adds [\d,]+ words?$/.test(r.reason))).toBe(true)
  })
})

const fm = (extra = ''): string => `---\nname: helper\ndescription: Helps.\n${extra}---\n`
const usage = 'Run the checks before every commit and read the report line by line, fixing what it finds.'
const deploy = 'Deploy to staging first; promote to production only after the smoke tests pass on staging.'

describe('proposeMerge: propose', () => {
  it('leaves out the same text under another heading, naming the row it repeats', () => {
    const a = parse(`${fm()}# Helper\n\n## Usage\n\n${usage}\n\n## Notes\n\nNotes that only the base has, about style, naming, layout, tests, reviews, releases and the long tail of small habits.\n\n## Reviews\n\nRead every diff twice.\n\n## Releases\n\nTag them.\n`, 0)
    const b = parse(`${fm()}# Helper\n\n## How to use\n\n${usage}\n\n## Deploying\n\n${deploy}\n\n## Quick start\n\n${usage.replace('every commit', 'each commit')}\n`, 1)
    const { proposal, result } = propose([a, b])
    expect(proposal.base).toBe(0)
    const quick = proposal.rows.find((r) => r.title === 'Quick start')!
    expect(quick.taken).toBeNull()
    expect(quick.reason).toMatch(/^only in 2: same as row 2 of the result \("Usage", \d+ % alike\): left out$/)
    expect(proposal.leftOut).toContainEqual(expect.objectContaining({ kind: 'row', row: quick.row, variants: [1] }))
    const deploying = proposal.rows.find((r) => r.title === 'Deploying')!
    expect(deploying).toMatchObject({ taken: 1, reason: 'only in 2: adds 15 words' })
    expect(result.text.match(/Run the checks/g)).toHaveLength(1)
    expect(result.text).toContain(deploy)
  })

  it('leaves out a new section under a heading the result already has', () => {
    const a = parse(`${fm()}# Helper\n\n## Setup\n\n### Output\n\n${usage}\n\n## Style\n\nKeep functions short and names plain; say why in comments, never what.\n`, 0)
    const b = parse(`${fm()}# Helper\n\n## Reporting\n\n### Output\n\n${deploy}\n`, 1)
    const { proposal } = propose([a, b])
    const second = proposal.rows.find((r) => r.title === 'Output' && r.taken === null)
    expect(second?.reason).toMatch(/^only in 2: row 3 of the result has the same heading \("Output"\): left out$/)
  })

  it('adds at most half the words of the base from other variants; the rest is left out, to take by hand', () => {
    // Distinct words per section, so no section covers another.
    const prose = (tag: string, n: number): string => Array.from({ length: n }, (_, i) => `${tag}${i}`).join(' ')
    const a = parse(`${fm()}## Usage\n\n${prose('base', 400)}\n\n## Extra\n\nBase only.\n\n## Style\n\nPlain.\n\n## Notes\n\nFew.\n\n## Links\n\nNone.\n`, 0)
    const b = parse(`${fm()}## Usage\n\n${prose('base', 400)}\n\n## Deploying\n\n${prose('deploy', 120)}\n\n## Metrics\n\n${prose('metric', 120)}\n\n## Alerts\n\n${prose('alert', 60)}\n`, 1)
    const { proposal, result } = propose([a, b])
    expect(proposal.base).toBe(0)
    // Half the base's words may be added: Deploying (120) fits, Metrics (120) does not, Alerts (60) still fits.
    const limit = Math.round(countWords(a.text.slice(a.bodyStart)) / 2)
    expect(limit).toBeGreaterThanOrEqual(180)
    expect(limit).toBeLessThan(240)
    expect(proposal.rows.find((r) => r.title === 'Deploying')).toMatchObject({ taken: 1, reason: 'only in 2: adds 120 words' })
    const metrics = proposal.rows.find((r) => r.title === 'Metrics')!
    expect(metrics.taken).toBeNull()
    expect(metrics.reason).toBe(`only in 2: adds 120 words, more than the ${limit - 120} words the base may still gain (${limit} in all, half its length): left out; take it by hand if you want it`)
    expect(proposal.leftOut).toContainEqual(expect.objectContaining({ kind: 'row', row: metrics.row, variants: [1], reason: metrics.reason }))
    expect(proposal.rows.find((r) => r.title === 'Alerts')).toMatchObject({ taken: 1 })
    expect(result.text).not.toContain('metric0')
    // A small base may always gain MIN_ADDED_WORDS.
    const small = parse(`${fm()}## Usage\n\n${prose('base', 20)}\n\n## More\n\nAnd.\n\n## Style\n\nPlain.\n\n## Notes\n\nFew.\n\n## Links\n\nNone.\n`, 0)
    const second = propose([small, b]).proposal
    expect(second.base).toBe(0)
    expect(second.rows.find((r) => r.title === 'Deploying')).toMatchObject({ taken: 1, reason: 'only in 2: adds 120 words' })
    expect(second.rows.find((r) => r.title === 'Metrics')).toMatchObject({
      taken: null,
      reason: `only in 2: adds 120 words, more than the 30 words the base may still gain (${MIN_ADDED_WORDS} in all, as much as any base may gain): left out; take it by hand if you want it`,
    })
  })

  it('leaves out a section whose words the result already has', () => {
    const a = parse(`${fm()}## Usage\n\n${usage} ${deploy}\n\n## Style\n\nKeep functions short and names plain; say why in comments, never what; test the edges, the empty input, the huge input and the broken one.\n`, 0)
    const b = parse(`${fm()}## Usage\n\n${usage} ${deploy}\n\n## Summary\n\n${deploy}\n`, 1)
    const { proposal } = propose([a, b])
    expect(proposal.rows.find((r) => r.title === 'Summary')).toMatchObject({ taken: null })
    expect(proposal.rows.find((r) => r.title === 'Summary')!.reason).toMatch(/^only in 2: only 0 % of its words are new to the result: left out$/)
  })

  it('keeps the base tools and offers the extra ones; never takes a permission the base lacks', () => {
    const a = parse(`${fm('tools: Read, Grep\n')}## Usage\n\n${usage} More words so this one is the most complete variant of all.\n`, 0)
    const b = parse(`${fm('tools: Read, Grep, Bash, WebFetch\nmodel: sonnet\n')}## Usage\n\n${usage}\n`, 1)
    const { proposal, result } = propose([a, b])
    expect(proposal.base).toBe(0)
    expect(result.text).toContain('tools: Read, Grep\n')
    expect(proposal.leftOut).toContainEqual(expect.objectContaining({ kind: 'items', key: 'tools', variant: 1, items: ['Bash', 'WebFetch'] }))
    expect(proposal.keys.find((k) => k.key === 'model')).toMatchObject({ taken: 1, reason: 'only in 2' })
    const c = parse(`${fm()}## Usage\n\n${usage} More words so this one is the most complete variant of all.\n`, 0)
    const second = propose([c, b])
    expect(second.result.text).not.toContain('tools:')
    expect(second.proposal.leftOut).toContainEqual(expect.objectContaining({ kind: 'key', key: 'tools', variants: [1] }))
  })

  it('takes a name the base lacks only when a file of the group goes by it: another name is another agent', () => {
    const body = `## Usage\n\n${usage}\n\n## Deploying\n\n${deploy}\n`
    // Grouped by their file name (the .agent.md format is named by its file), not by `name`.
    const base = parseDocument(`---\ndescription: Helps.\n---\n${body}\n## Extra\n\nOne more line.\n`, 'x/helper.md')
    const named = (name: string, path: string): AgentDocument => parseDocument(`---\nname: ${name}\ndescription: Helps.\n---\n${body}`, path)
    const other = propose([base, named('reviewer', 'y/helper.agent.md')])
    expect(other.proposal.base).toBe(0)
    expect(other.proposal.keys.find((k) => k.key === 'name')).toMatchObject({ taken: null })
    expect(other.proposal.leftOut).toContainEqual(expect.objectContaining({ kind: 'key', key: 'name', variants: [1] }))
    expect(other.result.text).not.toContain('name:')
    const same = propose([base, named('Helper', 'y/helper.md')])
    expect(same.proposal.keys.find((k) => k.key === 'name')).toMatchObject({ taken: 1 })
    expect(same.result.text).toMatch(/^---\nname: Helper\n/)
  })

  it('prefers a strict variant nearly as complete over a broken one', () => {
    const body = `## Usage\n\n${usage}\n\n## Deploying\n\n${deploy}\n`
    const broken = parse(`---\nname: helper\ndescription: Use it: when asked\ntools: *\n---\n${body}\n## Extra\n\nOne more line.\n`, 0)
    const strict = parse(`${fm()}${body}`, 1)
    expect(broken.frontmatterMode).not.toBe('strict')
    const { proposal } = propose([broken, strict])
    expect(proposal.base).toBe(1)
    expect(proposal.baseReason).toMatch(/strict/)
  })

  it('identical variants propose exactly their text (property)', () => {
    fc.assert(
      fc.property(docSpec, fc.integer({ min: 2, max: 4 }), (spec, n) => {
        const text = renderDoc(spec)
        const docs = Array.from({ length: n }, (_, i) => parse(text, i))
        fc.pre(docs[0]!.frontmatterMode === 'strict' || docs[0]!.frontmatterMode === 'none')
        const { proposal, result } = propose(docs)
        expect(result.text).toBe(text)
        expect(proposal.leftOut).toEqual([])
      }),
      { numRuns: 60 },
    )
  })

  it('never loses a section or key without listing it (property)', () => {
    fc.assert(
      fc.property(docFamily, fc.constantFrom('propose', 'first', 'longest') as fc.Arbitrary<'propose' | 'first' | 'longest'>, (specs, policy) => {
        const docs = specs.map((s, i) => parse(renderDoc(s), i))
        const { alignment, proposal, result } = propose(docs, { policy })
        expect(result.undecidedRows).toEqual([])
        expectNothingSilentlyDropped(docs, alignment, proposal)
      }),
      { numRuns: 80 },
    )
  })
})

describe('proposeMerge: other policies', () => {
  const a = parse(`${fm()}## Usage\n\n${usage}\n`, 0)
  const b = parse(`${fm('model: opus\n')}## Usage\n\n${usage}\n\n## Deploying\n\n${deploy}\n`, 1)
  it('first takes everything from variant 1 and lists the rest as left out', () => {
    const { proposal, result } = propose([a, b], { policy: 'first' })
    expect(proposal.base).toBe(0)
    expect(result.text).toBe(a.text)
    expect(proposal.leftOut.map((l) => l.kind).sort()).toEqual(['key', 'row'])
    expect(proposal.rows.find((r) => r.title === 'Deploying')!.reason).toMatch(/policy first/)
  })
  it('newest takes the variant changed last; longest the longest', () => {
    expect(propose([a, b], { policy: 'newest', mtimes: [2_000, 1_000] }).proposal.base).toBe(0)
    expect(propose([a, b], { policy: 'newest', mtimes: [1_000, 2_000] }).proposal.base).toBe(1)
    expect(propose([a, b], { policy: 'newest' }).proposal.baseReason).toMatch(/no modification times/)
    expect(propose([a, b], { policy: 'longest' }).result.text).toBe(b.text)
  })
})
