import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { runCli, tempCopy } from './cli-test-util'


const ESC = '\u001b['
describe('agent-merge diff', () => {
  const dir = tempCopy('examples/backend-architect')
  const files = readdirSync(dir).filter((f) => f.endsWith('.md')).sort().map((f) => join(dir, f))

  it('prints aligned keys and sections with word diffs, plain when not a terminal', async () => {
    const run = await runCli(['diff', ...files])
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^ {2}\[5\] .*004_987c147bd0239d26\.md {2}claude-agent, frontmatter \w+$/m)
    expect(run.stdout).toMatch(/^ {2}= name +same$/m)
    expect(run.stdout).toMatch(/^ {6}\[5\] color: \[-purple-\]\{\+orange\+\}/m)
    expect(run.stdout).toMatch(/^ {2}! .+only in \[1\]$/m)
    expect(run.stdout.includes(ESC)).toBe(false)
  })

  it('colours on a terminal unless NO_COLOR is set', async () => {
    expect((await runCli(['diff', ...files], { isTTY: true })).stdout.includes(`${ESC}31m`)).toBe(true)
    expect((await runCli(['diff', ...files], { isTTY: true, env: { NO_COLOR: '1' } })).stdout.includes(ESC)).toBe(false)
  })

  it('emits JSON with version 1, 0-based variants and rows covering every section', async () => {
    const run = await runCli(['diff', ...files, '--json'])
    const report = JSON.parse(run.stdout)
    expect(report.version).toBe(1)
    expect(report.variants.map((v: { index: number }) => v.index)).toEqual([0, 1, 2, 3, 4])
    const color = report.keys.find((k: { key: string }) => k.key === 'color')
    expect(color.status.kind).toBe('partial')
    for (let v = 0; v < 5; v++) {
      const cells = report.rows.filter((r: { cells: unknown[] }) => r.cells[v] !== null)
      expect(new Set(cells.map((r: { cells: { section: string }[] }) => r.cells[v]!.section)).size).toBe(cells.length)
    }
  })

  it('bounds the work of all its word diffs together, by count, not by the clock', async () => {
    // Twelve sections whose words the variant has in reverse order: each pair alone is worth its
    // own bound of work, so twelve of them would be seconds; the command's budget stops them.
    const words = Array.from({ length: 1000 }, (_, i) => `w${i}`)
    const file = (body: (i: number) => string): string => `---\nname: reordered\ndescription: d\n---\n${Array.from({ length: 12 }, (_, i) => `## Part ${i}\n\n${body(i)}\n`).join('\n')}`
    const work = mkdtempSync(join(tmpdir(), 'agent-merge-diff-'))
    writeFileSync(join(work, 'a.md'), file((i) => `${i} ${words.join(' ')}`))
    writeFileSync(join(work, 'b.md'), file((i) => `${i} ${[...words].reverse().join(' ')}`))
    const reasons = async (): Promise<string[]> => {
      const report = JSON.parse((await runCli(['diff', join(work, 'a.md'), join(work, 'b.md'), '--json'])).stdout)
      return report.rows.flatMap((r: { cells: ({ diff?: { reason?: string } } | null)[] }) => (r.cells[1]?.diff?.reason ? [r.cells[1].diff.reason] : []))
    }
    const first = await reasons()
    expect(first).toHaveLength(12)
    expect(first.slice(0, 3)).toEqual(Array(3).fill('over 1,000,000 steps to align them'))
    expect(first.slice(-6)).toEqual(Array(6).fill('the work budget of these word diffs is spent'))
    expect(await reasons()).toEqual(first)
    const text = (await runCli(['diff', join(work, 'a.md'), join(work, 'b.md')])).stdout
    expect(text).toContain('(too different to diff word by word: the work budget of these word diffs is spent)')
  })

  it('refuses a folder where a file is expected', async () => {
    const run = await runCli(['diff', dir, files[0]!])
    expect(run.code).toBe(1)
    expect(run.stderr).toMatch(/is a folder, not a file/)
  })
})
