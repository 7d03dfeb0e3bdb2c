import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { hasStackTrace, runCli, tempCopy } from './cli-test-util'

describe('agent-merge check', () => {
  const corpus = tempCopy('test-fixtures/corpus')
  const broken = join(corpus, 'PatrickJS__awesome-cursorrules/rules/ai-agent-specialist.mdc') // `globs: *...` on line 3
  const clean = join(corpus, 'davepoon__claude-code-subagents-collection/subagents/debugger.md')

  it('reports an error as path:line and exits 1', async () => {
    const run = await runCli(['check', broken])
    expect(run.code).toBe(1)
    expect(run.stdout).toMatch(new RegExp(`^${broken.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:3: error: .+ \\[[a-z-]+\\]$`, 'm'))
    expect(run.stderr).toMatch(/1 file checked: [1-9]\d* errors?, /)
  })

  it('exits 0 on a file without errors (notes are still listed)', async () => {
    const run = await runCli(['check', clean])
    expect(run.code).toBe(0)
    expect(run.stdout).not.toMatch(/: error: /)
    expect(run.stderr).toMatch(/1 file checked: 0 errors/)
  })

  it('checks folders and reports JSON with version 1', async () => {
    const run = await runCli(['check', corpus, '--json'])
    expect(run.code).toBe(1)
    const report = JSON.parse(run.stdout)
    expect(report.version).toBe(1)
    expect(report.files).toHaveLength(79)
    expect(report.errors).toBeGreaterThan(0)
    const file = report.files.find((f: { path: string }) => f.path.endsWith('ai-agent-specialist.mdc'))
    expect(file.diagnostics[0]).toMatchObject({ severity: 'error', line: 3 })
  })

  it('reports unreadable input in one line each, never a stack trace', async () => {
    const dir = tempCopy('examples/backend-architect')
    writeFileSync(join(dir, 'binary.md'), Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0x00, 0x01, 0x02, 0xff]))
    writeFileSync(join(dir, 'latin1.md'), Buffer.from('---\nname: caf\xe9\n---\n', 'latin1'))
    mkdirSync(join(dir, 'folder.md'))
    const run = await runCli(['check', join(dir, 'missing.md'), join(dir, 'binary.md'), join(dir, 'latin1.md'), join(dir, 'folder.md', 'x.md')])
    expect(run.code).toBe(1)
    const lines = run.stderr.trim().split('\n')
    expect(lines[0]).toMatch(/missing\.md: .*does not exist/)
    expect(lines[1]).toMatch(/binary\.md: .*binary/)
    expect(lines[2]).toMatch(/latin1\.md:2: .*UTF-8/)
    expect(hasStackTrace(run.stderr)).toBe(false)
  })

  it('says when a frontmatter line is a heading and when a value holds text YAML reads as a comment', async () => {
    const dir = tempCopy('examples/backend-architect')
    const file = join(dir, 'cloud-architect.md')
    writeFileSync(file, '---\nname: cloud-architect\ndescription: Our app hit #1 on the App Store\n# Cloud Architect Agent\ntools: Read\n------\n\nBody\n')
    const run = await runCli(['check', file])
    expect(run.stdout).toMatch(/cloud-architect\.md:3: warning: YAML reads the value of `description` only up to ` #`: `#1 on the App Store` .+ \[value-holds-comment\]/)
    expect(run.stdout).toMatch(/cloud-architect\.md:4: info: `# Cloud Architect Agent` is a Markdown heading inside the frontmatter.+ \[frontmatter-heading\]/)
    expect(run.stdout).toMatch(/cloud-architect\.md:6: warning: this line of 6 dashes was read as the closing `---`.+ \[frontmatter-close-line\]/)
  })
})
