import { describe, expect, it } from 'vitest'
import { alignVariants } from '../align/align-variants'
import type { AgentDocument } from '../model'
import { LIMITS } from '../parse/limits'
import { parseDocument } from '../parse/parse-document'
import { planGroup, renamedText } from './plan-group'
import { proposeMerge } from './propose-merge'
import type { SavedDecision } from './saved-decision'

const folder = '/lib'
const a = parseDocument('---\nname: helper\ndescription: Helps a lot.\ntools: Read\n---\n\n## Usage\n\nRun the checks before every commit and read the report.\n', '/lib/one/.claude/agents/helper.md')
const b = parseDocument('---\nname: helper\ndescription: Helps: a lot\n---\n\n## Usage\n\nRun the checks.\n\n## Deploying\n\nDeploy to staging first; promote to production after the smoke tests pass.\n', '/lib/two/helper.md')
const docs: readonly AgentDocument[] = [a, b]
const members = docs.map((d) => ({ path: d.path.slice(folder.length + 1), hash: d.hash }))
const decision = (resolution: SavedDecision['resolution'], m = members): SavedDecision => ({ version: 1, group: 'helper', members: m, resolution, savedAt: '2026-12-06T05:00:00.000Z' })

describe('planGroup', () => {
  it('by policy: the merged file at the base path, every member archived', () => {
    const plan = planGroup({ docs, folder })
    expect(plan.kind).toBe('merge')
    if (plan.kind !== 'merge') return
    expect(plan.write.path).toBe(docs[plan.base]!.path)
    expect(plan.archive).toEqual([a.path, b.path])
    expect(plan.write.text).toContain('Deploy to staging')
  })
  it('a saved keep, rename, skip', () => {
    expect(planGroup({ docs, folder, decision: decision({ kind: 'keep', keep: 'two/helper.md' }) })).toEqual({ kind: 'keep', source: 'saved', keep: 1, archive: [a.path] })
    expect(planGroup({ docs, folder, decision: decision({ kind: 'skip' }) })).toEqual({ kind: 'skip', source: 'saved' })
    const rename = planGroup({ docs, folder, decision: decision({ kind: 'rename', renames: [{ path: 'one/.claude/agents/helper.md', name: 'one-helper' }, { path: 'two/helper.md', name: 'two-helper' }] }) })
    expect(rename.kind).toBe('rename')
    if (rename.kind !== 'rename') return
    expect(rename.writes.map((w) => w.path)).toEqual(['/lib/one/.claude/agents/one-helper.md', '/lib/two/two-helper.md'])
    expect(rename.writes[0]!.text).toBe(a.text.replace('name: helper', 'name: one-helper'))
    expect(parseDocument(rename.writes[1]!.text, 'x.md')).toMatchObject({ name: 'two-helper', frontmatterMode: 'strict' })
  })
  it('a saved merge recipe, with paths relative to the folder', () => {
    const alignment = alignVariants([b, a])
    const recipe = proposeMerge([b, a], alignment, { policy: 'first' }).recipe
    const saved = { ...recipe, sources: [{ path: 'two/helper.md', hash: b.hash }, { path: 'one/.claude/agents/helper.md', hash: a.hash }] }
    const plan = planGroup({ docs, folder, decision: decision({ kind: 'merge', recipe: saved }) })
    expect(plan).toMatchObject({ kind: 'merge', source: 'saved', base: 1, write: { path: b.path } })
    if (plan.kind === 'merge') expect(parseDocument(plan.write.text, 'x.md').frontmatterMode).toBe('strict')
  })
  it('a saved decision that no longer fits is unresolved, saying why', () => {
    const changed = [{ ...members[0]!, hash: 'f'.repeat(64) }, members[1]!]
    expect(planGroup({ docs, folder, decision: decision({ kind: 'keep', keep: 'two/helper.md' }, changed) })).toMatchObject({ kind: 'unresolved', why: expect.stringMatching(/changed since the decision was saved/) })
    expect(planGroup({ docs, folder, decision: decision({ kind: 'keep', keep: 'gone.md' }) })).toMatchObject({ kind: 'unresolved', why: expect.stringMatching(/gone\.md/) })
    expect(planGroup({ docs, folder, decision: decision({ kind: 'rename', renames: [{ path: 'two/helper.md', name: 'Bad Name' }] }) })).toMatchObject({ kind: 'unresolved' })
  })
  it('a saved skip holds while the group has the files skipped, as in the app', () => {
    const skip = { kind: 'skip' } as const
    const changed = [{ ...members[0]!, hash: 'f'.repeat(64) }, members[1]!]
    expect(planGroup({ docs, folder, decision: decision(skip, changed) })).toEqual({ kind: 'skip', source: 'saved' })
    expect(planGroup({ docs, folder, decision: decision(skip, [members[0]!, { path: 'gone/helper.md', hash: b.hash }]) })).toEqual({ kind: 'unresolved', why: 'gone/helper.md is not in the group any more' })
    expect(planGroup({ docs, folder, decision: decision(skip, [members[0]!]) })).toEqual({ kind: 'unresolved', why: 'two/helper.md joined the group after the decision was saved; review it in the app' })
  })
  it('a merge past the bounds of what Agent Merge reads is unresolved: the result could not be opened again', () => {
    const headings = (n: number, word: string): string => Array.from({ length: n }, (_, i) => `## ${word} ${i}\n\n${word}${i}`).join('\n\n')
    const many = parseDocument(`---\nname: helper\ndescription: d\n---\n${headings(LIMITS.sections - 10, 'Topic')}\n`, '/lib/a/helper.md')
    const extra = parseDocument(`---\nname: helper\ndescription: d\n---\n${headings(20, 'Extra')}\n`, '/lib/b/helper.md')
    const plan = planGroup({ docs: [many, extra], folder })
    expect(plan).toEqual({ kind: 'unresolved', why: `the merged file would be too complex: more than ${LIMITS.sections.toLocaleString('en-US')} sections (headings) (the most Agent Merge reads)` })
    expect(planGroup({ docs: [many, extra], folder, policy: 'first' })).toMatchObject({ kind: 'merge' })
  })
  it('a saved rename giving two files one name is unresolved: the name would still be defined twice', () => {
    const renames = [{ path: 'one/.claude/agents/helper.md', name: 'aide' }, { path: 'two/helper.md', name: 'aide' }]
    expect(planGroup({ docs, folder, decision: decision({ kind: 'rename', renames }) })).toEqual({ kind: 'unresolved', why: 'the saved renames name 2 files "aide"' })
  })
})

describe('renamedText', () => {
  it('adds a name where the format is named by it, and leaves other formats alone', () => {
    const noName = parseDocument('---\ndescription: x\n---\nBody\n', '/p/.claude/agents/x.md')
    expect(renamedText(noName, 'p-x')).toBe('---\nname: p-x\ndescription: x\n---\nBody\n')
    const rule = parseDocument('---\ndescription: x\nglobs: "*.ts"\n---\nBody\n', '/p/.cursor/rules/x.mdc')
    expect(renamedText(rule, 'p-x')).toBe(rule.text)
  })
})
