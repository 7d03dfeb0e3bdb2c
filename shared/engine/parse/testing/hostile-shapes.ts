// The hostile files of issue 10, generated (never committed as megabytes): each shape past its
// bound (the file must be skipped with a one-line reason) and just inside it (the file must be
// read, in time linear in its size). Used by the fuzz suite and by the bench.

import { LIMITS } from '../limits'

export interface HostileShape {
  readonly name: string
  readonly text: string
  /** Whether the engine must refuse it (past a bound) rather than read it. */
  readonly tooComplex: boolean
}

const lines = (n: number, line: (i: number) => string): string => Array.from({ length: n }, (_, i) => line(i)).join('\n')

/** Lines `line(0)`, `line(1)`, ... joined by newlines, as many as fit in `length` characters. */
function linesUpTo(length: number, line: (i: number) => string): string {
  const out: string[] = []
  let used = 0
  for (let i = 0; ; i++) {
    const next = line(i)
    if (used + next.length + 1 > length) return out.join('\n')
    out.push(next)
    used += next.length + 1
  }
}
const frontmatter = (yaml: string, body = '# Body\n\ntext\n'): string => `---\nname: hostile\ndescription: hostile input\n${yaml}\n---\n${body}`

/** Each shape of issue 10's table at the given count (the issue's counts by default). */
export function overBoundShapes(scale = 1): HostileShape[] {
  const n = (x: number): number => Math.max(1, Math.round(x * scale))
  const depth = Math.max(LIMITS.nesting + 1, n(6000))
  return [
    { name: 'nested-flow-lists', text: frontmatter(`tags: ${'['.repeat(depth)}${']'.repeat(depth)}`), tooComplex: true },
    { name: 'nested-flow-maps', text: frontmatter(`tools: ${'{a: '.repeat(depth)}1${'}'.repeat(depth)}`), tooComplex: true },
    { name: 'nested-block-maps', text: frontmatter(lines(LIMITS.nesting + 5, (i) => `${' '.repeat(i)}k${i}:`)), tooComplex: true },
    { name: 'nested-block-lists', text: frontmatter(`tags:\n${'- '.repeat(LIMITS.nesting + 5)}x`), tooComplex: true },
    { name: 'many-headings', text: frontmatter('', lines(Math.max(LIMITS.sections + 1, n(50_000)), (i) => `## Heading ${i}\n\ntext ${i}`)), tooComplex: true },
    { name: 'many-keys', text: frontmatter(lines(Math.max(LIMITS.frontmatterEntries + 1, n(100_000)), (i) => `k${i}: v${i}`)), tooComplex: true },
    { name: 'many-duplicate-keys', text: frontmatter(lines(Math.max(LIMITS.frontmatterEntries + 1, n(100_000)), (i) => `k: v${i}`)), tooComplex: true },
    { name: 'many-nested-keys', text: frontmatter(`tools:\n${lines(Math.max(LIMITS.frontmatterEntries + 1, n(100_000)), (i) => `  tool${i}: true`)}`), tooComplex: true },
    { name: 'many-flow-keys', text: frontmatter(`tools: {${Array.from({ length: Math.max(LIMITS.frontmatterEntries + 1, n(100_000)) }, (_, i) => `t${i}: 1`).join(', ')}}`), tooComplex: true },
    { name: 'many-list-items', text: frontmatter(`tools:\n${lines(Math.max(LIMITS.frontmatterEntries + 1, n(100_000)), (i) => `  - tool${i}`)}`), tooComplex: true },
    { name: 'many-flow-items', text: frontmatter(`tools: [${Array.from({ length: Math.max(LIMITS.frontmatterEntries + 1, n(100_000)) }, (_, i) => `t${i}`).join(', ')}]`), tooComplex: true },
    { name: 'many-anchors', text: frontmatter(lines(Math.max(LIMITS.anchors + 1, n(50_000)), (i) => `k${i}: &a${i} v`)), tooComplex: true },
    { name: 'many-aliases', text: frontmatter(`base: &b [1, 2, 3]\n${lines(Math.max(LIMITS.anchors + 1, n(50_000)), (i) => `k${i}: *b`)}`), tooComplex: true },
    { name: 'large-frontmatter', text: frontmatter(`notes: ${'word '.repeat(Math.max(LIMITS.frontmatterChars / 5 + 1, n(400_000)))}`), tooComplex: true },
    { name: 'unclosed-runaway', text: `---\nname: hostile\ndescription: d\n${lines(Math.max(LIMITS.frontmatterChars / 10, n(90_000)), (i) => `line ${i} of text`)}\n`, tooComplex: true },
    { name: 'unclosed-keys', text: `---\nname: hostile\n${lines(n(90_000), (i) => `k${i}: v\n# c`)}\n`, tooComplex: true },
  ]
}

/** Shapes inside every bound that still stress the reader, each about `bytes` long: the
 *  worst-case files the app must read in linear time. Frontmatter shapes fill the frontmatter up
 *  to its size bound (or `bytes / 2`, whichever is smaller) and pad the body with prose; body
 *  shapes fill the body. */
export function inBoundShapes(bytes = 2 * 1024 * 1024): HostileShape[] {
  const keys = LIMITS.frontmatterEntries - 10 // keys, or keys and items together
  const yamlBytes = Math.min(Math.floor(bytes / 2), LIMITS.frontmatterChars - 1024)
  const pad = (count: number, within = yamlBytes): string => 'x'.repeat(Math.max(1, Math.floor(within / count) - 20))
  const depth = LIMITS.nesting - 5
  const sections = LIMITS.sections - 10
  /** A body of prose paragraphs that brings the whole text to about `bytes`. */
  const prose = (head: string): string => {
    return `# Body\n\n${linesUpTo(bytes - head.length - 10, (i) => (i % 10 === 9 ? '' : `Sentence ${i} of the body, written as prose that runs on for a while.`))}\n`
  }
  const withBody = (name: string, yaml: string): HostileShape => {
    const head = `---\nname: hostile\ndescription: hostile input\n${yaml}\n---\n`
    return { name, text: head + prose(head), tooComplex: false }
  }
  const unclosed = (name: string, runaway: string): HostileShape => {
    const head = `---\nname: hostile\n${runaway}\n\n`
    return { name, text: head + prose(head), tooComplex: false }
  }
  const bodyShape = (name: string, body: string): HostileShape => ({ name, text: frontmatter('', body), tooComplex: false })
  const bodyLines = (line: (i: number) => string): string => linesUpTo(bytes - 100, line)
  return [
    // Frontmatter never closed: prose runs on after the keys (no blank line) until the body.
    unclosed('unclosed-prose', `description: d\n${lines(Math.floor(yamlBytes / 20), (i) => `line ${i} of text`)}`),
    unclosed('unclosed-prose-after-keys', lines(Math.floor(yamlBytes / 24), (i) => (i % 100 === 0 ? `Note ${i}: text` : `more text ${i}`))),
    withBody('keys-at-bound', lines(keys, (i) => `key${i}: ${pad(keys)}`)),
    withBody('duplicate-keys-at-bound', lines(keys, (i) => `key: ${pad(keys)}: ${i}`)),
    withBody('invalid-lines-at-bound', lines(Math.floor(yamlBytes / 12), (i) => (i % 300 === 0 ? `key${i}: [` : `  ]x ${i}`))),
    withBody('nesting-at-bound', lines(Math.floor(keys / (depth + 2)), (i) => `k${i}: ${'['.repeat(depth)}${pad(keys / (depth + 2), yamlBytes - (keys / (depth + 2)) * 2 * depth)}${']'.repeat(depth)}`)),
    withBody('block-nesting-at-bound', lines(depth - 3, (i) => `${' '.repeat(i)}k${i}:`) + ` ${pad(1, yamlBytes - depth * depth)}`),
    withBody('list-items-at-bound', `tools: [${Array.from({ length: keys - 4 }, () => pad(keys)).join(', ')}]`),
    withBody('anchors-at-bound', `${lines(LIMITS.anchors / 2 - 1, (i) => `a${i}: &a${i} ${pad(LIMITS.anchors)}`)}\n${lines(LIMITS.anchors / 2 - 1, (i) => `b${i}: *a${i}`)}`),
    withBody('one-long-line', `notes: ${'word: '.repeat(Math.floor(yamlBytes / 6))}`),
    withBody('long-quoted-description', `summary: "${'a \\" b '.repeat(Math.floor(yamlBytes / 8))}"`),
    bodyShape('headings-at-bound', lines(sections, (i) => `## Heading ${i}\n\n${pad(sections, bytes)}`)),
    bodyShape('nested-headings-at-bound', lines(sections, (i) => `${'#'.repeat(1 + (i % 6))} Heading ${i}\n\n${pad(sections, bytes)}`)),
    bodyShape('many-fences', bodyLines((i) => (i % 2 === 0 ? '```\n# not a heading\n## nor this' : '```'))),
    bodyShape('unclosed-fence', `\`\`\`\n${bodyLines((i) => `# comment ${i}`)}`),
    bodyShape('many-body-list-items', bodyLines((i) => `${'  '.repeat(i % 4)}- item ${i}`)),
    bodyShape('deep-list-nesting', bodyLines((i) => `${'  '.repeat(i % 90)}- item ${i}`)),
    bodyShape('deep-blockquote', bodyLines((i) => `${'> '.repeat(500)}quote ${i}`)),
    bodyShape('long-body-line', `## One line\n\n${'word '.repeat(Math.floor(bytes / 5) - 20)}`),
    bodyShape('long-body-word', `## One word\n\n${'w'.repeat(bytes - 100)}`),
    bodyShape('many-blank-lines', '\n'.repeat(bytes - 100)),
    // A run of blanks that does not end the line: regexes such as `\s+$` backtrack over it.
    withBody('frontmatter-blank-run', `# x${' '.repeat(yamlBytes - 200)}y\nnotes: a${' '.repeat(100)}#b`),
    bodyShape('heading-blank-run', `## a${' '.repeat(bytes - 200)}b ##`),
    bodyShape('line-blank-run', `## Text\n\nx${'\t '.repeat(Math.floor(bytes / 2) - 100)}y`),
    bodyShape('pseudo-headings-at-bound', lines(sections, (i) => `**Heading ${i}**\n\n${pad(sections, bytes)}`)),
    // 500 long sections of words of their own, titled unlike the variant's (digits shifted): any
    // pair could be a renamed section, found only by comparing content.
    bodyShape('long-sections', lines(500, (i) => `## Topic ${1000 + i}\n\n${Array.from({ length: Math.floor(bytes / 500 / 10) }, (_, k) => `w${i}x${k}`).join(' ')}`)),
  ]
}
