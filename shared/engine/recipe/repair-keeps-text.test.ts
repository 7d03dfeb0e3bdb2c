// `merge --take 1` of one file (parse, the take-all recipe, apply: the CLI's path) keeps every
// letter or digit word the author wrote and writes a frontmatter strict YAML accepts: on the
// shapes of issue 8 written from scratch, on every corpus file, and on generated texts.

import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { alignVariants } from '../align/align-variants'
import { parseDocument } from '../parse/parse-document'
import { applyRecipe } from './apply-recipe'
import { defaultRecipe } from './default-recipe'
import { takeAllFrom } from './recipe-edits'
import { agentText } from './testing/agent-text-arbitrary'
import { frontmatterSource, lostWords, strictYamlProblems, takeOne } from './testing/take-one'

const PATH = '.claude/agents/x.md'

function expectKept(text: string): string {
  const out = takeOne(text, PATH)
  expect(lostWords(text, out)).toEqual([])
  expect(strictYamlProblems(out)).toEqual([])
  return out
}

const merged = (text: string) => {
  const docs = [parseDocument(text, PATH)]
  const alignment = alignVariants(docs)
  return applyRecipe(takeAllFrom(defaultRecipe(docs, alignment), alignment, 0), docs, alignment)
}

describe('merge --take 1 on the shapes of issue 8', () => {
  it('1. a `# Title` line between the keys of a block that needs repair stays there as a comment', () => {
    const out = expectKept('---\nname: cloud-architect\ndescription: Cloud specialist. Use when: designing\n# Cloud Architect Agent\ntools: [Read, Edit]\n\n## Role\nYou design.\n')
    expect(frontmatterSource(out)).toBe('name: cloud-architect\ndescription: "Cloud specialist. Use when: designing"\n# Cloud Architect Agent\ntools: [Read, Edit]\n')
  })

  it('1. comment lines of a repaired block survive in place', () => {
    const out = expectKept('---\n# Agent config\nname: a\ndescription: Use it: when needed\n# model: opus\ntools: Read\n# end\n---\nBody\n')
    expect(frontmatterSource(out)).toBe('# Agent config\nname: a\ndescription: "Use it: when needed"\n# model: opus\ntools: Read\n# end\n')
  })

  it('1. a commented-out copy of a key above it stays (strict and repaired blocks)', () => {
    expect(expectKept('---\n# name: old\nname: new\ndescription: d\n---\nBody\n')).toBe('---\n# name: old\nname: new\ndescription: d\n---\nBody\n')
    expect(expectKept('---\r\nname: n\r\nuser: x\r\n# version: api\r\n\r\nversion: api\r\ndescription: a: b\r\n---\r\n')).toContain('\r\n# version: api\r\n\r\nversion: api\r\n')
  })

  it('2. ` #` inside a value strict YAML rejects anyway is text, quoted', () => {
    const description = 'Use it. user: "Our app just hit #1 on the App Store!"\\nassistant: Congrats on #1'
    const out = expectKept(`---\nname: growth\ndescription: ${description}\n---\nBody\n`)
    expect(parseDocument(out, PATH).description).toBe(description)
  })

  it('3. a long dash line closes the block: it is written `---` and never enters a value', () => {
    const result = merged(`---\nname: a\ndescription: d\ntools: Read, WebFetch\n${'-'.repeat(56)}\n\n# Title\nBody\n`)
    expect(result.text).toBe('---\nname: a\ndescription: d\ntools: Read, WebFetch\n---\n\n# Title\nBody\n')
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([])
  })

  it('6. tab-indented keys keep their values', () => {
    expect(expectKept('---\n\tname: a\n\tdescription: b\n---\nBody\n')).toBe('---\nname: a\ndescription: b\n---\nBody\n')
  })

  it('7. `...` inside the block: one strict-valid document', () => {
    expect(expectKept('---\nname: a\n...\ndescription: b\n---\nBody\n')).toBe('---\nname: a\ndescription: b\n---\nBody\n')
    expect(expectKept('---\nname: a\n...\nBody\n')).toBe('---\nname: a\n---\nBody\n')
  })

  it('8. a duplicate key keeps the later value as a comment under the first, with a warning', () => {
    const result = merged('---\nname: a\ndescription: b\nname: c\n---\nBody\n')
    expect(result.text).toBe('---\nname: a\n# name: c\ndescription: b\n---\nBody\n')
    expect(result.diagnostics.map((d) => d.code)).toContain('duplicate-key-kept-as-comment')
    expectKept('---\nname: a\ndescription: b\nname: c\n---\nBody\n')
  })

  it('8. an anchor on a key, an alias to it, an escaped key and a 32 KB key line are all kept', () => {
    const long = 'k'.repeat(32 * 1024)
    expectKept('---\n&anchor k: v\nname: a\ncopy: *anchor\n---\nBody\n')
    expect(expectKept('---\n"\\u0000": v\nname: a\ndescription: x: y\n---\n')).toContain('"\\u0000": v')
    expect(expectKept(`---\n${long}: v\nname: a\n---\n`)).toContain(`# ${long}: v\n`)
  })

  it('8. an anchor on a key written again from its value keeps the anchor', () => {
    expect(expectKept('---\n&a name: x: y\ndescription: d\n---\n')).toBe('---\n&a name: "x: y"\ndescription: d\n---\n')
  })
})

function walk(folder: string): string[] {
  return readdirSync(folder).sort().flatMap((name) => {
    const path = join(folder, name)
    if (statSync(path).isDirectory()) return walk(path)
    return /\.(md|mdc)$/.test(name) && name !== 'README.md' ? [path] : []
  })
}

describe('merge --take 1 loses no word and writes strict YAML', () => {
  const corpus = walk('test-fixtures/corpus')

  it('finds the corpus', () => {
    expect(corpus.length).toBe(79)
  })

  it.each(corpus)('%s', (file) => {
    const text = readFileSync(file, 'utf8')
    const out = takeOne(text, file)
    expect(lostWords(text, out)).toEqual([])
    expect(strictYamlProblems(out)).toEqual([])
  })

  it('on generated agent files in the shapes real collections hold', () => {
    fc.assert(
      fc.property(agentText, ({ text, path }) => {
        const out = takeOne(text, path)
        expect(lostWords(text, out)).toEqual([])
        expect(strictYamlProblems(out)).toEqual([])
      }),
      { numRuns: 2000, seed: 8 },
    )
  }, 120_000)

  it('the check itself fails on a dropped word and on a second YAML document', () => {
    expect(lostWords('a b b c', 'b a')).toEqual(['b', 'c'])
    expect(strictYamlProblems('---\na: 1\n...\nb: 2\n---\n')).not.toEqual([])
    expect(strictYamlProblems('---\na: 1\na: 2\n---\n')).not.toEqual([])
  })
})
