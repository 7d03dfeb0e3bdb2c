import { describe, expect, it } from 'vitest'
import { parseDocument } from '../parse/parse-document'
import { lintDocument } from './lint-document'

const findings = (text: string, codes: readonly string[]) =>
  lintDocument(parseDocument(text, '.claude/agents/x.md')).filter((d) => codes.includes(d.code)).map((d) => ({ code: d.code, line: d.line, severity: d.severity, message: d.message }))

describe('text in the frontmatter that YAML reads as a comment', () => {
  it('a Markdown heading between the keys is reported at its line', () => {
    const found = findings('---\nname: cloud-architect\ndescription: d\n# Cloud Architect Agent\ntools: Read\n---\nBody\n', ['frontmatter-heading'])
    expect(found).toMatchObject([{ code: 'frontmatter-heading', line: 4, severity: 'info' }])
    expect(found[0]!.message).toContain('`# Cloud Architect Agent` is a Markdown heading inside the frontmatter')
    expect(found[0]!.message).toContain('a merge keeps it where it is, as a comment')
  })

  it('a heading line with a long run of blanks is read once, its title without the trailing blanks', () => {
    const run = ' '.repeat(15_000)
    const found = findings(`---\nname: a\ndescription: d\n# Title${run}x${run}\n# model: opus${run}\n---\nBody\n`, ['frontmatter-heading'])
    expect(found).toMatchObject([{ code: 'frontmatter-heading', line: 4 }])
  })

  it('a commented-out key or a `#word` comment is not a heading', () => {
    expect(findings('---\nname: a\n# model: opus\n#note\n---\n', ['frontmatter-heading'])).toEqual([])
  })

  it('` #` in a plain value YAML accepts: the cut text is named, as a warning', () => {
    const found = findings('---\nname: a\ndescription: Our app hit #1 on the App Store\n---\n', ['value-holds-comment'])
    expect(found).toMatchObject([{ line: 3, severity: 'warning' }])
    expect(found[0]!.message).toContain('`#1 on the App Store` is a comment to it')
  })

  it('` #` in a value strict YAML rejects anyway: read as text, as a note', () => {
    const found = findings('---\nname: a\ndescription: Use it: hit #1 now\n---\n', ['value-holds-comment', 'value-hash-read-as-text'])
    expect(found).toMatchObject([{ code: 'value-hash-read-as-text', line: 3, severity: 'info' }])
  })

  it('quoted values, and values without ` #`, say nothing', () => {
    expect(findings('---\nname: a\ndescription: "hit #1"\ntags: [a, b] # list\ncolor: C#\n---\n', ['value-holds-comment', 'value-hash-read-as-text'])).toEqual([])
  })
})
