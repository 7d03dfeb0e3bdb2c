import { readdirSync, readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { alignVariants } from '../align/align-variants'
import { corpusDocs, corpusGroups, exampleDocs } from '../align/testing/corpus-groups'
import { docFamily, messyText, renderDoc } from '../align/testing/generated-docs'
import type { AgentDocument } from '../model'
import { lintDocument } from '../lint/lint-document'
import { parseDocument } from '../parse/parse-document'
import { isStrictYaml } from '../parse/strict-yaml'
import { applyRecipe } from './apply-recipe'
import { defaultRecipe } from './default-recipe'
import type { MergeResult, Choice, Recipe } from './recipe-model'
import { takeAllFrom, withChoice, withMoved } from './recipe-edits'

const repo = { read: (p: string) => readFileSync(p, 'utf8'), list: (d: string) => readdirSync(d) }
const parse = (text: string, i = 0): AgentDocument => parseDocument(text, `v${i}.md`)

/** The YAML between the opening `---` on the first line and the next `---` or `...` line, or null. */
function frontmatterOf(text: string): string | null {
  const open = /^\uFEFF?---[ \t]*\r?\n/.exec(text)
  if (!open) return null
  const rest = text.slice(open[0].length)
  const close = /^(---|\.\.\.)[ \t]*(\r?\n|$)/m.exec(rest)
  return close ? rest.slice(0, close.index) : rest
}

/** The output's frontmatter (if any) is strict YAML, and origins tile the text in order. */
function expectSound(result: MergeResult): void {
  const fm = frontmatterOf(result.text)
  if (fm !== null) expect(isStrictYaml(fm), fm).toBe(true)
  let at = 0
  for (const origin of result.origins) {
    expect(origin.start).toBe(at)
    expect(origin.end).toBeGreaterThan(origin.start)
    at = origin.end
  }
  expect(at).toBe(result.text.length)
}

const prepared = new WeakMap<readonly AgentDocument[], { alignment: ReturnType<typeof alignVariants>; recipe: Recipe }>()
function takeAll(docs: readonly AgentDocument[], variant: number): MergeResult {
  let group = prepared.get(docs)
  if (!group) {
    const alignment = alignVariants(docs)
    group = { alignment, recipe: defaultRecipe(docs, alignment) }
    prepared.set(docs, group)
  }
  return applyRecipe(takeAllFrom(group.recipe, group.alignment, variant), docs, group.alignment)
}

describe('take everything from one variant', () => {
  const groups = [exampleDocs(repo), ...corpusGroups(repo)]
  it.each(groups.map((g) => [g[0]!.path.split('/').pop(), g] as const))('%s: reproduces each strict variant byte for byte, repairs the others', (_, docs) => {
    docs.forEach((doc, variant) => {
      const result = takeAll(docs, variant)
      expectSound(result)
      if (doc.frontmatterMode === 'strict' || doc.frontmatterMode === 'none') expect(result.text).toBe(doc.text)
      expect(result.undecidedRows).toEqual([])
      expect(result.diagnostics.filter((d) => d.code === 'unresolved-row' || d.code === 'unresolved-key')).toEqual([])
    })
  })
  it('merging each corpus file with itself gives strict frontmatter, the same body and the same values', () => {
    for (const doc of corpusDocs(repo)) {
      const result = takeAll([doc], 0)
      expectSound(result)
      const again = parse(result.text)
      expect(again.text.slice(again.bodyStart), doc.path).toBe(doc.text.slice(doc.bodyStart))
      if (doc.frontmatter && doc.frontmatter.entries.length > 0) {
        expect(again.frontmatterMode, doc.path).toBe('strict')
        const values = (d: AgentDocument) => Object.fromEntries([...d.frontmatter!.entries].reverse().map((e) => [e.key, e.value]))
        expect(Object.keys(values(again)), doc.path).toEqual(expect.arrayContaining(Object.keys(values(doc))))
      }
    }
  })
  it('gives the same result from a recipe made without its content hashes', () => {
    for (const docs of [exampleDocs(repo), ...corpusGroups(repo)]) {
      const alignment = alignVariants(docs)
      const bare = defaultRecipe(docs, alignment, { hashes: false })
      expect(bare.rows.every((r) => r.sectionHashes.length === 0 && r.sectionBodyHashes === undefined)).toBe(true)
      expect(bare.keys.every((k) => k.valueHashes === undefined)).toBe(true)
      docs.forEach((_, variant) => {
        const hashed = applyRecipe(takeAllFrom(defaultRecipe(docs, alignment), alignment, variant), docs, alignment)
        expect(applyRecipe(takeAllFrom(bare, alignment, variant), docs, alignment)).toEqual(hashed)
      })
    }
  })
  it('repairs the four broken backend-architect fixtures', () => {
    const docs = exampleDocs(repo)
    expect(docs.filter((d) => d.frontmatterMode !== 'strict').length).toBe(4)
    docs.forEach((doc, i) => {
      const result = takeAll(docs, i)
      const out = parse(result.text)
      expect(out.frontmatterMode).toBe('strict')
      expect(out.description).toBe(doc.description)
      expect(out.name).toBe(doc.name)
    })
  })
  it('reproduces generated variants byte for byte', () => {
    fc.assert(
      fc.property(docFamily, (specs) => {
        const docs = specs.map((spec, i) => parse(renderDoc(spec), i))
        docs.forEach((doc, variant) => {
          const result = takeAll(docs, variant)
          expectSound(result)
          if (doc.frontmatterMode === 'strict' || doc.frontmatterMode === 'none') expect(result.text).toBe(doc.text)
        })
      }),
      { numRuns: 80 },
    )
  })
})

describe('any picks', () => {
  it('always give strict frontmatter, tiled origins, and every picked section once', () => {
    fc.assert(
      fc.property(docFamily, fc.array(fc.tuple(fc.nat(), fc.nat(), fc.nat()), { maxLength: 12 }), (specs, edits) => {
        const docs = specs.map((spec, i) => parse(renderDoc(spec), i))
        const alignment = alignVariants(docs)
        let recipe = defaultRecipe(docs, alignment)
        for (const [a, b, c] of edits) {
          const row = alignment.rows[a % Math.max(1, alignment.rows.length)]
          const key = alignment.keys[a % Math.max(1, alignment.keys.length)]
          const picks: Choice[] = [
            { kind: 'variant', variant: b % docs.length },
            { kind: 'combine', variants: [b % docs.length, c % docs.length].filter((v, i, all) => all.indexOf(v) === i) },
            { kind: 'omit' },
            { kind: 'undecided' },
          ]
          const pick = picks[c % picks.length]!
          if (row && row.cells[b % docs.length] !== null) recipe = withChoice(recipe, { kind: 'section', row: row.id }, pick)
          if (key) recipe = withChoice(recipe, { kind: 'key', key: key.key }, pick)
          if (row) recipe = withMoved(recipe, { kind: 'section', row: row.id }, c % (recipe.rows.length + 1))
        }
        const result = applyRecipe(recipe, docs, alignment)
        expectSound(result)
        // every section of a variant pick is in the output (heading markers aside)
        for (const rowPick of recipe.rows) {
          if (rowPick.pick.kind !== 'variant') continue
          const row = alignment.rows.find((r) => r.id === rowPick.row)!
          const doc = docs[rowPick.pick.variant]!
          const section = doc.sections[row.cells[rowPick.pick.variant]!]!
          const content = doc.text.slice(section.headingEnd, section.end).replace(/\r\n/g, '\n').trim()
          expect(result.text.replace(/\r\n/g, '\n')).toContain(content)
        }
        expect(result.undecidedRows).toEqual(recipe.rows.filter((r) => r.pick.kind === 'undecided').map((r) => r.row))
      }),
      { numRuns: 150 },
    )
  })
})

describe('heading levels and layout', () => {
  const a = parse('---\nname: a\n---\n# Agent\nIntro.\n## Usage\nRun it.\n### Flags\n-v\n', 0)
  const b = parse('---\nname: b\ntools: Read\n---\n## Agent\nIntro b.\n### Usage\nRun b.\n#### Flags\n-q\n### Extra\nMore.\n', 1)
  const docs = [a, b]
  const alignment = alignVariants(docs)
  const start = takeAllFrom(defaultRecipe(docs, alignment), alignment, 0)
  const rowOf = (title: string) => alignment.rows.find((r) => r.title === title)!.id

  it('shifts a section picked from a deeper variant, with its subsection, to fit the parent', () => {
    let recipe = withChoice(start, { kind: 'section', row: rowOf('Usage') }, { kind: 'variant', variant: 1 })
    recipe = withChoice(recipe, { kind: 'section', row: rowOf('Flags') }, { kind: 'variant', variant: 1 })
    recipe = withChoice(recipe, { kind: 'section', row: rowOf('Extra') }, { kind: 'variant', variant: 1 })
    expect(applyRecipe(recipe, docs, alignment).text).toBe('---\nname: a\n---\n# Agent\nIntro.\n## Usage\nRun b.\n### Flags\n-q\n## Extra\nMore.\n')
  })
  it('follows the base top level for a top section from another variant', () => {
    const recipe = withChoice(start, { kind: 'section', row: rowOf('Agent') }, { kind: 'variant', variant: 1 })
    expect(applyRecipe(recipe, docs, alignment).text).toContain('# Agent\nIntro b.\n## Usage\nRun it.')
  })
  it('combines sections and list values', () => {
    let recipe = withChoice(start, { kind: 'section', row: rowOf('Flags') }, { kind: 'combine', variants: [0, 1] })
    recipe = withChoice(recipe, { kind: 'key', key: 'tools' }, { kind: 'combine', variants: [0, 1] })
    const result = applyRecipe(recipe, docs, alignment)
    expect(result.text).toContain('### Flags\n-v\n-q\n') // one heading over both texts
    expect(result.text).toContain('tools: Read\n')
  })
  it('writes custom text and reports undecided rows and keys', () => {
    let recipe = withChoice(start, { kind: 'section', row: rowOf('Usage') }, { kind: 'custom', text: '## Usage\nMine.\n' })
    recipe = withChoice(recipe, { kind: 'section', row: rowOf('Flags') }, { kind: 'undecided' })
    recipe = withChoice(recipe, { kind: 'key', key: 'model' }, { kind: 'custom', text: 'sonnet' })
    recipe = withChoice(recipe, { kind: 'key', key: 'name' }, { kind: 'undecided' })
    const result = applyRecipe(recipe, docs, alignment)
    expect(result.text).toBe('---\nmodel: sonnet\n---\n# Agent\nIntro.\n## Usage\nMine.\n')
    expect(result.undecidedRows).toEqual([rowOf('Flags')])
    expect(result.undecidedKeys).toEqual(['name'])
    expect(result.diagnostics.map((d) => d.code)).toEqual(expect.arrayContaining(['undecided-row', 'undecided-key']))
    expect(result.origins.find((o) => o.source === 'custom' && o.row === rowOf('Usage'))).toBeDefined()
  })
  it('combines sections with other titles, or numbered items, whole', () => {
    const combineAll = (pair: AgentDocument[]): string => {
      const al = alignVariants(pair)
      let recipe = takeAllFrom(defaultRecipe(pair, al), al, 0)
      for (const row of al.rows) if (row.title !== '' && row.cells.every((c) => c !== null)) recipe = withChoice(recipe, { kind: 'section', row: row.id }, { kind: 'combine', variants: [0, 1] })
      return applyRecipe(recipe, pair, al).text
    }
    expect(combineAll([parse('## Focus\n\n- latency\n', 0), parse('## Focus Areas\n\n- latency\n- memory\n', 1)])).toBe('## Focus\n\n- latency\n\n## Focus Areas\n\n- latency\n- memory\n')
    // Near-identical copies combine into one list: repeated items once, new ones added.
    expect(combineAll([parse('## Focus\n\n- latency\n- caching\n', 0), parse('## Focus\n\n- latency\n- memory\n', 1)])).toBe('## Focus\n\n- latency\n- caching\n\n- memory\n')
    const items = (plan: string) => parse(`Intro.\n\n1. **Plan**: ${plan}\n- detail\n\n2. **Ship**: go\n- more\n`, plan === 'first' ? 0 : 1)
    expect(combineAll([items('first'), items('second')])).toBe('Intro.\n\n1. **Plan**: first\n- detail\n\n1. **Plan**: second\n- detail\n\n2. **Ship**: go\n- more\n\n2. **Ship**: go\n- more\n')
  })
  it('keeps the recipe eol and the base final newline', () => {
    const crlf: Recipe = { ...start, eol: '\r\n' }
    const result = applyRecipe(crlf, docs, alignment)
    expect(result.text).toBe(a.text.replace(/\n/g, '\r\n'))
    const noFinal = [parse('## A\nx', 0), parse('## A\ny\n', 1)]
    const al = alignVariants(noFinal)
    const r = withChoice(takeAllFrom(defaultRecipe(noFinal, al), al, 0), { kind: 'section', row: al.rows[0]!.id }, { kind: 'variant', variant: 1 })
    expect(applyRecipe(r, noFinal, al).text).toBe('## A\ny')
  })
  it('keeps levels right between a variant with a title heading and one without', () => {
    const wrapped = parse('# Perf\nIntro.\n## Focus\nx\n### Detail\nd\n## Output\ny\n', 0)
    const open = parse('## Focus\nx2\n### Detail\nd2\n## Output\ny2\n', 1)
    const pair = [wrapped, open]
    const al = alignVariants(pair)
    const id = (title: string) => al.rows.find((r) => r.title === title)!.id
    let recipe = takeAllFrom(defaultRecipe(pair, al), al, 0)
    recipe = withChoice(recipe, { kind: 'section', row: id('Focus') }, { kind: 'variant', variant: 1 })
    recipe = withChoice(recipe, { kind: 'section', row: id('Detail') }, { kind: 'variant', variant: 1 })
    expect(applyRecipe(recipe, pair, al).text).toBe('# Perf\nIntro.\n## Focus\nx2\n### Detail\nd2\n## Output\ny\n')
    let other = takeAllFrom(defaultRecipe(pair, al), al, 1)
    other = withChoice(other, { kind: 'section', row: id('Output') }, { kind: 'variant', variant: 0 })
    expect(applyRecipe(other, pair, al).text).toBe('## Focus\nx2\n### Detail\nd2\n## Output\ny\n')
  })
  it('fits a section joined across parents under the parent it lands in', () => {
    const a = parse('## Intro\nHello.\n## Security\nRules.\n### Tokens\nrotate keys often\n#### Storage\nvault only\n', 0)
    const b = parse('## Intro\nHello.\n## Tokens\nrotate keys now\n### Storage\nvault always\n', 1)
    const pair = [a, b]
    const al = alignVariants(pair)
    const id = (title: string) => al.rows.find((r) => r.title === title)!.id
    let recipe = takeAllFrom(defaultRecipe(pair, al), al, 0)
    recipe = withChoice(recipe, { kind: 'section', row: id('Tokens') }, { kind: 'variant', variant: 1 })
    recipe = withChoice(recipe, { kind: 'section', row: id('Storage') }, { kind: 'variant', variant: 1 })
    expect(applyRecipe(recipe, pair, al).text).toBe('## Intro\nHello.\n## Security\nRules.\n### Tokens\nrotate keys now\n#### Storage\nvault always\n')
    // And the other way: a's nested sections follow b's top level when their parent is left out.
    let other = takeAllFrom(defaultRecipe(pair, al), al, 1)
    other = withChoice(other, { kind: 'section', row: id('Tokens') }, { kind: 'variant', variant: 0 })
    other = withChoice(other, { kind: 'section', row: id('Storage') }, { kind: 'variant', variant: 0 })
    expect(applyRecipe(other, pair, al).text).toBe('## Intro\nHello.\n## Tokens\nrotate keys often\n### Storage\nvault only\n')
  })
  it('fits 003\'s top-level "Architecture Patterns" under 002\'s "Technical Expertise" in the founding example', () => {
    const docs2 = exampleDocs(repo)
    const al = alignVariants(docs2)
    const row = al.rows.find((r) => r.cells[3] !== null && docs2[3]!.sections[r.cells[3]!]!.title === 'Architecture Patterns')!
    let recipe = withChoice(takeAllFrom(defaultRecipe(docs2, al), al, 2), { kind: 'section', row: row.id }, { kind: 'variant', variant: 3 })
    for (const child of al.rows.filter((r) => r.parentId === row.id)) recipe = withChoice(recipe, { kind: 'section', row: child.id }, { kind: 'variant', variant: 3 })
    const text = applyRecipe(recipe, docs2, al).text
    expect(text).toMatch(/## Technical Expertise\n[\s\S]*\n### Architecture Patterns\n\n\*\*Microservices:\*\*/)
  })
  it('keeps the blank line a heading had in its own file after a section from elsewhere', () => {
    const docs2 = [parse('## A\ntext a\n\n## B\nlast of a\n', 0), parse('## A\ntext a\n\n## C\nc text\n', 1)]
    const al = alignVariants(docs2)
    const recipe = withChoice(takeAllFrom(defaultRecipe(docs2, al), al, 0), { kind: 'section', row: al.rows.find((r) => r.title === 'C')!.id }, { kind: 'variant', variant: 1 })
    const result = applyRecipe(recipe, docs2, al)
    expect(result.text).toBe('## A\ntext a\n\n## B\nlast of a\n\n## C\nc text\n')
    expect(result.origins.find((o) => o.start === result.text.indexOf('\n\n## C') + 1)!.source).toBe('generated')
  })
  it('puts a line break between a section without one and the next', () => {
    const docs2 = [parse('## A\nlast line', 0), parse('## B\nother\n', 1)]
    const al = alignVariants(docs2)
    const recipe: Recipe = { ...defaultRecipe(docs2, al), base: 1 }
    const rows = al.rows.map((r) => ({ row: r.id, pick: { kind: 'variant', variant: r.cells[0] !== null ? 0 : 1 } as Choice, sectionKeys: [], sectionHashes: [] }))
    expect(applyRecipe({ ...recipe, rows }, docs2, al).text).toBe('## A\nlast line\n## B\nother\n')
  })
})

describe('bad input gives diagnostics, never a throw', () => {
  const docs = [parse('---\nname: a\n---\n## A\nx\n## B\ny\n', 0), parse('## A\nz\n', 1)]
  const alignment = alignVariants(docs)
  const recipe = defaultRecipe(docs, alignment)
  it('handles variant indices out of range and rows or keys that do not exist', () => {
    const bad: Recipe = {
      ...recipe,
      base: 7,
      keys: [...recipe.keys, { key: 'name', pick: { kind: 'variant', variant: 1 } }, { key: 'ghost', pick: { kind: 'variant', variant: 9 } }],
      rows: [...recipe.rows, { row: 'nowhere', pick: { kind: 'variant', variant: 0 }, sectionKeys: [], sectionHashes: [] }, { ...recipe.rows[0]!, pick: { kind: 'variant', variant: 5 } }],
    }
    const result = applyRecipe(bad, docs, alignment)
    expectSound(result)
    expect(result.diagnostics.map((d) => d.code)).toEqual(expect.arrayContaining(['recipe-duplicate-key', 'unresolved-key', 'unresolved-row', 'recipe-duplicate-row']))
  })
  it('survives an alignment made from other documents', () => {
    const others = [parse('# X\n## Y\n### Z\nw\n', 0)]
    const stale = alignVariants([...others, ...others, ...others])
    const result = applyRecipe(defaultRecipe([...others, ...others, ...others], stale), docs, stale)
    expectSound(result)
  })
  it('survives parent links that loop in an alignment made elsewhere', () => {
    const docs2 = [parse('## A\nx\n## B\ny\n', 0)]
    const al = alignVariants(docs2)
    const [a, b] = al.rows.filter((r) => r.title !== '')
    const looped = { ...al, rows: al.rows.map((r) => (r === a ? { ...r, parentId: b!.id } : r === b ? { ...r, parentId: a!.id } : r)) }
    const result = applyRecipe(defaultRecipe(docs2, looped), docs2, looped)
    expect(result.text).toBe('## A\nx\n## B\ny\n')
  })
  it('writes nothing for no documents', () => {
    const none = alignVariants([])
    expect(applyRecipe(defaultRecipe([], none), [], none).text).toBe('')
  })
})

describe('frontmatter picks', () => {
  const v0 = parse('---\nname: a\ntools: Read, Grep\nglobs: ["*.ts", "*.md"]\n# who may run it\nmodel: sonnet\n---\nBody.\n', 0)
  const v1 = parse('---\nname: b\ntools:\n  - Grep\n  - Bash\nglobs: "*.js"\n---\nBody.\n', 1)
  const v2 = parse('---\ntools:\n  read: true\n  write: true\n---\nBody.\n', 2)
  const docs = [v0, v1, v2]
  const alignment = alignVariants(docs)
  const base = takeAllFrom(defaultRecipe(docs, alignment), alignment, 0)
  const fm = (recipe: Recipe) => frontmatterOf(applyRecipe(recipe, docs, alignment).text)

  it.each<[string, number[], string]>([
    ['comma string first: a comma string', [0, 1], 'tools: Read, Grep, Bash\n'],
    ['list first: a list', [1, 0], 'tools:\n  - Grep\n  - Bash\n  - Read\n'],
    ['map first: a map', [2, 0], 'tools:\n  read: true\n  write: true\n  Read: true\n  Grep: true\n'],
  ])('combines list values, %s', (_, variants, expected) => {
    expect(fm(withChoice(base, { kind: 'key', key: 'tools' }, { kind: 'combine', variants }))).toContain(expected)
  })
  it('keeps the flow style and quotes what needs it', () => {
    expect(fm(withChoice(base, { kind: 'key', key: 'globs' }, { kind: 'combine', variants: [0, 1] }))).toContain('globs: [ "*.ts", "*.md", "*.js" ]\n')
  })
  it('carries the comment above a key with it', () => {
    expect(fm(base)).toContain('# who may run it\nmodel: sonnet\n')
  })
  it('takes a value from another variant and a custom list', () => {
    let recipe = withChoice(base, { kind: 'key', key: 'name' }, { kind: 'variant', variant: 1 })
    recipe = withChoice(recipe, { kind: 'key', key: 'model' }, { kind: 'custom', text: '[opus, haiku]' })
    expect(fm(recipe)).toBe('name: b\ntools: Read, Grep\nglobs: ["*.ts", "*.md"]\nmodel: [opus, haiku]\n')
    const notYaml = applyRecipe(withChoice(base, { kind: 'key', key: 'model' }, { kind: 'custom', text: '*bold: yes' }), docs, alignment)
    expect(notYaml.text).toContain('model: "*bold: yes"\n')
    expect(notYaml.diagnostics.map((d) => d.code)).toContain('custom-key-not-yaml')
  })
})

describe('bytes the base decides', () => {
  it('reproduces a file with a BOM, CRLF and no final newline', () => {
    const doc = parse('\uFEFF---\r\nname: x\r\n---\r\n## A\r\ntext', 0)
    expect(takeAll([doc], 0).text).toBe(doc.text)
    for (const text of ['\uFEFF**Role**\nYou review.\n', '\uFEFF## A\nx', '\uFEFF1. **Step**: go\n']) {
      const bare = parse(text, 0)
      expect(takeAll([bare], 0).text).toBe(text)
    }
  })
})

describe('a body that starts with a rule', () => {
  it('gets a blank line first when no frontmatter is written, so it stays a rule', () => {
    const docs = [parse('---\nname: a\n---\n---\nIntro.\n## A\nx\n', 0)]
    const alignment = alignVariants(docs)
    const recipe = withChoice(defaultRecipe(docs, alignment), { kind: 'key', key: 'name' }, { kind: 'omit' })
    const result = applyRecipe(recipe, docs, alignment)
    expect(result.text).toBe('\n---\nIntro.\n## A\nx\n')
    expect(parse(result.text).frontmatterMode).toBe('none')
    expectSound(result)
    expect(applyRecipe(defaultRecipe(docs, alignment), docs, alignment).text).toBe(docs[0]!.text)
  })
})

describe('output diagnostics', () => {
  it('checks the output as a file named after its name, beside the base', () => {
    const docs = [parseDocument('---\nname: backend-architect\ndescription: Designs APIs.\n---\n## A\nx\n', 'agents/000_32342c2b.md')]
    const alignment = alignVariants(docs)
    const result = applyRecipe(defaultRecipe(docs, alignment), docs, alignment)
    expect(result.diagnostics.map((d) => d.code)).not.toContain('name-file-mismatch')
  })
  it('reports what is wrong with the output', () => {
    const docs = [parseDocument('---\nname: a\ndescription: d\n---\n## A\nx\n', '.claude/agents/a.md')]
    const alignment = alignVariants(docs)
    expect(applyRecipe(defaultRecipe(docs, alignment), docs, alignment).diagnostics.map((d) => d.code)).not.toContain('missing-key')
    const recipe = withChoice(defaultRecipe(docs, alignment), { kind: 'key', key: 'description' }, { kind: 'omit' })
    expect(applyRecipe(recipe, docs, alignment).diagnostics.map((d) => d.code)).toContain('missing-key')
  })
  it('reports on an output that is one of the sources what reading that text beside the base reports', () => {
    // An unclosed fence (a parse warning) and an unknown key (a lint finding); the output is the
    // first source's text, read once as that source, not parsed again.
    const texts = ['---\nname: a\ndescription: d\ncolour: red\n---\n## A\nx\n```\ncode\n', '---\nname: a\ndescription: d2\n---\n## A\ny\n']
    const docs = texts.map((text, i) => parseDocument(text, `v${i}/.claude/agents/a.md`))
    const alignment = alignVariants(docs)
    const result = applyRecipe(takeAllFrom(defaultRecipe(docs, alignment), alignment, 0), docs, alignment)
    expect(result.text).toBe(texts[0])
    const read = parseDocument(result.text, docs[0]!.path)
    expect(result.diagnostics).toEqual([...read.diagnostics, ...lintDocument(read)])
    expect(result.diagnostics.map((d) => d.code)).toEqual(expect.arrayContaining(['unclosed-fence', 'unknown-key']))
  })
})

describe('messy input', () => {
  it('closes a never-closed block whose last line has no line break on a line of its own', () => {
    // Found by the property below: `---\n#!` was written `---\n#!---`, a block never closed.
    const docs = [parse('---\n#!')]
    const alignment = alignVariants(docs)
    const result = applyRecipe(defaultRecipe(docs, alignment), docs, alignment)
    expect(result.text).toBe('---\n#!\n---')
    expect(parse(result.text).frontmatterMode).toBe('strict')
  })

  it('keeps a body that starts with a byte order mark and a `---` line out of the frontmatter', () => {
    // Found by the property below: the body of `\uFEFF\uFEFF---\n` (a mark, then a mark as text),
    // combined first into a text with no mark of its own, read as an opening line.
    const docs = [parse('\uFEFF\uFEFF---\n', 0), parse('      %', 1)]
    const alignment = alignVariants(docs)
    const recipe = defaultRecipe(docs, alignment)
    const combined = alignment.rows.reduce((r, row) => withChoice(r, { kind: 'section', row: row.id }, { kind: 'combine', variants: [0, 1] }), recipe)
    const result = applyRecipe(combined, docs, alignment)
    expect(result.text).toBe('\n\uFEFF---\n      %')
    expect(parse(result.text).frontmatterMode).toBe('none')
  })

  it('never throws, and writes strict frontmatter, for any pick of any text', () => {
    fc.assert(
      fc.property(fc.array(messyText, { minLength: 1, maxLength: 4 }), fc.nat(), (texts, seed) => {
        const docs = texts.map((t, i) => parse(t, i))
        const alignment = alignVariants(docs)
        const recipe = defaultRecipe(docs, alignment)
        expectSound(applyRecipe(recipe, docs, alignment))
        expectSound(applyRecipe(takeAllFrom(recipe, alignment, seed % docs.length), docs, alignment))
        for (const result of [applyRecipe(recipe, docs, alignment), applyRecipe(takeAllFrom(recipe, alignment, seed % docs.length), docs, alignment)]) {
          // The engine's own parser reads the output's frontmatter as strict YAML (or finds none).
          expect(['strict', 'none'], JSON.stringify(result.text)).toContain(parse(result.text).frontmatterMode)
        }
        const combined = alignment.rows.reduce((r, row) => withChoice(r, { kind: 'section', row: row.id }, { kind: 'combine', variants: docs.map((_, i) => i) }), recipe)
        const allKeys = alignment.keys.reduce((r, key) => withChoice(r, { kind: 'key', key: key.key }, { kind: 'combine', variants: docs.map((_, i) => i).reverse() }), combined)
        expectSound(applyRecipe(allKeys, docs, alignment))
      }),
      { numRuns: 300 },
    )
  })
})
