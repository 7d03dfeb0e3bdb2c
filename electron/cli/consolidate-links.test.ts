// A library holding a file and a symbolic link to it (both inside the folder): one name defined
// twice. Consolidating in place must leave it defined once, whichever is the base, and undo must
// put the link back as that link.

import { createHash } from 'node:crypto'
import { lstatSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli, tree } from './cli-test-util'

const LONG = '---\nname: helper\ndescription: the long one\n---\n# Role\n\nLong text here.\n\n# Steps\n\nMore steps.\n'
const SHORT = '---\nname: helper\ndescription: the short one\n---\n# Role\n\nShort.\n'

/** A library: `files` written, `links` made (path -> target text). */
function library(files: Record<string, string>, links: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'agent-merge-links-'))
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(root, path, '..'), { recursive: true })
    writeFileSync(join(root, path), text)
  }
  for (const [path, target] of Object.entries(links)) {
    mkdirSync(join(root, path, '..'), { recursive: true })
    symlinkSync(target, join(root, path))
  }
  return root
}

const hashOf = (root: string, path: string): string => createHash('sha256').update(readFileSync(join(root, path))).digest('hex')

function saveDecision(root: string, members: readonly string[], resolution: unknown): void {
  mkdirSync(join(root, '.agent-merge', 'recipes'), { recursive: true })
  const saved = { version: 1, group: 'helper', members: members.map((path) => ({ path, hash: hashOf(root, path) })), resolution, savedAt: '2026-12-07T00:00:00Z' }
  writeFileSync(join(root, '.agent-merge', 'recipes', 'helper.json'), JSON.stringify(saved))
}

/** Consolidates in place; checks the name is defined once, then that undo restores every entry. */
async function consolidateAndUndo(root: string, args: readonly string[] = []): Promise<{ base: string; after: Map<string, string> }> {
  const before = tree(root)
  const run = await runCli(['consolidate', root, '--json', ...args])
  expect(run.code, run.stderr).toBe(0)
  const check = await runCli(['check', '--duplicates', root])
  expect(check.code, check.stdout).toBe(0)
  const after = tree(root)
  const undo = await runCli(['undo', root])
  expect(undo.code, undo.stderr).toBe(0)
  expect(tree(root)).toEqual(before)
  return { base: (JSON.parse(run.stdout) as { groups: { base?: string }[] }).groups[0]!.base ?? '', after }
}

describe('consolidate in place: a file and a link to it', () => {
  it('merged with the file as the base: the link is archived too, and undo puts it back as the link', async () => {
    const root = library({ 'a/helper.md': LONG, 'b/helper.md': SHORT }, { 'b/link.md': '../a/helper.md' })
    const { base, after } = await consolidateAndUndo(root)
    expect(base).toBe('a/helper.md')
    expect(after.has('b/link.md')).toBe(false)
    expect(after.get('a/helper.md')).toMatch(/^[0-9a-f]{64}$/)
  })

  it('merged with the link as the base: a plain file is written where the link was, its target archived', async () => {
    const root = library({ 'b/helper.md': LONG, 'c/helper.md': SHORT }, { 'a/link.md': '../b/helper.md' })
    const { base, after } = await consolidateAndUndo(root, ['--policy', 'first'])
    expect(base).toBe('a/link.md')
    expect(after.get('a/link.md')).toMatch(/^[0-9a-f]{64}$/)
    expect(after.has('b/helper.md')).toBe(false)
  })

  it('renamed: every member gets its own file; the link target is archived unchanged, not written through', async () => {
    const root = library({ 'a/helper.md': LONG, 'b/helper.md': SHORT }, { 'b/link.md': '../a/helper.md' })
    saveDecision(root, ['a/helper.md', 'b/helper.md', 'b/link.md'], {
      kind: 'rename',
      renames: [
        { path: 'a/helper.md', name: 'helper-a' },
        { path: 'b/helper.md', name: 'helper-b' },
        { path: 'b/link.md', name: 'helper-link' },
      ],
    })
    const before = tree(root)
    const { after } = await consolidateAndUndo(root)
    expect(lstatSync(join(root, 'b/link.md')).isSymbolicLink()).toBe(true)
    for (const path of ['a/helper-a.md', 'b/helper-b.md', 'b/link.md']) expect(after.get(path), path).toMatch(/^[0-9a-f]{64}$/)
    const archived = [...after].filter(([path]) => path.startsWith('a/.agent-merge-archive/') && path.endsWith('/helper.md'))
    expect(archived.map(([, hash]) => hash)).toEqual([before.get('a/helper.md')])
  })
})

describe('consolidate in place: keeping one of a file and a link to it', () => {
  it('keeping the file archives the link; the name is defined once', async () => {
    const root = library({ 'a/helper.md': LONG, 'b/helper.md': SHORT }, { 'b/link.md': '../a/helper.md' })
    saveDecision(root, ['a/helper.md', 'b/helper.md', 'b/link.md'], { kind: 'keep', keep: 'a/helper.md' })
    const { after } = await consolidateAndUndo(root)
    expect(after.has('b/link.md')).toBe(false)
    expect(after.get('a/helper.md')).toBe(hashOf(root, 'a/helper.md'))
  })

  it('keeping the link is not done (its target would be archived), naming both; nothing changes', async () => {
    const root = library({ 'a/helper.md': LONG, 'b/helper.md': SHORT }, { 'b/link.md': '../a/helper.md' })
    saveDecision(root, ['a/helper.md', 'b/helper.md', 'b/link.md'], { kind: 'keep', keep: 'b/link.md' })
    const before = tree(root)
    for (const args of [['--dry-run'], []]) {
      const run = await runCli(['consolidate', root, ...args])
      expect(run.code).toBe(1)
      expect(run.stderr).toMatch(/^helper: not resolved: b\/link\.md is a link to a\/helper\.md, which would be archived: kept alone it would lead nowhere\. Keep a\/helper\.md instead \(the link is archived with the others\), or merge$/m)
      expect(tree(root)).toEqual(before)
    }
  })
})

describe('the text says which file is a link to another', () => {
  it('in consolidate and in check --duplicates, one line each', async () => {
    const root = library({ 'a/helper.md': LONG, 'b/helper.md': SHORT }, { 'b/link.md': '../a/helper.md' })
    const dry = await runCli(['consolidate', root, '--dry-run'])
    expect(dry.stdout).toMatch(/^helper \(3 files\): merged\n {2}b\/link\.md is a link to a\/helper\.md\n/m)
    const check = await runCli(['check', '--duplicates', root])
    expect(check.stdout).toContain(`\n  ${join(root, 'b/link.md')} is a link to ${join(root, 'a/helper.md')}\n`)
  })
})

describe('consolidate in place: keeping a link through another member', () => {
  it('is not done when the member on its way is archived, though the link ends outside the group', async () => {
    // Named by their files: c/other.md is another agent, so a/helper.md leads out of the group
    // only through b/helper.md, which keeping a/helper.md archives.
    const root = library({ 'c/other.md': '# Role\n\nHelper text.\n' }, { 'b/helper.md': '../c/other.md', 'a/helper.md': '../b/helper.md' })
    saveDecision(root, ['a/helper.md', 'b/helper.md'], { kind: 'keep', keep: 'a/helper.md' })
    const before = tree(root)
    // The dry run says what the run does (not "kept"), with --json too (it lists no links).
    for (const args of [['--dry-run'], ['--json']]) {
      const run = await runCli(['consolidate', root, ...args])
      expect(run.code, run.stdout).toBe(1)
      expect(run.stderr).toMatch(/^helper: not resolved: a\/helper\.md is a link to b\/helper\.md, which would be archived/m)
      expect(tree(root)).toEqual(before)
    }
  })
})
