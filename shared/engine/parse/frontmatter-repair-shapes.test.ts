// The frontmatter shapes of issue 8, written from scratch: each is read as the author meant it,
// with a diagnostic that points at the line and says how it was read.

import { describe, expect, it } from 'vitest'
import type { AgentDocument } from '../model'
import { parseDocument } from './parse-document'
import { serializeDocument } from './serialize'

const parse = (text: string): AgentDocument => {
  const doc = parseDocument(text, '.claude/agents/x.md')
  expect(serializeDocument(doc)).toBe(text)
  return doc
}
const values = (doc: AgentDocument): [string, unknown][] => doc.frontmatter!.entries.map((e) => [e.key, e.value])
const codes = (doc: AgentDocument): string[] => doc.diagnostics.map((d) => `${d.code}@${d.line}`)

describe('` #` in a value strict YAML rejects anyway', () => {
  it('is text: the whole value is kept', () => {
    const doc = parse('---\nname: growth\ndescription: Use it. user: "Our app just hit #1 on the App Store!"\\nassistant: Congrats\n---\nBody\n')
    expect(doc.frontmatterMode).toBe('repaired')
    expect(values(doc)[1]).toEqual(['description', 'Use it. user: "Our app just hit #1 on the App Store!"\\nassistant: Congrats'])
  })

  it('is text on continuation lines too', () => {
    const doc = parse('---\ndescription: Examples: see\n  # Output Format\n  more text\n---\n')
    expect(values(doc)).toEqual([['description', 'Examples: see # Output Format more text']])
  })
})

describe('the closing line', () => {
  it('a line of four or more dashes closes the block, and the diagnostic says so at that line', () => {
    const dashes = '-'.repeat(56)
    const doc = parse(`---\nname: a\ntools: Read, WebFetch\n${dashes}\n\n# Title\nBody\n`)
    expect(doc.frontmatter?.closed).toBe(true)
    expect(doc.frontmatterMode).toBe('strict')
    expect(values(doc)).toEqual([['name', 'a'], ['tools', 'Read, WebFetch']])
    expect(codes(doc)).toEqual(['frontmatter-close-line@4'])
    expect(doc.diagnostics[0]!.message).toContain('56 dashes was read as the closing `---`')
    expect(doc.sections.map((s) => s.title)).toContain('Title')
    expect(parse('---\nname: a\n----\nBody\n').frontmatter?.closed).toBe(true)
  })

  it('`---` with trailing blanks closes the block without a word', () => {
    const doc = parse('---\nname: a\n--- \t\nBody\n')
    expect(doc.frontmatter?.closed).toBe(true)
    expect(codes(doc)).toEqual([])
  })

  it('a `---` line of three dashes followed by text is not a closing line', () => {
    expect(values(parse('---\nname: a\ndescription: b\n---x\n---\n'))).toEqual([['name', 'a'], ['description', 'b ---x']])
  })
})

describe('`...` inside the block', () => {
  it('with keys after it and a `---` below, it is inside the block: reported, and read past', () => {
    const doc = parse('---\nname: a\n...\ndescription: b\n---\nBody\n')
    expect(doc.frontmatter?.closed).toBe(true)
    expect(doc.frontmatterMode).toBe('repaired')
    expect(values(doc)).toEqual([['name', 'a'], ['description', 'b']])
    expect(codes(doc)).toEqual(['yaml-document-end@3'])
    expect(doc.diagnostics[0]!.message).toContain('goes on to line 5')
  })

  it('between a key and its continuation line, the value reads past it', () => {
    expect(values(parse('---\ndescription: first\n...\n  second\n---\n'))).toEqual([['description', 'first second']])
  })

  it('closes the block when no `---` follows (YAML\'s document end), with a note', () => {
    const doc = parse('---\nname: a\n...\nBody text\n')
    expect(doc.frontmatter?.closed).toBe(true)
    expect(doc.text.slice(doc.bodyStart)).toBe('Body text\n')
    expect(codes(doc)).toEqual(['frontmatter-close-line@3'])
  })

  it('closes the block when the body starts after it, even with a `---` rule further down', () => {
    const doc = parse('---\nname: a\n...\n\n# Title\n\nProse here.\n\n---\n\nMore\n')
    expect(doc.frontmatter?.closed).toBe(true)
    expect(doc.text.slice(doc.bodyStart)).toMatch(/^\n# Title/)
  })
})

describe('tab-indented keys', () => {
  it('are read as the top-level keys the author meant, with one diagnostic', () => {
    const doc = parse('---\n\tname: a\n\tdescription: b\n---\nBody\n')
    expect(doc.frontmatterMode).toBe('repaired')
    expect(values(doc)).toEqual([['name', 'a'], ['description', 'b']])
    expect(codes(doc)).toEqual(['tab-indentation@2'])
  })

  it('a tab-indented list under a key is read as its items', () => {
    const doc = parse('---\nname: a\ntools:\n\t- Read\n\t- Edit\n---\n')
    expect(doc.frontmatterMode).toBe('repaired')
    expect(values(doc)).toEqual([['name', 'a'], ['tools', ['Read', 'Edit']]])
    expect(codes(doc)).toEqual(['tab-indentation@3'])
  })

  it('keys indented with spaces are strict YAML and are read as keys', () => {
    const doc = parse('---\n  name: a\n  description: b\n---\n')
    expect(doc.frontmatterMode).toBe('strict')
    expect(values(doc)).toEqual([['name', 'a'], ['description', 'b']])
  })
})

describe('values that compete or cannot be kept as written', () => {
  it('a duplicate key keeps both entries; the block is repaired with the later one as a comment', () => {
    const doc = parse('---\nname: a\ndescription: b\nname: c\n---\n')
    expect(doc.frontmatterMode).toBe('repaired')
    expect(values(doc)).toEqual([['name', 'a'], ['description', 'b'], ['name', 'c']])
    expect(codes(doc)).toEqual(['duplicate-key@4'])
    expect(doc.diagnostics[0]!.message).toContain("keeps line 2's value and writes this one as a YAML comment")
  })

  it('an anchor before a key is read as YAML reads it: the key after it, with its value', () => {
    const doc = parse('---\n&anchor k: v\nname: a\nalias: *anchor\n---\n')
    expect(doc.frontmatterMode).toBe('strict')
    expect(values(doc)).toEqual([['k', 'v'], ['name', 'a'], ['alias', 'k']])
    expect(codes(doc)).toEqual([])
  })

  it('a quoted key with escapes is the key YAML reads', () => {
    const doc = parse('---\n"\\u0000": v\n\'it\'\'s\': w\n"tab\\there": x\n---\n')
    expect(doc.frontmatterMode).toBe('strict')
    expect(values(doc)).toEqual([['\u0000', 'v'], ["it's", 'w'], ['tab\there', 'x']])
  })

  it('a key line over 1024 characters (no YAML key) is kept as text, with a diagnostic', () => {
    const long = 'k'.repeat(32 * 1024)
    const doc = parse(`---\n${long}: v\nname: a\n---\n`)
    expect(doc.frontmatterMode).toBe('repaired')
    expect(values(doc)).toEqual([['name', 'a']])
    expect(codes(doc)).toEqual(['yaml-stray-line@2'])
    expect(doc.diagnostics[0]!.message).toContain('keeps it as a YAML comment')
  })

  it('a key up to 1024 characters without spaces is a key', () => {
    const key = 'k'.repeat(1000)
    expect(values(parse(`---\n${key}: v\n---\n`))).toEqual([[key, 'v']])
  })
})

describe('comment lines in a block that needs repair', () => {
  it('stay in the block (they are not entries), and the block is repaired', () => {
    const doc = parse('---\nname: a\ndescription: Use it: when needed\n# model: opus\n# Cloud Architect Agent\ntools: Read\n---\n')
    expect(doc.frontmatterMode).toBe('repaired')
    expect(values(doc)).toEqual([['name', 'a'], ['description', 'Use it: when needed'], ['tools', 'Read']])
  })
})
