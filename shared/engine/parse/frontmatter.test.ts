// Table tests for the frontmatter reader: strict, each repair shape, lenient, unclosed blocks.

import { describe, expect, it } from 'vitest'
import type { AgentDocument } from '../model'
import { parseDocument } from './parse-document'
import { serializeDocument } from './serialize'
import { isStrictYaml } from './strict-yaml'

const parse = (text: string, path = 'agents/x.md'): AgentDocument => {
  const doc = parseDocument(text, path)
  expect(serializeDocument(doc)).toBe(text)
  return doc
}
const value = (doc: AgentDocument, key: string): unknown => doc.frontmatter?.entries.find((e) => e.key === key)?.value
const codes = (doc: AgentDocument): string[] => doc.diagnostics.map((d) => `${d.code}@${d.line}`)

describe('strict frontmatter', () => {
  it('reads keys, values, raw text and lines', () => {
    const doc = parse('---\nname: code-reviewer\ndescription: Reviews code\ntools:\n  - Read\n  - Grep\nmodel: sonnet\n---\n# Body\n')
    expect(doc.frontmatterMode).toBe('strict')
    expect(doc.frontmatter?.closed).toBe(true)
    expect(doc.frontmatter?.entries.map((e) => [e.key, e.line, e.strictValid])).toEqual([
      ['name', 2, true], ['description', 3, true], ['tools', 4, true], ['model', 7, true],
    ])
    expect(value(doc, 'tools')).toEqual(['Read', 'Grep'])
    expect(doc.frontmatter?.entries[2]?.raw).toBe('tools:\n  - Read\n  - Grep\n')
    expect(doc.name).toBe('code-reviewer')
    expect(doc.bodyStart).toBe(doc.text.indexOf('# Body'))
    expect(doc.diagnostics).toEqual([])
  })

  it('keeps comments and blank lines out of entries but in the block', () => {
    const doc = parse('---\n# a comment\nname: x\n\n# tools follow\ntools: Read\n---\n')
    expect(doc.frontmatterMode).toBe('strict')
    expect(doc.frontmatter?.entries.map((e) => e.raw)).toEqual(['name: x\n', 'tools: Read\n'])
  })

  it('reads CRLF and BOM files', () => {
    const doc = parse('\uFEFF---\r\nname: x\r\ndescription: "a: b"\r\n---\r\nBody\r\n')
    expect(doc.bom).toBe(true)
    expect(doc.eol).toBe('\r\n')
    expect(doc.frontmatter?.start).toBe(1)
    expect(value(doc, 'description')).toBe('a: b')
    expect(doc.frontmatter?.entries[0]?.raw).toBe('name: x\r\n')
  })

  it('accepts an empty block and `...` as the closing line', () => {
    expect(parse('---\n---\n').frontmatterMode).toBe('strict')
    const dots = parse('---\nname: x\n...\nbody')
    expect(dots.frontmatter?.closed).toBe(true)
    expect(value(dots, 'name')).toBe('x')
  })

  it('says when YAML reads keys that are not `key: value` lines', () => {
    const doc = parse('---\n{name: x, description: y}\n---\n')
    expect(doc.frontmatterMode).toBe('strict')
    expect(doc.frontmatter?.entries).toEqual([])
    expect(codes(doc)).toEqual(['frontmatter-key-not-on-own-line@2', 'frontmatter-key-not-on-own-line@2'])
  })

  it('warns about a block that is valid YAML but not a map', () => {
    expect(codes(parse('---\n- a\n- b\n---\n'))).toEqual(['frontmatter-not-a-map@2'])
  })

  it('has no frontmatter when the file does not start with `---`', () => {
    for (const text of ['', 'hello', ' ---\nname: x\n---\n', '\n---\nname: x\n---\n', '--- \n', '----\nname: x\n----\n']) {
      const doc = parse(text)
      if (text === '--- \n') continue // a `---` with trailing blanks still opens a block
      expect(doc.frontmatterMode).toBe('none')
      expect(doc.frontmatter).toBeNull()
    }
  })
})

describe('repairs: every value exact', () => {
  it('quotes a value that starts with `*` (YAML alias)', () => {
    const doc = parse('---\nname: x\ntools: *\nglobs: **/*.ts\n---\n')
    expect(doc.frontmatterMode).toBe('repaired')
    expect(value(doc, 'tools')).toBe('*')
    expect(value(doc, 'globs')).toBe('**/*.ts')
    expect(doc.frontmatter?.entries.map((e) => e.strictValid)).toEqual([true, false, false])
    expect(codes(doc)).toEqual(['alias-value@3', 'alias-value@4'])
    expect(doc.diagnostics[0]?.message).toContain('starts with `*`')
    expect(doc.diagnostics[0]?.column).toBe(8)
  })

  it('reads a one-line description holding `: ` and literal \\n pairs as a plain scalar', () => {
    const description = 'Use this agent when designing APIs. Examples:\\n\\n<example>\\nContext: Designing a new API\\nuser: "We need an API"\\nassistant: "I will design it"\\n</example>'
    const doc = parse(`---\nname: backend-architect\ndescription: ${description}\ncolor: purple\n---\n\nBody\n`)
    expect(doc.frontmatterMode).toBe('repaired')
    expect(value(doc, 'description')).toBe(description)
    expect(doc.description).toBe(description)
    expect((value(doc, 'description') as string).includes('\\n')).toBe(true)
    expect(value(doc, 'color')).toBe('purple')
    expect(codes(doc)).toEqual(['colon-in-plain-value@3'])
  })

  it('folds an indented multi-line plain value holding `: `', () => {
    const doc = parse('---\nname: x\ndescription: First line\n  user: hello\n\n  assistant: hi\nmodel: sonnet\n---\n')
    expect(doc.frontmatterMode).toBe('repaired')
    expect(value(doc, 'description')).toBe('First line user: hello\nassistant: hi')
    expect(value(doc, 'model')).toBe('sonnet')
  })

  it('keeps a description continued at column 0, whose `user:` / `assistant:` lines are not keys', () => {
    const text = '---\nname: x\ndescription: Use this agent for reviews. Examples:\n<example>\nuser: "Review this"\nassistant: "Sure"\n</example>\n<example>\nuser: "Again"\nassistant: "Done"\n</example>\ntools: Read\n---\nBody\n'
    const doc = parse(text)
    expect(doc.frontmatterMode).toBe('repaired')
    expect(doc.frontmatter?.entries.map((e) => e.key)).toEqual(['name', 'description', 'tools'])
    expect(value(doc, 'description')).toBe('Use this agent for reviews. Examples:\n<example>\nuser: "Review this"\nassistant: "Sure"\n</example>\n<example>\nuser: "Again"\nassistant: "Done"\n</example>')
    expect(codes(doc)).toEqual(['column-zero-continuation@3'])
    expect(doc.diagnostics[0]?.message).toContain('line 4')
  })
})

describe('lenient reading', () => {
  it('falls back on an unterminated quote, reading the text after it', () => {
    const doc = parse('---\nname: x\ndescription: "unterminated\ntools: Read\n---\n')
    expect(doc.frontmatterMode).toBe('lenient')
    expect(value(doc, 'name')).toBe('x')
    expect(doc.diagnostics.length).toBeGreaterThan(0)
    expect(doc.diagnostics.every((d) => d.line >= 1)).toBe(true)
  })

  it('reads a block scalar whose lines YAML rejects as its text', () => {
    const doc = parse('---\nname: x\ndescription: |\n    first line\n  second: line\n---\n')
    expect(doc.frontmatterMode).toBe('lenient')
    expect(value(doc, 'description')).toBe('  first line\nsecond: line')
    expect(value(parse('---\ndescription: >\n    first\n  second: x\n---\n'), 'description')).toBe('first second: x')
  })
})

describe('unclosed frontmatter', () => {
  it('ends the block where the Markdown body starts (heading after a blank line)', () => {
    const text = '---\nname: x\ndescription: y\n\n# Title\n\nYou are an agent.\n'
    const doc = parse(text)
    expect(doc.frontmatter?.closed).toBe(false)
    expect(doc.frontmatterMode).toBe('repaired')
    expect(doc.bodyStart).toBe(text.indexOf('\n# Title'))
    expect(codes(doc)).toEqual(['frontmatter-unclosed@5'])
    expect(doc.sections.map((s) => s.title)).toEqual(['', 'Title'])
  })

  it('does not take a `---` rule far below as the closing line', () => {
    const text = '---\nname: x\n\n# Agent\n\nDo things.\n\n---\n\nMore text\n'
    const doc = parse(text)
    expect(doc.frontmatter?.closed).toBe(false)
    expect(value(doc, 'name')).toBe('x')
    expect(codes(doc)[0]).toBe('frontmatter-unclosed@4')
  })

  it('ends at prose after a blank line when no closing line exists', () => {
    const doc = parse('---\nname: x\n\nYou are an agent.\n')
    expect(doc.frontmatter?.closed).toBe(false)
    expect(codes(doc)).toEqual(['frontmatter-unclosed@4'])
  })

  it('runs to the end of the file when nothing looks like a body', () => {
    const doc = parse('---\nname: x\ndescription: y')
    expect(doc.frontmatter?.closed).toBe(false)
    expect(doc.frontmatter?.end).toBe(doc.text.length)
    expect(value(doc, 'description')).toBe('y')
    expect(doc.sections).toEqual([])
  })

  it('takes a `---` followed by prose as a thematic break, not frontmatter', () => {
    expect(parse('---\n\nJust text.\n').frontmatterMode).toBe('none')
  })

  it('keeps a comment heading followed by keys inside the block', () => {
    const doc = parse('---\nname: x\n\n# Tools\ntools: Read\n---\nBody\n')
    expect(doc.frontmatterMode).toBe('strict')
    expect(value(doc, 'tools')).toBe('Read')
  })

  it('handles a lone `---`', () => {
    for (const text of ['---', '---\n', '---\r\n']) {
      const doc = parse(text)
      expect(doc.frontmatter?.closed).toBe(false)
      expect(doc.sections).toEqual([])
    }
  })
})

describe('isStrictYaml', () => {
  it.each([
    ['name: x\n', true],
    ['a: &x 1\nb: *x\n', true],
    ['tools: *\n', false],
    ['globs: **/*.ts\n', false],
    ['a: 1\na: 2\n', false],
    ['description: a: b\n', false],
    ['', true],
  ])('%j -> %s', (source, expected) => {
    expect(isStrictYaml(source)).toBe(expected)
  })
})
