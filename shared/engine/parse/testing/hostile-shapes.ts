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
    { name: 'unclosed-keys', text: `---\nname: hostile\n${lines(n(90_000), (i) => `k${i}: v\n# c`)}\n`, tooComplex: true },
  ]
}

/** Shapes inside every bound that still stress the reader, padded to about `bytes`: the
 *  worst-case files the app must read in linear time. */
export function inBoundShapes(bytes = 2 * 1024 * 1024): HostileShape[] {
  const keys = LIMITS.frontmatterEntries - 10 // keys, or keys and items together
  const pad = (count: number): string => 'x'.repeat(Math.max(1, Math.floor(bytes / count) - 20))
  const depth = LIMITS.nesting - 5
  const sections = LIMITS.sections - 10
  return [
    { name: 'unclosed-prose', text: `---\nname: hostile\ndescription: d\n${lines(Math.floor(bytes / 20), (i) => `line ${i} of text`)}\n`, tooComplex: false },
    { name: 'unclosed-prose-after-keys', text: `---\nname: hostile\n${lines(Math.floor(bytes / 24), (i) => (i % 100 === 0 ? `Note ${i}: text` : `more text ${i}`))}\n`, tooComplex: false },
    { name: 'keys-at-bound', text: frontmatter(lines(keys, (i) => `key${i}: ${pad(keys)}`)), tooComplex: false },
    { name: 'duplicate-keys-at-bound', text: frontmatter(lines(keys, (i) => `key: ${pad(keys)}: ${i}`)), tooComplex: false },
    { name: 'invalid-lines-at-bound', text: frontmatter(lines(Math.floor(bytes / 12), (i) => (i % 300 === 0 ? `key${i}: [` : `  ]x ${i}`))), tooComplex: false },
    { name: 'nesting-at-bound', text: frontmatter(lines(Math.floor(keys / (depth + 2)), (i) => `k${i}: ${'['.repeat(depth)}${pad(keys / (depth + 2))}${']'.repeat(depth)}`)), tooComplex: false },
    { name: 'list-items-at-bound', text: frontmatter(`tools: [${Array.from({ length: keys - 4 }, () => pad(keys)).join(', ')}]`), tooComplex: false },
    { name: 'anchors-at-bound', text: frontmatter(`${lines(LIMITS.anchors / 2 - 1, (i) => `a${i}: &a${i} ${pad(LIMITS.anchors)}`)}\n${lines(LIMITS.anchors / 2 - 1, (i) => `b${i}: *a${i}`)}`), tooComplex: false },
    { name: 'headings-at-bound', text: frontmatter('', lines(sections, (i) => `## Heading ${i}\n\n${pad(sections)}`)), tooComplex: false },
    { name: 'one-long-line', text: frontmatter(`notes: ${'word: '.repeat(Math.floor(bytes / 6))}`), tooComplex: false },
    { name: 'long-quoted-description', text: frontmatter(`summary: "${'a \\" b '.repeat(Math.floor(bytes / 8))}"`), tooComplex: false },
  ]
}
