import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { LIMITS } from './limits'
import { parseDocument, TOO_COMPLEX, tooComplexDiagnostic } from './parse-document'
import { serializeDocument } from './serialize'
import { inBoundShapes, overBoundShapes } from './testing/hostile-shapes'

const fm = (yaml: string): string => `---\nname: a\ndescription: b\n${yaml}\n---\n# Body\n\ntext\n`
const tooComplex = (text: string): string | undefined => tooComplexDiagnostic(parseDocument(text, 'a.md').diagnostics)?.message

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]))
}

describe('bounds on one file', () => {
  it.each(overBoundShapes(0.05).map((s) => [s.name, s.text] as const))('refuses %s with one line saying which bound, keeping the text', (_, text) => {
    const doc = parseDocument(text, 'a.md')
    expect(doc.diagnostics).toHaveLength(1)
    const [d] = doc.diagnostics
    expect(d!.code).toBe(TOO_COMPLEX)
    expect(d!.message).toMatch(/^too complex: more than [\d,]+ [A-Za-z ()]+ \(the most Agent Merge reads\); its frontmatter and sections are not read\.( No `---` line closes it: add one after the last key\.)?$/)
    expect(d!.line).toBeGreaterThan(1)
    expect(serializeDocument(doc)).toBe(text)
  })

  it.each(inBoundShapes(64 * 1024).map((s) => [s.name, s.text] as const))('reads %s, which stays inside every bound', (_, text) => {
    expect(tooComplex(text)).toBeUndefined()
  })

  it('puts each bound exactly at its limit', () => {
    const nested = (depth: number): string => fm(`tags: ${'['.repeat(depth - 1)}x${']'.repeat(depth - 1)}`)
    expect(tooComplex(nested(LIMITS.nesting))).toBeUndefined() // the top-level map is one level
    expect(tooComplex(nested(LIMITS.nesting + 1))).toMatch(/levels of frontmatter nesting/)
    const keys = (n: number): string => fm(Array.from({ length: n - 2 }, (_, i) => `k${i}: v`).join('\n'))
    expect(tooComplex(keys(LIMITS.frontmatterEntries))).toBeUndefined()
    expect(tooComplex(keys(LIMITS.frontmatterEntries + 1))).toMatch(/frontmatter keys and list items/)
    const anchors = (n: number): string => fm(Array.from({ length: n }, (_, i) => `k${i}: &a${i} v`).join('\n'))
    expect(tooComplex(anchors(LIMITS.anchors))).toBeUndefined()
    expect(tooComplex(anchors(LIMITS.anchors + 1))).toMatch(/anchors and aliases/)
    const headings = (n: number): string => `# H\n${Array.from({ length: n - 1 }, (_, i) => `## S${i}\n`).join('')}`
    expect(tooComplex(headings(LIMITS.sections))).toBeUndefined()
    expect(tooComplex(headings(LIMITS.sections + 1))).toMatch(/sections \(headings\)/)
  })

  it('bounds the frontmatter size, closed or never closed, and says where it passed the bound', () => {
    const closed = (chars: number): string => `---\nnotes: ${'a'.repeat(chars - 8)}\n---\n# Body\n\ntext\n`
    expect(tooComplex(closed(LIMITS.frontmatterChars))).toBeUndefined()
    expect(tooComplex(closed(LIMITS.frontmatterChars + 1))).toMatch(/^too complex: more than 64 KiB of frontmatter \(the most Agent Merge reads\); its frontmatter and sections are not read\.$/)
    const prose = (lines: number): string => `---\nname: a\n${Array.from({ length: lines }, (_, i) => `line ${i} of text`).join('\n')}\n`
    expect(tooComplex(prose(1000))).toBeUndefined()
    const runaway = parseDocument(prose(10_000), 'a.md').diagnostics
    expect(runaway).toMatchObject([{ code: TOO_COMPLEX, line: 3705 }])
    expect(runaway[0]!.message).toMatch(/No `---` line closes it: add one after the last key\.$/)
  })

  it('does not count what only looks like structure: prose brackets, block scalar indentation, `*emphasis*` in text', () => {
    const deepText = Array.from({ length: LIMITS.nesting * 2 }, (_, i) => `${' '.repeat(i + 2)}line ${i} [see [this] *here*`).join('\n')
    expect(tooComplex(fm(`notes: |\n${deepText}`))).toBeUndefined()
    expect(tooComplex(fm(`summary: ${'see [a [b [c *d* '.repeat(500)}`))).toBeUndefined()
    expect(tooComplex(fm(`quoted: "${'[['.repeat(LIMITS.nesting)}"`))).toBeUndefined()
  })

  it('leaves every real file of the corpus and the examples inside the bounds', () => {
    const files = [...walk('examples'), ...walk('test-fixtures/corpus')].filter((f) => /\.(md|mdc)$/.test(f))
    expect(files.length).toBeGreaterThan(70)
    expect(files.filter((f) => tooComplex(readFileSync(f, 'utf8')) !== undefined)).toEqual([])
  })
})
