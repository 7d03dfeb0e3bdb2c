// Property tests: whatever the text, parsing never fails, the model serialises back to the exact
// input, and the sections tile the body.

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { AgentDocument } from '../model'
import { sha256Hex } from '../hash'
import { documentAt, listDocument, parseDocument, parseUnhashed } from './parse-document'
import { serializeDocument } from './serialize'
import { readStrictYamlFull } from './strict-yaml'

function checkInvariants(text: string, doc: AgentDocument): void {
  expect(serializeDocument(doc)).toBe(text)
  expect(doc.text).toBe(text)
  expect(doc.diagnostics.some((d) => d.code === 'internal-error')).toBe(false)
  expect(doc.diagnostics.every((d) => Number.isInteger(d.line) && d.line >= 1)).toBe(true)
  let at = doc.bodyStart
  for (const [i, s] of doc.sections.entries()) {
    expect(s.start).toBe(at)
    expect(s.start <= s.headingEnd && s.headingEnd <= s.end).toBe(true)
    if (s.parent !== null) expect(s.parent).toBeLessThan(i)
    at = s.end
  }
  expect(at).toBe(text.length)
  expect(new Set(doc.sections.map((s) => s.key)).size).toBe(doc.sections.length)
  const fm = doc.frontmatter
  if (fm) {
    expect(doc.bodyStart).toBe(fm.end)
    for (const e of fm.entries) expect(text.slice(fm.start, fm.end)).toContain(e.raw)
  }
}

const fragment = fc.constantFrom(
  '\r\n', '\n', '\r', '#', '# ', '## ', '`', '```', '~~~', '-', '---', '...', '*', '**', ':', ': ', '\uFEFF', '😀', '\ud83d',
  'a', 'Title', ' ', '    ', '\t', '\0', 'name', 'description', '=', '1. ', '"', "'", '[', '{', '|', '&', '!', '\\n',
)

describe('documentAt', () => {
  const paths = fc.constantFrom('a.md', 'x/.claude/agents/helper.md', 'p/.github/agents/helper.agent.md', 'r/.cursor/rules/helper.mdc', 'g/.gemini/agents/h.md', 'o/.opencode/agent/h.md', 's/.claude/skills/h/SKILL.md')
  const named = fc.constantFrom('---\nname: helper\n---\n', '---\nglobs: "*.ts"\n---\n', '---\nmax_turns: 3\n---\n', '', '---\nname: [broken\n---\n')
  it('reads a text at another path exactly as parsing it there does', () => {
    fc.assert(
      fc.property(named, fc.string({ unit: fragment, maxLength: 40 }), paths, paths, (head, body, from, to) => {
        const text = head + body
        expect(documentAt(parseDocument(text, from), to)).toEqual(parseDocument(text, to))
      }),
      { numRuns: 1000 },
    )
  })
  it('keeps a text past the bounds plain text at any path', () => {
    const text = `---\nname: helper\n${Array.from({ length: 2100 }, (_, i) => `k${i}: v`).join('\n')}\n---\nbody\n`
    const unread = parseDocument(text, 'a.md')
    expect(unread.diagnostics.map((d) => d.code)).toEqual(['too-complex'])
    expect(documentAt(unread, 'x/.claude/agents/helper.md')).toEqual(parseDocument(text, 'x/.claude/agents/helper.md'))
  })
})

describe('listDocument', () => {
  const paths = fc.constantFrom('a.md', 'x/.claude/agents/helper.md', 'r/.cursor/rules/helper.mdc')
  const heads = fc.constantFrom('---\nname: helper\ndescription: "a: b"\n---\n', '---\r\nname: [broken\r\n---\r\n', '\uFEFF---\nname: x\n', '', '---\n---\n')
  const listed = (doc: AgentDocument): unknown => {
    const { sections: _sections, hash: _hash, ...rest } = doc
    return rest
  }
  it('is parseDocument without the sections and the hash, whatever the text', () => {
    fc.assert(
      fc.property(heads, fc.string({ unit: fragment, maxLength: 80 }), paths, fc.boolean(), (head, body, path, nulFree) => {
        const text = head + body
        const facts = { nulFree: nulFree && !text.includes('\0') }
        expect(listed(listDocument(text, path, facts) as AgentDocument)).toEqual(listed(parseDocument(text, path, facts)))
      }),
      { numRuns: 2000 },
    )
  })
  it('tells a body past the bound on sections as parseDocument does', () => {
    for (const body of ['## h\n'.repeat(2501), '**Bold**\ntext\n'.repeat(2501), '## h\n'.repeat(2500)]) {
      const text = `---\nname: many\n---\n${body}`
      expect(listed(listDocument(text, 'a.md') as AgentDocument)).toEqual(listed(parseDocument(text, 'a.md')))
    }
  })
})

describe('parseDocument on arbitrary text', () => {
  it('never throws and round-trips exactly', () => {
    fc.assert(fc.property(fc.string({ unit: fragment, maxLength: 60 }), (text) => checkInvariants(text, parseDocument(text, 'a.md'))), { numRuns: 2000 })
  })

  it('round-trips text that opens with a frontmatter delimiter', () => {
    const text = fc.tuple(fc.constantFrom('---\n', '---\r\n', '\uFEFF---\n', '---'), fc.string({ unit: fragment, maxLength: 60 })).map(([a, b]) => a + b)
    fc.assert(fc.property(text, (t) => checkInvariants(t, parseDocument(t, '.claude/agents/a.md'))), { numRuns: 2000 })
  })

  it('reads the same with the host\'s facts about the text as without (what the host passes)', () => {
    fc.assert(fc.property(fc.string({ unit: fragment, maxLength: 60 }), (text) => {
      expect(parseDocument(text, 'a.md', { hash: sha256Hex(text), nulFree: !text.includes('\0') })).toEqual(parseDocument(text, 'a.md'))
    }), { numRuns: 500 })
  })

  it('reads the same unhashed as hashed, but for the hash (a merged text checked before it is saved)', () => {
    const paths = fc.constantFrom('a.md', 'x/.claude/agents/helper.md', 'r/.cursor/rules/helper.mdc')
    fc.assert(fc.property(fc.string({ unit: fragment, maxLength: 60 }), paths, (text, path) => {
      expect(parseUnhashed(text, path)).toEqual({ ...parseDocument(text, path), hash: '' })
    }), { numRuns: 500 })
    const unread = `---\nname: helper\n${Array.from({ length: 2100 }, (_, i) => `k${i}: v`).join('\n')}\n---\nbody\n`
    expect(parseUnhashed(unread, 'a.md')).toEqual({ ...parseDocument(unread, 'a.md'), hash: '' })
  })

  it('takes a known hash from the caller, and ignores one that is not a SHA-256 hex', () => {
    const known = 'ab'.repeat(32)
    expect(parseDocument('x', 'a.md', { hash: known }).hash).toBe(known)
    expect(parseDocument('x', 'a.md', { hash: 'nope' }).hash).toBe(sha256Hex('x'))
    expect(parseDocument('x', 'a.md').hash).toBe(sha256Hex('x'))
  })

  it('survives inputs that are not strings', () => {
    for (const bad of [undefined, null, 42, {}]) {
      const doc = parseDocument(bad as unknown as string, bad as unknown as string)
      expect(doc.text).toBe('')
      expect(doc.sections).toEqual([])
    }
  })

  it('round-trips any Unicode string', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (t) => checkInvariants(t, parseDocument(t, 'x.mdc'))), { numRuns: 500 })
  })
})

// Realistic agent files: frontmatter with good and broken values, bodies with headings, fences,
// bold pseudo-headings, lists; any line ending, optional BOM and final newline.
const word = fc.constantFrom('API', 'design', 'Database', 'review', 'code', 'tests', 'Go', 'security', '🚀', 'and', '&', 'café')
const words = fc.array(word, { minLength: 1, maxLength: 5 }).map((w) => w.join(' '))
const keyName = fc.constantFrom('name', 'description', 'tools', 'model', 'color', 'globs', 'alwaysApply', 'mode', 'temperature')
const goodValue = fc.oneof(words.map((w) => JSON.stringify(w)), fc.constantFrom('sonnet', 'Read, Grep', 'true', '0.2', "'**/*.ts'"), words.map((w) => w.replace(/[&:#*]/g, 'x')))
const badValue = fc.constantFrom('*', '**/*.ts', 'Use this agent when X. Examples:\\n\\n<example>\\nuser: "hi"', '"unterminated', 'a: b')
const entry = fc.tuple(keyName, fc.oneof({ weight: 4, arbitrary: goodValue }, { weight: 1, arbitrary: badValue })).map(([k, v]) => `${k}: ${v}`)
const continuedEntry = fc.tuple(keyName, words, fc.array(fc.constantFrom('  more text', '  user: hi', '  # note: x', '', '  x #y: z', '  ends:', '  - a: b'), { minLength: 1, maxLength: 3 }))
  .map(([k, first, rest]) => [`${k}: ${first}`, ...rest].join('\n'))
const listEntry = fc.array(words, { minLength: 1, maxLength: 3 }).map((items) => `tools:\n${items.map((i) => `  - ${JSON.stringify(i)}`).join('\n')}`)
const frontmatter = fc.array(fc.oneof(entry, listEntry, continuedEntry, fc.constant('# comment'), fc.constant('')), { maxLength: 6 }).map((lines) => ['---', ...lines, '---'])
const unclosedFrontmatter = fc.array(entry, { minLength: 1, maxLength: 3 }).map((lines) => ['---', ...lines, ''])
const block = fc.oneof(
  fc.tuple(fc.integer({ min: 1, max: 6 }), words).map(([n, w]) => ['#'.repeat(n) + ' ' + w]),
  words.map((w) => [w, '']),
  words.map((w) => [`**${w}**:`]),
  fc.tuple(fc.integer({ min: 1, max: 9 }), words).map(([n, w]) => [`${n}. **${w}**: text`]),
  fc.tuple(fc.constantFrom('```', '~~~', '````'), words).map(([f, w]) => [f + 'python', '# ' + w, f]),
  fc.constant(['```', '# unclosed']),
  words.map((w) => [w, '---']),
  fc.constant(['', '---', '']),
  words.map((w) => ['    # ' + w]),
  words.map((w) => ['- ' + w, '  - nested']),
)
const agentFile = fc.record({
  bom: fc.boolean(),
  eol: fc.constantFrom('\n', '\r\n'),
  finalNewline: fc.boolean(),
  head: fc.oneof(frontmatter, unclosedFrontmatter, fc.constant([] as string[])),
  body: fc.array(block, { maxLength: 12 }),
}).map(({ bom, eol, finalNewline, head, body }) => {
  const lines = [...head, ...body.flat()]
  return (bom ? '\uFEFF' : '') + lines.join(eol) + (finalNewline && lines.length > 0 ? eol : '')
})

describe('parseDocument on realistic agent files', () => {
  it('round-trips, tiles and keeps the layout', () => {
    fc.assert(
      fc.property(agentFile, (text) => {
        const doc = parseDocument(text, '.claude/agents/x.md')
        checkInvariants(text, doc)
        expect(doc.bom).toBe(text.startsWith('\uFEFF'))
        const fm = doc.frontmatter
        if (fm?.closed) {
          // strict exactly when the yaml package alone accepts the block (shortcuts never lie)
          const source = text.slice(text.indexOf('\n', fm.start) + 1, text.lastIndexOf('---', fm.end))
          expect(doc.frontmatterMode === 'strict', source).toBe(readStrictYamlFull(source).ok)
        }
        if (doc.frontmatterMode === 'strict' || doc.frontmatterMode === 'repaired') {
          for (const e of doc.frontmatter!.entries) expect(e.value).not.toBeUndefined()
        }
      }),
      { numRuns: 1500 },
    )
  })

  it('never takes a `#` line inside a closed fence as a heading', () => {
    fc.assert(
      fc.property(fc.array(words, { minLength: 1, maxLength: 5 }), fc.constantFrom('```', '~~~'), (titles, fence) => {
        const text = titles.map((t) => `# ${t}\n${fence}\n# code ${t}\n${fence}\n`).join('')
        const doc = parseDocument(text, 'a.md')
        expect(doc.sections.filter((s) => s.kind === 'atx').map((s) => s.title)).toEqual(titles)
      }),
    )
  })
})
