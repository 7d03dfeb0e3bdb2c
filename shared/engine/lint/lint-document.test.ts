import { describe, expect, it } from 'vitest'
import { parseDocument } from '../parse/parse-document'
import { lintDocument } from './lint-document'

const lint = (text: string, path = '.claude/agents/code-reviewer.md'): string[] => lintDocument(parseDocument(text, path)).map((d) => `${d.code}@${d.line}`)
const agent = (fm: string, body = '# Role\nReview code.\n'): string => `---\n${fm}---\n${body}`

describe('lintDocument', () => {
  it('finds nothing in a clean Claude agent', () => {
    expect(lint(agent('name: code-reviewer\ndescription: Reviews code\nmodel: sonnet\ntools: Read, Grep\n'))).toEqual([])
  })

  it('says when strict YAML (so Claude Code) cannot read the frontmatter', () => {
    const found = lintDocument(parseDocument(agent('name: code-reviewer\ndescription: Use it when: reviewing\n'), '.claude/agents/code-reviewer.md'))
    expect(found.map((d) => `${d.code}@${d.line}`)).toEqual(['frontmatter-not-strict-yaml@3'])
    expect(found[0]!.message).toContain('Claude Code')
  })

  it('requires keys per format', () => {
    expect(lint(agent('name: code-reviewer\n'))).toEqual(['missing-key@1'])
    expect(lint(agent('description: x\n'), '.opencode/agent/r.md')).toEqual([])
    expect(lint(agent('model: x/y\n'), '.opencode/agent/r.md')).toEqual(['missing-key@1'])
    expect(lint(agent('globs: "*.ts"\n'), 'rules/r.mdc')).toEqual([])
    expect(lint(agent('foo: 1\n'), 'rules/r.mdc')).toEqual(['unknown-key@2', 'missing-key@1'].sort((a, b) => Number(a.split('@')[1]) - Number(b.split('@')[1])))
    expect(lint('# Just text\nbody\n', '.claude/agents/x.md')).toEqual(['frontmatter-missing@1'])
    expect(lint('# Just text\nbody\n', 'notes/x.md')).toEqual([])
  })

  it('checks the name: spelling and file name', () => {
    expect(lint(agent('name: Code Reviewer\ndescription: x\n'))).toEqual(['name-format@2'])
    expect(lint(agent('name: senior-reviewer\ndescription: x\n'))).toEqual(['name-file-mismatch@2'])
    expect(lint(agent('name: 42\ndescription: x\n'))).toEqual(['name-not-text@2'])
  })

  it('checks model values per tool', () => {
    expect(lint(agent('name: code-reviewer\ndescription: x\nmodel: gpt-4\n'))).toEqual(['unknown-model@4'])
    expect(lint(agent('name: code-reviewer\ndescription: x\nmodel: claude-sonnet-4-5-20250929\n'))).toEqual([])
    expect(lint(agent('name: code-reviewer\ndescription: x\nmodel: inherit\n'))).toEqual([])
    expect(lint(agent('description: x\nmodel: sonnet\n'), '.opencode/agent/r.md')).toEqual(['unknown-model@3'])
    expect(lint(agent('description: x\nmodel: anthropic/claude-sonnet-4\n'), '.opencode/agent/r.md')).toEqual([])
    expect(lint(agent('description: x\nmodel: GPT-4.1\n'), 'agents/r.agent.md')).toEqual([])
  })

  it('reports duplicate keys once (the parser already did)', () => {
    const doc = parseDocument(agent('name: code-reviewer\ndescription: x\nname: other\n'), '.claude/agents/code-reviewer.md')
    expect(doc.diagnostics.map((d) => `${d.code}@${d.line}`)).toContain('duplicate-key@4')
    expect(lintDocument(doc).map((d) => d.code)).not.toContain('duplicate-key')
  })

  it('checks value types', () => {
    expect(lint(agent('description: x\nalwaysApply: "true"\n'), 'rules/r.mdc')).toEqual(['wrong-type@3'])
    expect(lint(agent('description: x\ntemperature: hot\n'), '.opencode/agent/r.md')).toEqual(['wrong-type@3'])
    expect(lint(agent('name: code-reviewer\ndescription: ""\n'))).toEqual(['empty-description@3'])
  })

  it('finds empty sections and repeated titles, but not items that carry text on their line', () => {
    const body = '# Role\n\n## Empty\n\n## Steps\n1. **First**: do this\n2. **Second**: do that\n# Role\ntext\n'
    expect(lint(agent('name: code-reviewer\ndescription: x\n'), '.claude/agents/code-reviewer.md').length).toBe(0)
    expect(lint(agent('name: code-reviewer\ndescription: x\n', body))).toEqual(['empty-section@7', 'duplicate-section-title@12'])
  })

  it('counts only white space (as trim() sees it) as no content', () => {
    const body = (gap: string): string => `# Role\n## A\n${gap}\n## B\ntext\n`
    for (const gap of ['', ' \t', '\u00a0\u3000\u2003\ufeff', '\r\n\v\f']) expect(lint(agent('name: code-reviewer\ndescription: x\n', body(gap)))).toEqual(['empty-section@6'])
    for (const gap of ['.', '\u200b', ' x ', '\u00a0-']) expect(lint(agent('name: code-reviewer\ndescription: x\n', body(gap)))).toEqual([])
  })
})
