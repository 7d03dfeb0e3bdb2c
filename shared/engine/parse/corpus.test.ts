// Every real file (examples/ and test-fixtures/corpus/) loads, round-trips exactly, its
// sections tile the body, and the facts we know about these files hold.

import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { AgentDocument } from '../model'
import { lintDocument } from '../lint/lint-document'
import { parseDocument } from './parse-document'
import { serializeDocument } from './serialize'

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]))
}

const isAgentFile = (f: string): boolean => /\.(md|mdc)$/.test(f) && !f.endsWith('README.md')
const exampleFiles = walk('examples/backend-architect').filter(isAgentFile).sort()
const corpusFiles = walk('test-fixtures/corpus').filter(isAgentFile).sort()
const files = [...exampleFiles, ...corpusFiles]
const docs = new Map<string, AgentDocument>(files.map((f) => [f, parseDocument(readFileSync(f, 'utf8'), f)]))
const doc = (file: string): AgentDocument => docs.get(file)!
const example = (prefix: string): AgentDocument => doc(exampleFiles.find((f) => f.includes(`/${prefix}_`))!)

describe('real files', () => {
  it('say where a finding is in its line field, not again in its message', () => {
    const findings = files.flatMap((f) => [...doc(f).diagnostics, ...lintDocument(doc(f))])
    expect(findings.length).toBeGreaterThan(20)
    expect(findings.filter((d) => /^line \d/.test(d.message)).map((d) => `${d.code}: ${d.message}`)).toEqual([])
  })

  it('finds the 5 examples and the 79 corpus files', () => {
    expect(exampleFiles.length).toBe(5)
    expect(corpusFiles.length).toBe(79)
  })

  it.each(files)('%s round-trips, tiles and loads', (file) => {
    const text = readFileSync(file, 'utf8')
    const d = doc(file)
    expect(serializeDocument(d)).toBe(text)
    let at = d.bodyStart
    for (const s of d.sections) {
      expect(s.start).toBe(at)
      expect(s.headingEnd).toBeGreaterThanOrEqual(s.start)
      expect(s.end).toBeGreaterThanOrEqual(s.headingEnd)
      if (s.parent !== null) expect(d.sections[s.parent]!.level).toBeLessThan(s.level)
      at = s.end
    }
    expect(at).toBe(text.length)
    expect(new Set(d.sections.map((s) => s.key)).size).toBe(d.sections.length)
    expect(['strict', 'repaired', 'lenient', 'none']).toContain(d.frontmatterMode)
    expect(d.diagnostics.some((x) => x.code === 'internal-error')).toBe(false)
    if (d.frontmatterMode !== 'strict') {
      expect(d.diagnostics.filter((x) => x.line >= 1).length).toBeGreaterThan(0)
    }
    expect(d.identity.length).toBeGreaterThan(0)
  })

  it('reads 73 corpus files strictly and repairs the other 6', () => {
    const modes = corpusFiles.map((f) => doc(f).frontmatterMode)
    expect(modes.filter((m) => m === 'strict').length).toBe(73)
    expect(modes.filter((m) => m === 'repaired').length).toBe(6)
  })

  it('knows the backend-architect fixtures: one strict, four repaired (colon in the description)', () => {
    expect(exampleFiles.map((f) => doc(f).frontmatterMode)).toEqual(['repaired', 'repaired', 'strict', 'repaired', 'repaired'])
    for (const f of exampleFiles) {
      expect(doc(f).identity).toBe('backend-architect')
      expect(doc(f).format).toBe('claude-agent')
    }
    expect(example('000').description).toMatch(/^Use this agent when designing APIs.*Examples:\\n\\n<example>\\nContext: Designing a new API\\nuser: "/)
  })

  it('splits the numbered bold items of 000 and 001 into sections', () => {
    const items = (d: AgentDocument): string[] => d.sections.filter((s) => s.kind === 'item').map((s) => s.title)
    expect(items(example('000'))).toEqual([
      'API Design & Implementation', 'Database Architecture', 'System Architecture', 'Enterprise Security & Authentication',
      'Performance Optimization', 'Go Fiber Optimization', 'NATS Event Architecture', 'DevOps Integration',
    ])
    expect(items(example('001')).slice(0, 6)).toEqual([
      'API Design & Implementation', 'Database Architecture', 'System Architecture', 'Security Implementation', 'Performance Optimization', 'DevOps Integration',
    ])
    const apiDesign = example('000').sections.find((s) => s.title === 'API Design & Implementation')!
    expect(apiDesign).toMatchObject({ level: 1, parent: 0, key: 'preamble/api-design-and-implementation', line: 12 })
    expect(example('000').sections.filter((s) => s.kind === 'bold').map((s) => s.title)).toContain('Technology Stack Expertise')
  })

  it('takes no heading from the `#` comment lines in the code blocks of 003', () => {
    const d = example('003')
    const lines = d.sections.map((s) => s.line)
    for (const codeLine of [74, 152, 157, 160, 163]) expect(lines).not.toContain(codeLine)
    expect(d.sections.filter((s) => s.kind === 'atx').map((s) => s.title)).toContain('2. Service Layer Pattern')
    expect(d.sections.every((s) => !s.title.startsWith('Validation') && !s.title.startsWith('Hash password'))).toBe(true)
  })

  it('reports the unclosed fence of the specification files', () => {
    const specs = corpusFiles.filter((f) => f.includes('specification'))
    expect(specs.length).toBe(3)
    for (const f of specs) expect(doc(f).diagnostics.map((d) => d.code)).toContain('unclosed-fence')
  })

  it('reads `globs: **/*` of the Cursor rules as text', () => {
    const rules = corpusFiles.filter((f) => f.endsWith('.mdc'))
    for (const f of rules) {
      const d = doc(f)
      expect(d.format).toBe('cursor-rule')
      expect(d.frontmatter?.entries.find((e) => e.key === 'globs')?.value).toBe('**/*')
      expect(d.frontmatter?.entries.find((e) => e.key === 'alwaysApply')?.value).toBe(false)
    }
  })
})
