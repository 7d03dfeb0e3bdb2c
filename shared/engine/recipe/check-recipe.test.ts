import { describe, expect, it } from 'vitest'
import { alignVariants } from '../align/align-variants'
import type { AgentDocument } from '../model'
import { parseDocument } from '../parse/parse-document'
import { applyRecipe } from './apply-recipe'
import { checkRecipe, rebaseRecipe } from './check-recipe'
import { defaultRecipe } from './default-recipe'
import type { Choice, Recipe, RowPick } from './recipe-model'
import { withChoice } from './recipe-edits'

const parse = (text: string, i: number): AgentDocument => parseDocument(text, `v${i}.md`)
const A = '---\nname: agent\ntools: Read\n---\n## Intro\nHello.\n## Usage\nRun it.\n## Notes\nKeep calm.\n'
const B = '---\nname: agent\n---\n## Intro\nHello there.\n## Usage\nRun it.\n'

function setup() {
  const docs = [parse(A, 0), parse(B, 1)]
  const alignment = alignVariants(docs)
  let recipe = defaultRecipe(docs, alignment)
  const id = (title: string) => alignment.rows.find((r) => r.title === title)!.id
  recipe = withChoice(recipe, { kind: 'section', row: id('Intro') }, { kind: 'variant', variant: 1 })
  recipe = withChoice(recipe, { kind: 'key', key: 'tools' }, { kind: 'variant', variant: 0 })
  return { docs, alignment, recipe, id }
}

describe('checkRecipe', () => {
  it('finds everything applying on unchanged sources', () => {
    const { docs, alignment, recipe } = setup()
    const check = checkRecipe(recipe, docs, alignment)
    expect(check.sourcesChanged).toEqual([])
    expect(check.changedUpstream).toEqual([])
    expect(check.unresolved).toEqual([])
    expect(check.applies).toHaveLength(recipe.rows.length)
    expect(check.keysUnresolved).toEqual([])
  })
  it('reports a picked section edited upstream, a section gone and a key gone', () => {
    const { recipe, id } = setup()
    const docs = [parse(A.replace('tools: Read\n', '').replace('Keep calm.', 'Stay calm.'), 0), parse(B.replace('Hello there.', 'Hi there.'), 1)]
    const alignment = alignVariants(docs)
    const check = checkRecipe(recipe, docs, alignment)
    expect(check.sourcesChanged).toEqual([0, 1])
    expect([...check.changedUpstream].sort()).toEqual([id('Intro'), id('Notes')].sort())
    expect(check.applies).toContain(id('Usage'))
    expect(check.keysUnresolved).toEqual(['tools'])
    expect(check.keysChangedUpstream).toEqual([])

    const gone = [parse(A.replace('## Notes\nKeep calm.\n', ''), 0), docs[1]!]
    expect(checkRecipe(recipe, gone, alignVariants(gone)).unresolved).toEqual([id('Notes')])
  })
})

describe('checkRecipe on frontmatter values', () => {
  it('reports a picked value changed upstream, not one merely re-quoted or one not picked', () => {
    const { recipe } = setup()
    const docs = [parse(A.replace('tools: Read', 'tools: Read, Grep').replace('name: agent', 'name: "agent"'), 0), parse(B.replace('name: agent', 'name: agent-two'), 1)]
    const check = checkRecipe(recipe, docs, alignVariants(docs))
    expect(check.keysChangedUpstream).toEqual(['tools'])
    expect(check.keysApply).toEqual(['name']) // picked from variant 0, where only its quoting changed
    expect(check.keysUnresolved).toEqual([])
  })
  it('cannot see value changes for a recipe saved without value hashes, and says it applies', () => {
    const { recipe } = setup()
    const old = { ...recipe, keys: recipe.keys.map(({ valueHashes: _, ...rest }) => rest) }
    const docs = [parse(A.replace('tools: Read', 'tools: Read, Grep'), 0), parse(B, 1)]
    const check = checkRecipe(old, docs, alignVariants(docs))
    expect(check.keysChangedUpstream).toEqual([])
    expect(check.keysApply).toContain('tools')
  })
  it('rebasing records the current values, so the change is reported once', () => {
    const { recipe } = setup()
    const docs = [parse(A.replace('tools: Read', 'tools: Read, Grep'), 0), parse(B, 1)]
    const alignment = alignVariants(docs)
    const rebased = rebaseRecipe(recipe, docs, alignment)
    expect(rebased.keys.find((k) => k.key === 'tools')!.pick).toEqual({ kind: 'variant', variant: 0 })
    expect(checkRecipe(rebased, docs, alignment).keysChangedUpstream).toEqual([])
  })
  it('keeps value hashes through pick edits', () => {
    const { recipe } = setup()
    const edited = withChoice(recipe, { kind: 'key', key: 'name' }, { kind: 'variant', variant: 1 })
    expect(edited.keys.find((k) => k.key === 'name')!.valueHashes).toEqual(recipe.keys.find((k) => k.key === 'name')!.valueHashes)
    expect(recipe.keys.find((k) => k.key === 'name')!.valueHashes).toHaveLength(2)
  })
})

describe('rebaseRecipe', () => {
  it('re-finds rows by section key after ids changed, adds new rows as undecided where they fit', () => {
    const { recipe } = setup()
    // A new first section in variant 1 changes nothing for the others; Intro keeps its pick.
    const docs = [parse(A, 0), parse(B.replace('## Intro', '## Setup\nInstall.\n## Intro'), 1)]
    const alignment = alignVariants(docs)
    const rebased = rebaseRecipe(recipe, docs, alignment)
    expect(rebased.sources.map((s) => s.hash)).toEqual(docs.map((d) => d.hash))
    expect(rebased.rows.map((r) => r.row).sort()).toEqual(alignment.rows.map((r) => r.id).sort())
    const titleOf = (row: string) => alignment.rows.find((x) => x.id === row)!.title
    expect(rebased.rows.map((r) => [titleOf(r.row), r.pick.kind])).toEqual([
      ['Setup', 'undecided'],
      ['Intro', 'variant'],
      ['Usage', 'variant'],
      ['Notes', 'variant'],
    ])
    expect(checkRecipe(rebased, docs, alignment).unresolved).toEqual([])
    expect(applyRecipe(rebased, docs, alignment).undecidedRows).toHaveLength(1)
  })
  it('follows a section whose key changed but whose text did not, by its hash', () => {
    const { recipe, id } = setup()
    // Usage moves under a new parent in both variants: its key changes, its text does not.
    const docs = [parse(A.replace('## Usage', '# Guide\n## Usage'), 0), parse(B.replace('## Usage', '# Guide\n## Usage'), 1)]
    const alignment = alignVariants(docs)
    const usage = alignment.rows.find((r) => r.title === 'Usage')!
    expect(usage.id).not.toBe(id('Usage'))
    const rebased = rebaseRecipe(recipe, docs, alignment)
    expect(rebased.rows.find((r) => r.row === usage.id)!.pick).toEqual(recipe.rows.find((r) => r.row === id('Usage'))!.pick)
    expect(checkRecipe(recipe, docs, alignment).applies).toContain(id('Usage'))
  })
  it('follows a section renamed upstream whose text below the heading did not change', () => {
    const { recipe, id } = setup()
    const docs = [parse(A.replace('## Usage', '## How to use'), 0), parse(B.replace('## Usage', '## How to use'), 1)]
    const alignment = alignVariants(docs)
    const renamed = alignment.rows.find((r) => r.title === 'How to use')!
    const check = checkRecipe(recipe, docs, alignment)
    expect(check.unresolved).toEqual([])
    expect(check.changedUpstream).toEqual([id('Usage')])
    expect(check.renamedUpstream).toEqual([id('Usage')])
    const rebased = rebaseRecipe(recipe, docs, alignment)
    const row = rebased.rows.find((r) => r.row === renamed.id)!
    expect(row.pick).toEqual(recipe.rows.find((r) => r.row === id('Usage'))!.pick)
    expect(rebased.rows.map((r) => r.row)).not.toContain(id('Usage'))
    expect(checkRecipe(rebased, docs, alignment).applies).toHaveLength(rebased.rows.length)
    // A recipe saved before body hashes existed cannot follow it: the row is reported, not guessed.
    const old = { ...recipe, rows: recipe.rows.map(({ sectionBodyHashes: _, ...rest }) => rest) }
    expect(checkRecipe(old, docs, alignment).unresolved).toEqual([id('Usage')])
  })
  it('reports an edited section that was also renamed as changed, not renamed', () => {
    const { recipe, id } = setup()
    const docs = [parse(A.replace('## Usage\nRun it.', '## How to use\nRun it twice.'), 0), parse(B, 1)]
    const check = checkRecipe(recipe, docs, alignVariants(docs))
    expect(check.renamedUpstream).toEqual([])
    expect(check.changedUpstream.concat(check.unresolved)).toContain(id('Usage'))
  })
  it('never follows a blank body: a heading-only section renamed is not found by its empty text', () => {
    const docs0 = [parse('## Alpha\n\n## Beta\nb text\n', 0)]
    const al0 = alignVariants(docs0)
    const recipe = defaultRecipe(docs0, al0)
    expect(recipe.rows[0]!.sectionBodyHashes).toEqual([null])
    const docs = [parse('## Gamma\n\n## Beta\nb text\n', 0)]
    expect(checkRecipe(recipe, docs, alignVariants(docs)).unresolved).toEqual(['alpha'])
  })
  it('turns a pick of a section that is gone into undecided, a lost key pick too', () => {
    const { recipe } = setup()
    const docs = [parse('---\nname: agent\n---\n## Intro\nHello.\n## Usage\nRun it.\n', 0), parse(B, 1)]
    const alignment = alignVariants(docs)
    const rebased = rebaseRecipe(recipe, docs, alignment)
    expect(rebased.keys.find((k) => k.key === 'tools')!.pick).toEqual({ kind: 'undecided' })
    expect(rebased.rows.every((r) => alignment.rows.some((x) => x.id === r.row))).toBe(true)
  })
  it('keeps both decisions when two recipe rows now stand for one row (sections joined since)', () => {
    const docs = [
      parse('## Intro\nHello.\n## Security\nWe treat every secret as compromised.\n### Tokens\nrotate keys often\n', 0),
      parse('## Intro\nHello.\n## Tokens\nrotate keys often\n', 1),
    ]
    const alignment = alignVariants(docs)
    const joined = alignment.rows.find((r) => r.title === 'Tokens')!
    expect(joined.cells.every((c) => c !== null)).toBe(true)
    // Made when the two Tokens sections were rows of their own, each picked.
    const row = (id: string, pick: Choice, keys: (string | null)[]): RowPick => ({ row: id, pick, sectionKeys: keys, sectionHashes: [null, null] })
    const old: Recipe = {
      version: 1,
      sources: docs.map((d) => ({ path: d.path, hash: d.hash })),
      keys: [],
      rows: [
        row('intro', { kind: 'variant', variant: 0 }, ['intro', 'intro']),
        row('security', { kind: 'variant', variant: 0 }, ['security', null]),
        row('security/tokens', { kind: 'variant', variant: 0 }, ['security/tokens', null]),
        row('tokens@1', { kind: 'variant', variant: 1 }, [null, 'tokens']),
      ],
    }
    const rebased = rebaseRecipe(old, docs, alignment)
    expect(rebased.rows.find((r) => r.row === joined.id)!.pick).toEqual({ kind: 'combine', variants: [0, 1] })
    // Applying the old recipe as it is also writes both sections: rows are re-found by their keys.
    const result = applyRecipe(old, docs, alignment)
    expect(result.diagnostics.filter((d) => d.code === 'unresolved-row')).toEqual([])
    expect(result.text).toBe('## Intro\nHello.\n## Security\nWe treat every secret as compromised.\n### Tokens\nrotate keys often\n### Tokens\nrotate keys often\n')
  })
  it('keeps custom rows that no longer resolve', () => {
    const { docs, alignment, recipe, id } = setup()
    const custom = withChoice(recipe, { kind: 'section', row: id('Notes') }, { kind: 'custom', text: '## Notes\nMine.\n' })
    const fewer = [parse(A.replace('## Notes\nKeep calm.\n', ''), 0), docs[1]!]
    const rebased = rebaseRecipe(custom, fewer, alignVariants(fewer))
    expect(rebased.rows.find((r) => r.pick.kind === 'custom')).toBeDefined()
    void alignment
  })
})
