// The fuzz suite for `consolidate` and `undo`: folders of mutated corpus files (half of them
// sharing names, so they form groups), with CRLF, BOMs, no final newline, broken frontmatter,
// hostile shapes and saved decisions of every kind (garbage, stale, naming other files), through
// every policy, and links to some of the files beside them. Whatever the input: a known exit code and no stack trace; --dry-run and --out
// leave the folder as it was; --out copies every other agent file byte for byte; every written
// file has strict frontmatter (or none) and can be read again; no file a resolved group leaves
// shares its name with another (none at all once every group is resolved); in place then undo
// gives back the whole tree byte for byte, and a second undo has nothing to undo.

import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { decisionFileName } from '../../shared/engine/consolidate'
import { inBoundShapes, overBoundShapes } from '../../shared/engine/parse/testing/hostile-shapes'
import { mutateText, seededRandom } from '../../shared/engine/parse/testing/mutate-text'
import { parseDocument, TOO_COMPLEX } from '../../shared/engine/parse/parse-document'
import { corpusTexts, filesUnder, hasStackTrace, runCli, tree, type CliRun } from './cli-test-util'

const SEED = 20_261_207
const FOLDERS = 4
const FILES_PER_FOLDER = 48
const POLICIES = ['propose', 'first', 'newest', 'longest'] as const
const CEILING_MS = 240_000

const corpus = corpusTexts()
const root = mkdtempSync(join(tmpdir(), 'agent-merge-fuzz-consolidate-'))
afterAll(() => rmSync(root, { recursive: true, force: true }), 120_000)
const sha256 = (bytes: Buffer | string): string => createHash('sha256').update(bytes).digest('hex')

/** The layouts files come in: as they are, CRLF, BOM, no final newline, frontmatter not closed. */
const LAYOUTS: readonly ((text: string) => string)[] = [
  (t) => t,
  (t) => t.replace(/\r?\n/g, '\r\n'),
  (t) => `\uFEFF${t}`,
  (t) => t.replace(/[\r\n]+$/, ''),
  (t) => t.replace(/^(\uFEFF?---\r?\n[\s\S]*?)\r?\n---(?=\r?\n)/, '$1'),
  (t) => `\uFEFF${t.replace(/\r?\n/g, '\r\n').replace(/[\r\n]+$/, '')}`,
]
const SUBFOLDERS = ['a', 'b', 'c/agents', '.claude/agents', 'd/e', 'skills']

/** A folder of mutated files, the same on every run. */
function generate(index: number, random: () => number): string {
  const folder = join(root, `library${index}`)
  // A small pool, so `name`s repeat and files group by them.
  const pool = Array.from({ length: 10 }, () => corpus[Math.floor(random() * corpus.length)]!)
  for (let i = 0; i < FILES_PER_FOLDER; i++) {
    let text = pool[Math.floor(random() * pool.length)]!
    if (random() < 0.5) text = mutateText(text, corpus[Math.floor(random() * corpus.length)]!, random)
    // Some lose their name: they group by file name.
    if (random() < 0.2) text = text.replace(/^name:.*\r?\n/m, '')
    text = LAYOUTS[Math.floor(random() * LAYOUTS.length)]!(text)
    const sub = SUBFOLDERS[Math.floor(random() * SUBFOLDERS.length)]!
    const name = random() < 0.5 ? `agent-${i % 6}` : `f${i}`
    const file = sub === 'skills' ? `${name}/SKILL.md` : `${name}.${random() < 0.1 ? 'mdc' : random() < 0.05 ? 'agent.md' : 'md'}`
    const path = join(folder, sub, file)
    if (existsSync(path)) continue
    mkdirSync(dirname(path), { recursive: true })
    writeFileSync(path, text)
  }
  // Hostile shapes, all named `hostile`: a group of their own, one near the bound on sections.
  const shapes = [...overBoundShapes(0.01), ...inBoundShapes(4 * 1024)]
  mkdirSync(join(folder, 'hostile'))
  for (let k = 0; k < 5; k++) {
    const shape = k === 0 ? shapes.find((s) => s.name === 'headings-at-bound')! : shapes[Math.floor(random() * shapes.length)]!
    writeFileSync(join(folder, 'hostile', `${shape.name}.md`), random() < 0.3 ? shape.text.replace(/\n/g, '\r\n') : shape.text)
  }
  // A Copilot agent is named by its file: this one groups with helper.md, not with reviewer.md.
  mkdirSync(join(folder, 'copilot'))
  writeFileSync(join(folder, 'copilot', 'helper.md'), '---\ndescription: Helps.\n---\n# Role\n\nYou help.\n\n## Steps\n\nStep one.\n')
  writeFileSync(join(folder, 'copilot', 'helper.agent.md'), '---\nname: reviewer\ndescription: Helps.\n---\n# Role\n\nYou help.\n')
  writeFileSync(join(folder, 'copilot', 'reviewer.md'), '---\nname: reviewer\ndescription: Reviews.\n---\n# Review\n\nYou review.\n')
  // Sections of its own: `propose` adds them to the one near the bound.
  const own = Array.from({ length: 20 }, (_, k) => `## Own ${k}\n\nown${k}a own${k}b own${k}c`).join('\n\n')
  writeFileSync(join(folder, 'hostile', 'own-sections.md'), `---\nname: hostile\ndescription: d\n---\n${own}\n`)
  return folder
}

const LINKS_PER_FOLDER = 4

/** Links to some agent files of the folder, in other folders: each is a member of its target's
 *  group (the name defined again). Their own seed, so the files above stay what they were. */
function addLinks(folder: string, random: () => number): string {
  const files = filesUnder(folder).map((p) => relative(folder, p)).filter((p) => /^[a-z][^/]*\/[^/]+\.md$/.test(p) && !p.startsWith('hostile/'))
  for (let k = 0; k < LINKS_PER_FOLDER; k++) {
    const target = files[Math.floor(random() * files.length)]!
    const link = join(folder, k % 2 === 0 ? 'links' : 'a/linked', `link-${k}.md`)
    mkdirSync(dirname(link), { recursive: true })
    symlinkSync(relative(dirname(link), join(folder, target)), link)
  }
  return folder
}

interface PlannedGroup {
  readonly key: string
  readonly files: readonly string[]
  readonly resolution: string
  readonly written?: readonly string[]
  readonly renames?: readonly { readonly to: string }[]
  readonly archived?: readonly string[]
  readonly kept?: string
}

interface Planned {
  readonly archiveId: string | null
  readonly groups: readonly PlannedGroup[]
}

const KINDS = ['garbage', 'stale', 'keep', 'keep-other', 'rename', 'rename-same', 'rename-onto', 'skip', 'other-group', 'merge', 'merge-other', 'none', 'none'] as const

let decisionsMade = 0

/** Saved decisions for the groups, of every kind in turn (across folders), several not fitting. */
async function saveDecisions(folder: string, groups: readonly PlannedGroup[], random: () => number): Promise<void> {
  const dir = join(folder, '.agent-merge', 'recipes')
  mkdirSync(dir, { recursive: true })
  const others = filesUnder(folder).map((p) => relative(folder, p)).filter((p) => !p.startsWith('.') && /\/[a-z0-9-]+\.md$/.test(p))
  for (const [i, g] of groups.entries()) {
    const members = g.files.map((path) => ({ path, hash: sha256(readFileSync(join(folder, path))) }))
    const saved = (resolution: unknown): unknown => ({ version: 1, group: g.key, members, resolution, savedAt: '2026-12-07T00:00:00.000Z' })
    const renames = (name: (path: string, k: number) => string): unknown => saved({ kind: 'rename', renames: g.files.map((path, k) => ({ path, name: name(path, k) })) })
    let decision: unknown
    switch (KINDS[decisionsMade++ % KINDS.length]!) {
      case 'garbage': decision = random() < 0.5 ? '{"version": 1, "group": ' : '\u0000garbage'; break
      case 'stale': decision = { ...(saved({ kind: 'skip' }) as object), members: [{ path: 'gone/x.md', hash: '0'.repeat(64) }] }; break
      case 'keep': decision = saved({ kind: 'keep', keep: g.files[Math.floor(random() * g.files.length)] }); break
      case 'keep-other': decision = saved({ kind: 'keep', keep: 'elsewhere/y.md' }); break
      case 'rename': decision = renames((_, k) => `renamed-${i}-${k}`); break
      case 'rename-same': decision = renames(() => `same-${i}`); break
      // The first member named by the file name of a file outside the group (beside it if one is).
      case 'rename-onto': {
        const outside = others.filter((o) => !g.files.includes(o))
        const onto = outside.find((o) => dirname(o) === dirname(g.files[0]!)) ?? outside[0]!
        decision = renames((_, k) => (k === 0 ? onto.replace(/^.*\//, '').replace(/\.md$/, '') : `renamed-${i}-${k}`))
        break
      }
      case 'skip': decision = saved({ kind: 'skip' }); break
      case 'other-group': decision = { ...(saved({ kind: 'skip' }) as object), group: 'some-other-group' }; break
      case 'merge':
      case 'merge-other': {
        const printed = await runCli(['merge', ...g.files.map((p) => join(folder, p)), '--take', '1', '--print-recipe'])
        if (printed.code !== 0) break
        const recipe = JSON.parse(printed.stdout) as { sources: { path: string }[] }
        recipe.sources = recipe.sources.map((s, k) => ({ ...s, path: k === 0 && random() < 0.3 ? 'gone/away.md' : relative(folder, s.path) }))
        decision = saved({ kind: 'merge', recipe })
        break
      }
      case 'none':
        break
    }
    if (decision !== undefined) writeFileSync(join(dir, decisionFileName(g.key)), typeof decision === 'string' ? decision : JSON.stringify(decision))
  }
  writeFileSync(join(dir, 'orphan.json'), JSON.stringify({ version: 1, group: 'orphan', members: [], resolution: { kind: 'skip' }, savedAt: 'x' }))
  mkdirSync(join(dir, 'folder.json'))
}

function expectWellBehaved(run: CliRun, codes: readonly number[] = [0, 1]): void {
  expect(codes, run.stderr).toContain(run.code)
  expect(hasStackTrace(run.stdout + run.stderr)).toBe(false)
  expect(run.stderr).not.toMatch(/Unexpected error|TypeError|RangeError|ReferenceError|Maximum call stack/)
}

const RESOLVED = new Set(['merge', 'keep', 'rename'])
const writtenBy = (g: PlannedGroup): readonly string[] => g.written ?? (g.renames ?? []).map((r) => r.to)

/** Each file a merge or rename wrote under `dir` is there, with strict frontmatter (or none),
 *  and within the bounds of what Agent Merge reads. */
function expectWrittenFilesStrict(dir: string, planned: Planned): void {
  for (const g of planned.groups) {
    for (const rel of writtenBy(g)) {
      const doc = parseDocument(readFileSync(join(dir, rel), 'utf8'), join(dir, rel))
      expect(['strict', 'none'], `${g.key}: ${rel}`).toContain(doc.frontmatterMode)
      expect(doc.diagnostics.filter((d) => d.code === TOO_COMPLEX), `${g.key}: ${rel}`).toEqual([])
    }
  }
}

/** No file a resolved group left (written or kept) goes by a name another file has; nothing at
 *  all is defined twice once every group was resolved (exit 0). */
async function expectNoDuplicatesLeft(dir: string, run: CliRun): Promise<void> {
  const check = await runCli(['check', '--duplicates', dir, '--json'])
  expectWellBehaved(check)
  const { duplicates } = JSON.parse(check.stdout) as { duplicates: { name: string; files: string[] }[] }
  if (run.code === 0) expect(duplicates).toEqual([])
  const planned = JSON.parse(run.stdout) as Planned
  const left = new Set(planned.groups.filter((g) => RESOLVED.has(g.resolution)).flatMap((g) => [...writtenBy(g), ...(g.kept === undefined ? [] : [g.kept])]))
  for (const d of duplicates) expect(d.files.map((f) => relative(dir, f)).filter((f) => left.has(f)), `${d.name}: ${d.files.join(', ')}`).toEqual([])
}

/** --out: the folder as it was; every agent file no group replaced copied byte for byte. */
function expectOut(folder: string, out: string, before: ReadonlyMap<string, string>, planned: Planned): void {
  const replaced = new Set(planned.groups.flatMap((g) => g.archived ?? []))
  const written = new Set(planned.groups.flatMap(writtenBy))
  const copied = tree(out)
  for (const [path, entry] of before) {
    // A link is copied as the file it leads to.
    const hash = entry.startsWith('-> ') ? sha256(readFileSync(join(folder, path))) : entry
    if (hash === '/' || path.split('/').some((part) => part.startsWith('.')) || replaced.has(path) || written.has(path)) continue
    expect(copied.get(path), `${path} copied`).toBe(hash)
  }
  for (const [path, hash] of copied) if (hash !== '/' && !written.has(path)) expect(before.has(path), `${path} in --out`).toBe(true)
  expectWrittenFilesStrict(out, planned)
}

const random = seededRandom(SEED)
const linkRandom = seededRandom(SEED + 1)
const folders = Array.from({ length: FOLDERS }, (_, i) => addLinks(generate(i, random), linkRandom))

describe('fuzz: consolidate and undo on mutated folders', () => {
  for (const [index, folder] of folders.entries()) {
    it(`folder ${index}: every policy, dry run, --out, in place and undo; the folder comes back byte for byte`, async () => {
      const first = await runCli(['consolidate', folder, '--dry-run', '--json'])
      expectWellBehaved(first)
      // The first folder has no saved decisions: every group is merged by the policy.
      if (index > 0) await saveDecisions(folder, (JSON.parse(first.stdout) as Planned).groups, random)
      const before = tree(folder)
      for (const policy of POLICIES) {
        const dry = await runCli(['consolidate', folder, '--dry-run', '--json', '--policy', policy])
        expectWellBehaved(dry)
        const plan = JSON.parse(dry.stdout) as Planned
        expect(dry.code === 0, policy).toBe(plan.groups.every((g) => RESOLVED.has(g.resolution)))
        expect(tree(folder)).toEqual(before)

        const out = join(root, `out${index}-${policy}`)
        const toOut = await runCli(['consolidate', folder, '--out', out, '--json', '--policy', policy])
        expectWellBehaved(toOut)
        expect(tree(folder)).toEqual(before)
        expectOut(folder, out, before, JSON.parse(toOut.stdout) as Planned)
        await expectNoDuplicatesLeft(out, toOut)

        const inPlace = await runCli(['consolidate', folder, '--json', '--policy', policy])
        expectWellBehaved(inPlace)
        const done = JSON.parse(inPlace.stdout) as Planned
        expectWrittenFilesStrict(folder, done)
        await expectNoDuplicatesLeft(folder, inPlace)
        const undo = await runCli(['undo', folder, '--json'])
        expectWellBehaved(undo, [done.archiveId === null ? 1 : 0])
        if (done.archiveId !== null) expect((JSON.parse(undo.stdout) as { archiveId: string }).archiveId).toBe(done.archiveId)
        expect(tree(folder)).toEqual(before)
        const again = await runCli(['undo', folder])
        expectWellBehaved(again, [1])
        expect(again.stderr).toMatch(/has no consolidation to undo/)
        expect(tree(folder)).toEqual(before)
      }
    }, CEILING_MS)
  }

  it('--only: a group by its key, in place and undone; a name no group has is refused, changing nothing', async () => {
    const folder = folders[0]!
    const before = tree(folder)
    const { groups } = JSON.parse((await runCli(['consolidate', folder, '--dry-run', '--json'])).stdout) as Planned
    const key = groups[Math.floor(random() * groups.length)]!.key
    const only = await runCli(['consolidate', folder, '--json', '--only', key])
    expectWellBehaved(only)
    const done = JSON.parse(only.stdout) as Planned
    expect(done.groups.map((g) => g.key)).toEqual([key])
    if (done.archiveId !== null) expectWellBehaved(await runCli(['undo', folder]), [0])
    expect(tree(folder)).toEqual(before)
    const unknown = await runCli(['consolidate', folder, '--only', 'no-such-group', '--only', key])
    expectWellBehaved(unknown, [1])
    expect(unknown.stderr).toMatch(/no duplicate group named "no-such-group"/)
    expect(tree(folder)).toEqual(before)
  }, CEILING_MS)
})
