import fc from 'fast-check'
import { parseDocument } from 'yaml'
import { describe, expect, it } from 'vitest'
import type { FrontmatterValue } from '../model'
import { convertEol, emitEntry } from './emit-frontmatter'

const strictRead = (text: string): unknown => {
  const doc = parseDocument(text, { uniqueKeys: true, strict: true, version: '1.2' })
  expect(doc.errors).toEqual([])
  return doc.toJS({ maxAliasCount: 0 })
}

describe('emitEntry', () => {
  it.each<[string, FrontmatterValue, string]>([
    ['name', 'backend-architect', 'name: backend-architect\n'],
    ['tools', '*', 'tools: "*"\n'],
    ['globs', '**/*.ts', 'globs: "**/*.ts"\n'],
    ['alwaysApply', true, 'alwaysApply: true\n'],
    ['maxTurns', 5, 'maxTurns: 5\n'],
    ['tools', ['Read', 'Grep'], 'tools:\n  - Read\n  - Grep\n'],
    ['tools', { write: true, bash: true }, 'tools:\n  write: true\n  bash: true\n'],
  ])('%s: %j', (key, value, expected) => {
    expect(emitEntry(key, value, '\n')).toBe(expected)
  })
  it('keeps a long comma list on its line (a combined tools list), but a long description in a block', () => {
    const tools = Array.from({ length: 20 }, (_, i) => `mcp__server__tool_${i}`).join(', ')
    expect(emitEntry('tools', tools, '\n')).toBe(`tools: ${tools}\n`)
    expect(emitEntry('description', tools, '\n')).toBe(`description: |-\n  ${tools}\n`)
    expect(emitEntry('tools', `*, ${tools}`, '\n')).toBe(`tools: "*, ${tools}"\n`)
  })
  it('writes a long description with `: ` and literal \\n pairs as a literal block, pairs kept', () => {
    const value = 'Use this agent when designing APIs. Examples:\\n\\n<example>\\nContext: Designing a new API\\nuser: "We need an API"'
    const text = emitEntry('description', value, '\n')
    expect(text).toBe(`description: |-\n  ${value}\n`)
    expect(strictRead(text)).toEqual({ description: value })
  })
  it('writes a description that starts with ** (an alias to YAML) so it reads back', () => {
    const value = '**BOLD**: does things'
    expect(strictRead(emitEntry('description', value, '\n'))).toEqual({ description: value })
  })
  it('writes flow lists when asked', () => {
    expect(emitEntry('tools', ['Write', '*'], '\n', { flowLists: true })).toBe('tools: [ Write, "*" ]\n')
  })
  it('uses CRLF when asked', () => {
    expect(emitEntry('tools', ['a'], '\r\n')).toBe('tools:\r\n  - a\r\n')
  })
  it('always emits strict YAML that reads back as the value', () => {
    const scalar = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null), fc.constantFrom('*', '- x', '#c', ': a', 'a: b', '  lead', 'x\n', '\\n', 'yes', '012', '1e3', '~', '\t'))
    const value = fc.oneof(scalar, fc.array(scalar, { maxLength: 4 }), fc.dictionary(fc.string({ minLength: 1 }), scalar, { maxKeys: 3 }))
    const key = fc.oneof(fc.constantFrom('name', 'description', 'tools', 'allowed-tools'), fc.string({ minLength: 1, maxLength: 12 }))
    fc.assert(
      fc.property(key, value, fc.boolean(), (k, v, flow) => {
        const text = emitEntry(k, v as FrontmatterValue, '\n', { flowLists: flow })
        expect(strictRead(text)).toEqual({ [k]: v })
        expect(text.endsWith('\n')).toBe(true)
      }),
      { numRuns: 600 },
    )
  })
})

describe('convertEol', () => {
  it.each([
    ['a\r\nb\nc', '\n', 'a\nb\nc'],
    ['a\r\nb\nc\n', '\r\n', 'a\r\nb\r\nc\r\n'],
  ] as const)('%j -> %j', (text, eol, expected) => {
    expect(convertEol(text, eol)).toBe(expected)
  })
})
