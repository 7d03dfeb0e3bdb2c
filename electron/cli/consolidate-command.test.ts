import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs'
import { createHash } from 'node:crypto'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { cpSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { parseDocument } from '../../shared/engine/parse/parse-document'
import { REPO, hasStackTrace, runCli, tree } from './cli-test-util'

/** ../shared/corpus as on CI (the repository's copy where it is missing), copied to a temp folder
 *  and made writable (the shared copy is read-only). */
function corpusCopy(): string {
  const shared = join(REPO, '..', 'shared', 'corpus')
  const source = existsSync(shared) ? shared : join(REPO, 'test-fixtures', 'corpus')
  const dir = join(mkdtempSync(join(tmpdir(), 'agent-merge-consolidate-')), 'library')
  cpSync(source, dir, { recursive: true })
  const writable = (path: string): void => {
    chmodSync(path, statSync(path).isDirectory() ? 0o755 : 0o644)
    if (statSync(path).isDirectory()) for (const name of readdirSync(path)) writable(join(path, name))
  }
  writable(dir)
  return dir
}

const emptyDir = (): string => mkdtempSync(join(tmpdir(), 'agent-merge-out-'))

describe('agent-merge consolidate --out', () => {
  it('on the corpus: a library where every name is defined once, other files byte-identical, written files strict', async () => {
    const library = corpusCopy()
    const before = tree(library)
    const out = join(emptyDir(), 'clean')
    const scan = JSON.parse((await runCli(['scan', library, '--json'])).stdout) as { files: { relPath: string }[]; groups: { members: { path: string }[] }[] }
    const grouped = new Set(scan.groups.flatMap((g) => g.members.map((m) => relative(library, m.path))))
    expect(grouped.size).toBeGreaterThan(50)

    const run = await runCli(['consolidate', library, '--out', out, '--json'])
    expect(run.code, run.stderr).toBe(0)
    const report = JSON.parse(run.stdout) as { groups: { key: string; resolution: string; written: string[]; archived: string[] }[]; archiveId: null; copied: number }
    expect(report.archiveId).toBeNull()
    expect(report.groups.length).toBe(scan.groups.length)
    expect(report.groups.every((g) => g.resolution === 'merge')).toBe(true)

    const dup = await runCli(['check', '--duplicates', out])
    expect(dup.code, dup.stdout).toBe(0)
    expect(tree(library)).toEqual(before) // sources untouched

    const written = new Set(report.groups.flatMap((g) => g.written))
    const outTree = tree(out)
    for (const file of scan.files.map((f) => f.relPath).filter((p) => !grouped.has(p))) {
      expect(outTree.get(file), file).toBe(before.get(file))
    }
    expect(report.copied).toBe(scan.files.length - grouped.size)
    for (const file of written) {
      const doc = parseDocument(readFileSync(join(out, file), 'utf8'), join(out, file))
      expect(doc.frontmatterMode, file).toBe('strict')
    }
    expect([...outTree.keys()].filter((p) => outTree.get(p) !== '/').length).toBe(written.size + report.copied)
  })

  it('refuses a non-empty folder unless --force, and a folder inside the library', async () => {
    const library = corpusCopy()
    const out = emptyDir()
    writeFileSync(join(out, 'keep.txt'), 'mine')
    const refused = await runCli(['consolidate', library, '--out', out])
    expect(refused.code).toBe(1)
    expect(refused.stderr).toMatch(/is not empty; refusing to write into it \(pass --force/)
    expect(readdirSync(out)).toEqual(['keep.txt'])
    expect((await runCli(['consolidate', library, '--out', out, '--force'])).code).toBe(0)
    expect(readFileSync(join(out, 'keep.txt'), 'utf8')).toBe('mine')
    const inside = await runCli(['consolidate', library, '--out', join(library, 'clean')])
    expect(inside.code).toBe(2)
    // A folder whose name only starts with two dots is inside too: its copies would be scanned
    // as part of the library.
    const dotted = await runCli(['consolidate', library, '--out', join(library, '..clean')])
    expect(dotted.code).toBe(2)
    expect(dotted.stderr).toMatch(/--out .+ must be outside/)
    expect(readdirSync(library)).not.toContain('..clean')
  })

  it('refuses an --out (or an in-place --report) inside the folder by a link, or a link to the folder holding --out', async () => {
    const root = emptyDir()
    for (const side of ['a', 'b']) {
      mkdirSync(join(root, 'library', side), { recursive: true })
      writeFileSync(join(root, 'library', side, 'helper.md'), `---\nname: helper\ndescription: ${side}\n---\n# Role\n\nText ${side}.\n`)
    }
    mkdirSync(join(root, 'library', 'empty'))
    const before = tree(join(root, 'library'))
    symlinkSync(join(root, 'library', 'empty'), join(root, 'out-link'))
    symlinkSync(join(root, 'library'), join(root, 'library-link'))
    symlinkSync(root, join(root, 'up-link')) // an --out that holds the folder by a link
    for (const args of [[join(root, 'library'), '--out', join(root, 'out-link')], [join(root, 'library-link'), '--out', join(root, 'library', 'new')], [join(root, 'library-link'), '--out', join(root, 'out-link', 'new')], [join(root, 'library'), '--out', join(root, 'up-link'), '--force']]) {
      const run = await runCli(['consolidate', ...args])
      expect(run.code, args.join(' ')).toBe(2)
      expect(run.stderr).toMatch(/--out .+ must be outside .+ \(and not hold it\)/)
    }
    // In place, a report inside the folder by a link is refused as one named inside it is.
    expect((await runCli(['consolidate', join(root, 'library'), '--report', join(root, 'out-link', 'report.md')])).stderr).toMatch(/--report must be outside the folder/)
    expect(tree(join(root, 'library'))).toEqual(before)
  })
})

describe('agent-merge consolidate in place, and undo', () => {
  it('archives as one run; check --duplicates passes; undo restores the tree byte for byte', async () => {
    const library = corpusCopy()
    const before = tree(library)
    const run = await runCli(['consolidate', library, '--json'])
    expect(run.code, run.stderr).toBe(0)
    const { archiveId } = JSON.parse(run.stdout) as { archiveId: string }
    expect(archiveId).toMatch(/^\d{8}T\d{9}Z-[0-9a-f]{6}$/)
    expect((await runCli(['check', '--duplicates', library])).code).toBe(0)
    expect(tree(library)).not.toEqual(before)

    const undo = await runCli(['undo', library])
    expect(undo.code, undo.stderr).toBe(0)
    expect(undo.stdout).toMatch(new RegExp(`^Undid ${archiveId}: 75 files restored, 12 written files removed`))
    expect(tree(library)).toEqual(before)
    const again = await runCli(['undo', library])
    expect(again.code).toBe(1)
    expect(again.stderr).toMatch(/has no consolidation to undo/)
  })

  it('shows how far archiving and writing (and undoing) got on a terminal, and clears it', async () => {
    const library = corpusCopy()
    const before = tree(library)
    const run = await runCli(['consolidate', library, '--only', 'debugger'], { stderrIsTTY: true })
    expect(run.code, run.stderr).toBe(0)
    // The last line drawn says 100 % (the last file always reports), then the line is cleared.
    expect(run.stderr.endsWith('Archiving and writing: 100 %\r\u001b[K'), run.stderr.slice(-80)).toBe(true)
    const undo = await runCli(['undo', library], { stderrIsTTY: true })
    expect(undo.code, undo.stderr).toBe(0)
    expect(undo.stderr.endsWith('Putting the files back: 100 %\r\u001b[K'), undo.stderr.slice(-80)).toBe(true)
    expect(tree(library)).toEqual(before)
    // Not on a pipe.
    expect((await runCli(['consolidate', library, '--only', 'debugger'])).stderr).toBe('')
  })

  it('undo refuses, changing nothing, when a written file was edited since', async () => {
    const library = corpusCopy()
    const run = JSON.parse((await runCli(['consolidate', library, '--json', '--only', 'debugger'])).stdout) as { groups: { written: string[] }[] }
    const file = join(library, run.groups[0]!.written[0]!)
    writeFileSync(file, `${readFileSync(file, 'utf8')}\nMy edit.\n`)
    const after = tree(library)
    const undo = await runCli(['undo', library])
    expect(undo.code).toBe(1)
    expect(undo.stderr).toMatch(/changed since the run wrote it; undo would lose that/)
    expect(tree(library)).toEqual(after)
  })
})

describe('agent-merge consolidate: plans, reports, saved decisions', () => {
  it('--dry-run writes nothing; --report describes every group; --only narrows', async () => {
    const library = corpusCopy()
    const before = tree(library)
    const reportFile = join(emptyDir(), 'report.md')
    const run = await runCli(['consolidate', library, '--dry-run', '--report', reportFile, '--only', 'debugger,backend-architect'])
    expect(run.code).toBe(0)
    expect(tree(library)).toEqual(before)
    expect(run.stdout).toMatch(/^debugger \(9 files\): merged$/m)
    expect(run.stdout).toMatch(/2 of 2 groups would be resolved/)
    // Rows are counted by file, not by numbers the text never shows.
    expect(run.stdout).toMatch(/^ {2}rows: \d+ from the base(, \d+ from [^ ,]+\/debugger\.md)+; left out: \d+ \(\d+ sections?\b/m)
    // What was left out in plain words, not the --json kind names.
    expect(run.stdout).toMatch(/; left out: \d+ \(.*\d+ frontmatter keys?\b.*\)$/m)
    expect(run.stdout).not.toMatch(/left out: \d+ \((row|version|key|items)\b/)
    const report = readFileSync(reportFile, 'utf8')
    expect(report).toMatch(/^## debugger: merged$/m)
    // An overview first: one line per group, linking to its section.
    expect(report).toMatch(/^\| group \| resolution \| files \| written at \| rows added \| left out \|$/m)
    expect(report).toMatch(/^\| \[debugger\]\(#debugger-merged\) \| merged \| 9 \| `[^`]+\/debugger\.md` \| \d+ \| \d+ \|$/m)
    expect(report.indexOf('| group |')).toBeLessThan(report.indexOf('## '))
    expect(report).toMatch(/^\| row \| from \| reason \|$/m)
    expect(report).toMatch(/in the base \(\d\)/)
    expect(report).toMatch(/^- .+: left out$/m)
    const one = await runCli(['consolidate', library, '--out', join(emptyDir(), 'out'), '--only', 'debugger', '--report', reportFile])
    expect(one.stdout).toMatch(/: 1 file written, \d+ copied as they are\.$/m)
    expect(readFileSync(reportFile, 'utf8')).toMatch(/\. 1 group: 1 merged,/)
    const unknown = await runCli(['consolidate', library, '--dry-run', '--only', 'nobody'])
    expect(unknown.code).toBe(1)
    expect(unknown.stderr).toMatch(/no duplicate group named "nobody"/)
  })

  it('uses a saved decision for its group, and reports one that no longer fits (exit 1)', async () => {
    const library = corpusCopy()
    const scan = JSON.parse((await runCli(['scan', library, '--json'])).stdout) as { groups: { key: string; members: { path: string }[] }[] }
    const group = scan.groups.find((g) => g.key === 'api-security-audit')!
    const members = group.members.map((m) => {
      const path = relative(library, m.path)
      return { path, hash: parseDocument(readFileSync(m.path, 'utf8'), m.path).hash }
    })
    const recipes = join(library, '.agent-merge', 'recipes')
    mkdirSync(recipes, { recursive: true })
    const save = (m: typeof members): void =>
      writeFileSync(join(recipes, 'api-security-audit.json'), JSON.stringify({ version: 1, group: 'api-security-audit', members: m, resolution: { kind: 'keep', keep: members[1]!.path }, savedAt: '2026-12-06T05:00:00Z' }))
    save(members)
    const run = await runCli(['consolidate', library, '--dry-run', '--json', '--only', 'api-security-audit'])
    expect(run.code).toBe(0)
    const planned = JSON.parse(run.stdout) as { groups: { resolution: string; kept: string; decisionFile: string }[] }
    expect(planned.groups[0]).toMatchObject({ resolution: 'keep', kept: members[1]!.path, decisionFile: '.agent-merge/recipes/api-security-audit.json' })

    save([{ ...members[0]!, hash: '0'.repeat(64) }, members[1]!])
    const stale = await runCli(['consolidate', library, '--dry-run', '--only', 'api-security-audit'])
    expect(stale.code).toBe(1)
    expect(stale.stderr).toMatch(/^api-security-audit: not resolved: .+ changed since the decision was saved/m)
    expect(hasStackTrace(stale.stderr)).toBe(false)
  })

  it('passes over a folder named like a decision, as the app does, and follows the decision beside it', async () => {
    const library = emptyDir()
    for (const side of ['a', 'b']) {
      mkdirSync(join(library, side))
      writeFileSync(join(library, side, 'helper.md'), `---\nname: helper\ndescription: ${side}\n---\n# Role\n\nText ${side}.\n`)
    }
    const recipes = join(library, '.agent-merge', 'recipes')
    mkdirSync(join(recipes, 'notes.json'), { recursive: true })
    const members = ['a/helper.md', 'b/helper.md'].map((path) => ({ path, hash: createHash('sha256').update(readFileSync(join(library, path))).digest('hex') }))
    writeFileSync(join(recipes, 'helper.json'), JSON.stringify({ version: 1, group: 'helper', members, resolution: { kind: 'keep', keep: 'b/helper.md' }, savedAt: '2026-12-07T00:00:00Z' }))
    const run = await runCli(['consolidate', library, '--dry-run', '--json'])
    expect(run.stderr).toBe('')
    expect(run.code).toBe(0)
    expect((JSON.parse(run.stdout) as { groups: unknown[] }).groups).toMatchObject([{ key: 'helper', resolution: 'keep', kept: 'b/helper.md' }])
  })

  it('leaves unresolved a saved rename onto another file of the folder, or onto a name another file goes by', async () => {
    const library = emptyDir()
    const agent = (path: string, name: string, text: string): void => {
      mkdirSync(join(library, path, '..'), { recursive: true })
      writeFileSync(join(library, path), `---\nname: ${name}\ndescription: ${text}\n---\n# Role\n\n${text}\n`)
    }
    agent('a/helper.md', 'helper', 'One.')
    agent('b/helper.md', 'helper', 'Two.')
    agent('b/other.md', 'other', 'The other agent: keep me.')
    agent('c/notes.md', 'reviewer', 'A reviewer.')
    const saveRenames = (names: readonly string[]): void => {
      const members = ['a/helper.md', 'b/helper.md'].map((path) => ({ path, hash: createHash('sha256').update(readFileSync(join(library, path))).digest('hex') }))
      const renames = members.map((m, i) => ({ path: m.path, name: names[i]! }))
      mkdirSync(join(library, '.agent-merge', 'recipes'), { recursive: true })
      writeFileSync(join(library, '.agent-merge', 'recipes', 'helper.json'), JSON.stringify({ version: 1, group: 'helper', members, resolution: { kind: 'rename', renames }, savedAt: '2026-12-07T00:00:00Z' }))
    }
    saveRenames(['helper-a', 'other'])
    const onto = await runCli(['consolidate', library, '--dry-run'])
    expect(onto.code).toBe(1)
    expect(onto.stderr).toMatch(/^helper: not resolved: b\/helper\.md would be written at b\/other\.md, another file of the folder$/m)
    const out = join(emptyDir(), 'out')
    expect((await runCli(['consolidate', library, '--out', out, '--force'])).code).toBe(1)
    expect(readFileSync(join(out, 'b', 'other.md'), 'utf8')).toBe(readFileSync(join(library, 'b', 'other.md'), 'utf8'))

    saveRenames(['reviewer', 'helper-b'])
    const named = await runCli(['consolidate', library, '--dry-run'])
    expect(named.code).toBe(1)
    expect(named.stderr).toMatch(/^helper: not resolved: a\/helper\.md renamed would go by "reviewer", as c\/notes\.md does$/m)
    expect(hasStackTrace(named.stderr)).toBe(false)
  })

  it('refuses, before changing anything, a report inside a folder consolidated in place', async () => {
    const library = corpusCopy()
    const before = tree(library)
    const run = await runCli(['consolidate', library, '--report', join(library, 'report.md')])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/--report must be outside the folder/)
    expect(tree(library)).toEqual(before)
  })

  it('refuses, before changing anything, a report whose folder does not exist', async () => {
    const library = corpusCopy()
    const before = tree(library)
    const missing = join(emptyDir(), 'no-such-folder', 'report.md')
    const run = await runCli(['consolidate', library, '--report', missing])
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/--report .*report\.md: its folder .*no-such-folder does not exist/)
    expect(tree(library)).toEqual(before)
    const out = join(emptyDir(), 'out')
    expect((await runCli(['consolidate', library, '--out', out, '--report', missing])).code).toBe(2)
    expect(existsSync(out)).toBe(false)
    const dir = emptyDir()
    expect((await runCli(['consolidate', library, '--dry-run', '--report', dir])).stderr).toMatch(/--report .+ is a folder; it takes a file/)
  })

  it('--policy newest takes the file changed last as the base; propose takes the most complete', async () => {
    const root = emptyDir()
    const agent = (path: string, body: string, mtime: number): void => {
      mkdirSync(join(root, path, '..'), { recursive: true })
      writeFileSync(join(root, path), `---\nname: helper\ndescription: d\n---\n${body}`)
      utimesSync(join(root, path), mtime, mtime)
    }
    agent('a/helper.md', '# Role\nLong text here.\n\n# Steps\nMore.\n', 1_700_000_000)
    agent('b/helper.md', '# Role\nShort.\n', 1_800_000_000)
    const base = async (policy: string): Promise<string> => {
      const run = await runCli(['consolidate', root, '--dry-run', '--json', '--policy', policy])
      const report = JSON.parse(run.stdout) as { groups: { base: string; baseReason: string }[] }
      return `${report.groups[0]!.base}: ${report.groups[0]!.baseReason}`
    }
    expect(await base('newest')).toBe('b/helper.md: policy newest: changed last (2027-01-15 08:00 UTC)')
    expect(await base('propose')).toMatch(/^a\/helper\.md: the most complete variant/)
  })

  it('usage errors exit 2', async () => {
    expect((await runCli(['consolidate'])).code).toBe(2)
    expect((await runCli(['consolidate', '.', '--policy', 'best'])).stderr).toMatch(/--policy must be one of propose, first, newest, longest/)
    expect((await runCli(['undo'])).code).toBe(2)
  })
})

describe('agent-merge check --duplicates', () => {
  it('exits 1 on the corpus, naming each name and its files', async () => {
    const library = corpusCopy()
    const run = await runCli(['check', '--duplicates', library])
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(/^debugger: defined 4 times$/m)
    expect(run.stdout).toMatch(/^ {2}[^ ]+\/debugger\.md$/m)
    expect(run.stderr).toMatch(/79 files: 12 names defined more than once, 0 colliding inside one tool folder/)
  })
  it('says which copies collide inside one tool folder', async () => {
    const root = emptyDir()
    const agent = (path: string, name: string): void => {
      mkdirSync(join(root, path, '..'), { recursive: true })
      writeFileSync(join(root, path), `---\nname: ${name}\ndescription: d\n---\nBody\n`)
    }
    agent('.claude/agents/helper.md', 'helper')
    agent('.claude/agents/team/helper-copy.md', 'helper')
    agent('vendor/helper.md', 'helper')
    agent('.claude/agents/other.md', 'other')
    const run = await runCli(['check', '--duplicates', root, '--json'])
    expect(run.code).toBe(1)
    const json = JSON.parse(run.stdout) as { duplicates: { name: string; files: string[]; collisions: { tool: string; files: string[] }[] }[] }
    expect(json.duplicates).toHaveLength(1)
    expect(json.duplicates[0]!.files).toHaveLength(3)
    expect(json.duplicates[0]!.collisions).toEqual([{ tool: 'claude-agents', folder: `${root}/.claude/agents`, files: [`${root}/.claude/agents/helper.md`, `${root}/.claude/agents/team/helper-copy.md`] }])
  })
})
