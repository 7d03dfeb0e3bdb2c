import { chmod, mkdir, symlink, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { scanFolder, type ScanProgress } from './scan-folder'
import { makeTempFolder, runningAsRoot, writeTree } from './temp-folder.test-util'

const agent = (name: string): string => `---\nname: ${name}\ndescription: d\n---\n# ${name}\n`

// Every case three ways: with the thread pool's calls (the app), with blocking ones, and as the
// CLI scans (blocking, no temp file clean-up: one walk without promises when no folder is linked).
const WAYS: readonly (readonly [string, { readonly blocking: boolean; readonly staleTempAgeMs?: null }])[] = [
  ['thread pool', { blocking: false }],
  ['blocking', { blocking: true }],
  ['blocking, no clean-up', { blocking: true, staleTempAgeMs: null }],
]

describe.each(WAYS)('scanFolder (%s)', (_way, way) => {
  it('finds agent files, including in hidden agent folders, and skips docs, .git and node_modules', async () => {
    const root = await makeTempFolder()
    await writeTree(root, {
      'agents/backend.md': agent('backend'),
      'agents/cursor.mdc': agent('cursor'),
      '.claude/agents/reviewer.md': agent('reviewer'),
      '.claude/commands/deploy/run.md': agent('run'),
      '.claude/skills/pdf/SKILL.md': agent('pdf'),
      '.github/agents/plan.agent.md': agent('plan'),
      '.github/chatmodes/tdd.chatmode.md': agent('tdd'),
      '.cursor/rules/style.mdc': agent('style'),
      '.opencode/agent/review.md': agent('review'),
      '.gemini/agents/g.md': agent('g'),
      '.claude/CLAUDE.md': 'not an agent',
      '.github/ISSUE_TEMPLATE/bug.md': 'not an agent',
      '.vscode/notes.md': 'hidden, not an agent folder',
      '.git/COMMIT_EDITMSG.md': 'x',
      'node_modules/pkg/agent.md': agent('dep'),
      'README.md': '# readme',
      'docs/CHANGELOG.md': '# log',
      'LICENSE.md': 'MIT',
      'notes.txt': 'not markdown',
    })
    const { files, skipped } = await scanFolder(root, way)
    expect(files.map((f) => f.relPath)).toEqual([
      '.claude/agents/reviewer.md',
      '.claude/commands/deploy/run.md',
      '.claude/skills/pdf/SKILL.md',
      '.cursor/rules/style.mdc',
      '.gemini/agents/g.md',
      '.github/agents/plan.agent.md',
      '.github/chatmodes/tdd.chatmode.md',
      '.opencode/agent/review.md',
      'agents/backend.md',
      'agents/cursor.mdc',
    ])
    expect(skipped).toEqual([])
    const reviewer = files.find((f) => f.relPath === '.claude/agents/reviewer.md')!
    expect(reviewer).toMatchObject({ root, path: join(root, '.claude/agents/reviewer.md') })
  })

  it('treats an opened .claude folder like one found inside a project', async () => {
    const home = await makeTempFolder()
    await writeTree(home, { '.claude/agents/a.md': agent('a'), '.claude/CLAUDE.md': 'memory', '.claude/projects/x/notes.md': 'no' })
    const { files } = await scanFolder(join(home, '.claude'), way)
    expect(files.map((f) => f.relPath)).toEqual(['agents/a.md'])
  })

  it('reports files too large, binary or not UTF-8 instead of loading them', async () => {
    const root = await makeTempFolder()
    await writeTree(root, {
      'ok.md': agent('ok'),
      'huge.md': 'x'.repeat(5000),
      'binary.md': Buffer.from([0x23, 0x00, 0x41]),
      'latin1.md': Buffer.from([0x23, 0x20, 0x63, 0x61, 0x66, 0xe9, 0x0a]),
    })
    const { files, skipped } = await scanFolder(root, { ...way, maxFileSize: 4096 })
    expect(files.map((f) => f.relPath)).toEqual(['ok.md'])
    expect(skipped.map((s) => [s.path.slice(root.length + 1), s.reason])).toEqual([
      ['binary.md', 'binary'],
      ['huge.md', 'too-large'],
      ['latin1.md', 'invalid-utf8'],
    ])
    expect(skipped.every((s) => s.message.includes(s.path))).toBe(true)
  })

  it('hands the host each text with whether its bytes hold a NUL (after the binary sniff too)', async () => {
    const root = await makeTempFolder()
    await writeTree(root, { 'clean.md': agent('clean'), 'late-nul.md': agent('late') + 'x\n'.repeat(5000) + '\0\n' })
    const kept = new Map<string, boolean>()
    const result = await scanFolder(root, { ...way, onText: (path, _stamp, checked) => kept.set(path.split(/[\\/]/).pop()!, checked.nulFree) })
    expect(result.files.map((f) => f.relPath).sort()).toEqual(['clean.md', 'late-nul.md'])
    expect([...kept].sort()).toEqual([['clean.md', true], ['late-nul.md', false]])
  })

  it('hands onText the bytes each text was decoded from, file after file', async () => {
    // Sizes that make a blocking scan's reused buffer grow and then serve smaller files again.
    const root = await makeTempFolder()
    const sizes = [10, 70_000, 3, 200_000, 50, 70_000]
    await writeTree(root, Object.fromEntries(sizes.map((size, i) => [`d${i % 2}/f${i}.md`, agent(`f${i}`) + String(i).repeat(size)])))
    const seen: string[] = []
    await scanFolder(root, { ...way, onText: (path, stamp, checked, bytes) => {
      expect(checked.text.startsWith(agent(path.split(/[\\/]/).pop()!.replace('.md', '')))).toBe(true)
      expect(bytes.toString('utf8')).toBe(checked.text)
      expect(bytes.length).toBe(stamp.size)
      seen.push(path)
    } })
    expect(seen).toHaveLength(sizes.length)
  })

  it('follows symlinks without looping and never outside the root', async () => {
    const base = await makeTempFolder()
    const root = join(base, 'root')
    await writeTree(base, { 'root/a/one.md': agent('one'), 'elsewhere/secret.md': agent('secret') })
    await symlink(join(root, 'a'), join(root, 'a', 'loop')) // a/loop -> a
    await symlink(root, join(root, 'a', 'up')) // a/up -> root
    await symlink(join(base, 'elsewhere'), join(root, 'out')) // outward folder link
    await symlink(join(base, 'elsewhere', 'secret.md'), join(root, 'secret-link.md')) // outward file link
    await symlink(join(root, 'a', 'one.md'), join(root, 'alias.md')) // inward file link
    const { files, skipped } = await scanFolder(root, way)
    expect(files.map((f) => f.relPath)).toEqual(['a/one.md', 'alias.md'])
    const reasons = Object.fromEntries(skipped.map((s) => [s.path.slice(root.length + 1), s.reason]))
    expect(reasons).toEqual({ 'a/loop': 'symlink-loop', 'a/up': 'symlink-loop', out: 'outside-root', 'secret-link.md': 'outside-root' })
  })

  it('reports an unreadable file (needs a non-root user)', async (context) => {
    if (runningAsRoot) context.skip('running as root: chmod 000 does not stop root from reading')
    const root = await makeTempFolder()
    await writeTree(root, { 'locked.md': agent('locked') })
    await chmod(join(root, 'locked.md'), 0)
    const { skipped } = await scanFolder(root, way)
    expect(skipped).toMatchObject([{ reason: 'unreadable' }])
  })

  it('scans a single file root', async () => {
    const root = await makeTempFolder()
    await writeTree(root, { 'x/notes.markdown': agent('n') })
    const { files } = await scanFolder(join(root, 'x/notes.markdown'), way)
    expect(files).toMatchObject([{ relPath: 'notes.markdown', root: join(root, 'x/notes.markdown') }])
  })

  it('handles 10,000 files and reports progress as it goes', async () => {
    const root = await makeTempFolder()
    const content = agent('many')
    for (let d = 0; d < 100; d++) {
      const dir = join(root, `group-${d}`)
      await mkdir(dir)
      await Promise.all(Array.from({ length: 100 }, (_, i) => writeFile(join(dir, `agent-${i}.md`), content)))
    }
    const progress: ScanProgress[] = []
    const { files } = await scanFolder(root, { ...way, onProgress: (p) => progress.push(p), progressEvery: 1000 })
    expect(files).toHaveLength(10_000)
    expect(progress.filter((p) => !p.done).map((p) => p.scanned)).toEqual([1000, 2000, 3000, 4000, 5000, 6000, 7000, 8000, 9000, 10000])
    expect(progress.at(-1)).toEqual({ scanned: 10_000, found: 10_000, done: true })
  })

  it('stops with cancelled when the signal aborts', async () => {
    const root = await makeTempFolder()
    await writeTree(root, Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`a${i}.md`, agent(`a${i}`)])))
    const controller = new AbortController()
    const scan = scanFolder(root, { ...way, signal: controller.signal, progressEvery: 5, onProgress: () => controller.abort() })
    await expect(scan).rejects.toMatchObject({ code: 'cancelled' })
  })

  it('fails with not-found for a root that does not exist', async () => {
    await expect(scanFolder('/no/such/folder', way)).rejects.toMatchObject({ code: 'not-found' })
  })
})

describe('scanFolder as the CLI scans', () => {
  it('lists what the walk with promises lists: paths, paths under the root, skips', async () => {
    const base = await makeTempFolder()
    const root = join(base, 'root')
    await writeTree(base, {
      'root/a/b/c/deep.md': agent('deep'),
      'root/a/one.mdc': agent('one'),
      'root/a\\b.md': agent('backslash'), // one file name on POSIX: listed as `a/b.md`, like path.relative split
      'root/.claude/agents/x.md': agent('x'),
      'root/big.md': `${agent('big')}${'x'.repeat(5000)}`,
      'elsewhere/secret.md': agent('secret'),
    })
    await symlink(join(base, 'elsewhere', 'secret.md'), join(root, 'secret-link.md'))
    await symlink(join(root, 'a', 'one.mdc'), join(root, 'a', 'b', 'alias.md'))
    await symlink(join(root, 'missing.md'), join(root, 'dangling.md'))
    const texts = (blocking: boolean, staleTempAgeMs?: null) => {
      const seen: string[] = []
      return { seen, options: { blocking, maxFileSize: 4096, ...(staleTempAgeMs === null ? { staleTempAgeMs } : {}), onText: (path: string) => void seen.push(path) } }
    }
    const [pool, cli] = [texts(false), texts(true, null)]
    const expected = await scanFolder(root, pool.options)
    // (Only the walk without promises knows the count before reading: this is the one compared.)
    const listed: number[] = []
    const got = await scanFolder(root, { ...cli.options, onListed: (n) => void listed.push(n) })
    expect(listed).toHaveLength(1)
    expect(got).toEqual(expected)
    expect(got.files.map((f) => f.relPath)).toContain('a/b.md')
    expect(cli.seen.sort()).toEqual(pool.seen.sort())
    expect(got.skipped.map((s) => s.reason).sort()).toEqual(['outside-root', 'too-large', 'unreadable'])
  })

  it('tells how many files it will read before it reads any (the CLI tunes its compiler by it)', async () => {
    const root = await makeTempFolder()
    await writeTree(root, { 'agents/a.md': agent('a'), 'agents/b.md': agent('b'), '.claude/agents/c.md': agent('c'), 'agents/d.txt': 'not read' })
    const events: string[] = []
    await scanFolder(root, { blocking: true, staleTempAgeMs: null, onListed: (n) => void events.push(`listed ${n}`), onText: () => void events.push('text') })
    expect(events).toEqual(['listed 3', 'text', 'text', 'text'])
  })
})
