import { describe, expect, it } from 'vitest'
import { runCli, tempCopy } from './cli-test-util'


const ESC = '\u001b['
describe('agent-merge scan', () => {
  const corpus = tempCopy('test-fixtures/corpus')

  it('lists files, groups, suggestions and singles as JSON', async () => {
    const run = await runCli(['scan', corpus, '--json'])
    expect(run.code).toBe(0)
    const report = JSON.parse(run.stdout)
    expect(report.version).toBe(1)
    expect(report.files).toHaveLength(79)
    const keys = report.groups.map((g: { key: string }) => g.key)
    for (const key of ['code-reviewer', 'backend-architect', 'performance-engineer', 'debugger', 'prompt-engineer', 'security-auditor', 'architect-review']) {
      expect(keys).toContain(key)
    }
    const perf = report.groups.find((g: { key: string }) => g.key === 'performance-engineer')
    expect(perf.members).toHaveLength(10)
    expect(perf.members).toContainEqual({
      path: `${corpus}/wshobson__agents/plugins/application-performance/agents/performance-engineer.md`,
      matchedBy: 'prefixed-name',
    })
    expect(report.singles).toHaveLength(4)
    const mdc = report.files.find((f: { relPath: string }) => f.relPath === 'PatrickJS__awesome-cursorrules/rules/ai-agent-specialist.mdc')
    expect(mdc).toMatchObject({ format: 'cursor-rule', identity: 'ai-agent-specialist', frontmatterMode: 'repaired' })
    expect(mdc.diagnostics.length).toBeGreaterThan(0)
  })

  it('prints a readable report without colour when not on a terminal', async () => {
    const run = await runCli(['scan', corpus])
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/^Agent files \(79\)/)
    expect(run.stdout).toMatch(/^ {2}performance-engineer: 10 variants, bodies ~\d+ % alike/m)
    expect(run.stdout.includes(ESC)).toBe(false)
  })

  it('refuses a file or a missing folder', async () => {
    expect((await runCli(['scan', `${corpus}/nope`])).stderr).toMatch(/nope: no such folder/)
    const file = await runCli(['scan', `${corpus}/MANIFEST.tsv`])
    expect(file.code).toBe(2)
    expect(file.stderr).toMatch(/is a file; scan takes a folder/)
  })
})

describe('agent-merge scan and check on awkward folders', () => {
  it('lists files it cannot read as problems with relative paths and reasons', async () => {
    const { writeFileSync, symlinkSync, mkdirSync } = await import('node:fs')
    const dir = tempCopy('examples/backend-architect')
    writeFileSync(`${dir}/logo.md`, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]))
    mkdirSync(`${dir}/nested`)
    symlinkSync(dir, `${dir}/nested/loop`)
    const run = await runCli(['scan', dir, '--json'])
    expect(run.code).toBe(0)
    const report = JSON.parse(run.stdout)
    expect(report.files).toHaveLength(5)
    expect(report.problems).toContainEqual(expect.objectContaining({ path: `${dir}/logo.md`, reason: 'binary' }))
    expect(report.groups).toHaveLength(1)
    const check = await runCli(['check', dir])
    expect(check.stderr).toMatch(/logo\.md: .*binary/)
    expect(check.code).toBe(1)
  })
})

describe('scan progress', () => {
  it('draws and clears a progress line only when stderr is a terminal', async () => {
    const dir = tempCopy('examples/backend-architect')
    const tty = await runCli(['scan', dir, '--json'], { stderrIsTTY: true })
    expect(tty.stderr.startsWith(`\r${ESC}KScanning `)).toBe(true)
    expect(tty.stderr.endsWith(`\r${ESC}K`)).toBe(true)
    expect(JSON.parse(tty.stdout).version).toBe(1)
    expect((await runCli(['scan', dir, '--json'])).stderr).toBe('')
  })
})
