// Test support: a fast-check arbitrary for whole agent files in the shapes real collections
// hold, frontmatter that strict YAML rejects included: `#` title and comment lines between keys,
// ` #` inside values that also hold `: `, long dash lines or `--- ` closing the block, tab-indented
// keys, `...` inside the block, duplicate keys, anchors, odd quoted keys, long key lines;
// and Markdown bodies with headings, fences and rules.

import fc from 'fast-check'

const WORDS = ['agent', 'cloud', 'Architect', 'design', 'review', 'data', 'api', 'token', 'größe', 'café', 'データ', 'número', 'k8s', 'v2', '2024', 'snake_case', 'Σίγμα', 'ok']
const KEYS = ['name', 'description', 'tools', 'model', 'color', 'version', 'tags', 'Title', 'user', 'assistant', 'example']

const word = fc.constantFrom(...WORDS)
const words = (min: number, max: number): fc.Arbitrary<string> => fc.array(word, { minLength: min, maxLength: max }).map((w) => w.join(' '))
const key = fc.constantFrom(...KEYS)

/** One line (or a few) of a frontmatter block. */
const frontmatterLine: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: fc.tuple(key, words(1, 6)).map(([k, v]) => `${k}: ${v}`) },
  { weight: 2, arbitrary: fc.tuple(key, words(1, 4), words(1, 4)).map(([k, a, b]) => `${k}: ${a}: ${b}`) },
  { weight: 2, arbitrary: fc.tuple(key, words(1, 4), words(1, 3), words(0, 4)).map(([k, a, b, c]) => `${k}: ${a} user: "Our ${b} hit #1 on ${c}!" assistant: ${a}`) },
  { weight: 2, arbitrary: fc.tuple(key, words(1, 4), words(1, 3)).map(([k, a, b]) => `${k}: ${a} #${b}`) },
  { weight: 2, arbitrary: words(1, 4).map((t) => `# ${t}`) },
  { weight: 1, arbitrary: fc.tuple(key, words(1, 2)).map(([k, v]) => `# ${k}: ${v}`) },
  { weight: 1, arbitrary: words(1, 4).map((t) => `## ${t}`) },
  { weight: 2, arbitrary: words(1, 5).map((t) => `  ${t}`) },
  { weight: 1, arbitrary: words(1, 3).map((t) => `  - ${t}`) },
  { weight: 1, arbitrary: words(1, 3).map((t) => `- ${t}`) },
  { weight: 2, arbitrary: fc.tuple(key, words(1, 4)).map(([k, v]) => `\t${k}: ${v}`) },
  { weight: 1, arbitrary: fc.constant('...') },
  { weight: 1, arbitrary: fc.tuple(words(1, 1), key, words(1, 3)).map(([a, k, v]) => `&${a.replace(/\W/gu, '')} ${k}: ${v}`) },
  { weight: 1, arbitrary: fc.tuple(key, words(1, 1)).map(([k, a]) => `${k}: *${a}`) },
  { weight: 1, arbitrary: words(1, 2).map((v) => `"\\u0000": ${v}`) },
  { weight: 1, arbitrary: fc.tuple(words(1, 2), fc.integer({ min: 80, max: 1500 })).map(([v, n]) => `${'k'.repeat(n)}: ${v}`) },
  { weight: 1, arbitrary: fc.tuple(key, words(1, 3)).map(([k, v]) => `${k}: [${v.split(' ').join(', ')}]`) },
  { weight: 1, arbitrary: fc.tuple(key, words(1, 3)).map(([k, v]) => `${k}: "${v}"`) },
  { weight: 1, arbitrary: words(2, 6) },
  { weight: 2, arbitrary: fc.constant('') },
)

const closing = fc.constantFrom('---', '---', '---', '----', '-'.repeat(56), '---   ', '--- \t', null)

const bodyBlock: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: words(1, 12) },
  { weight: 3, arbitrary: fc.tuple(fc.integer({ min: 1, max: 4 }), words(1, 4)).map(([n, t]) => `${'#'.repeat(n)} ${t}`) },
  { weight: 1, arbitrary: words(1, 6).map((t) => `\`\`\`\n# ${t}\n\`\`\``) },
  { weight: 1, arbitrary: words(1, 4).map((t) => `- **${t}**: ${t}`) },
  { weight: 1, arbitrary: fc.constant('---') },
  { weight: 1, arbitrary: fc.constant('') },
)

export interface AgentText {
  readonly text: string
  readonly path: string
}

export const agentText: fc.Arbitrary<AgentText> = fc
  .record({
    frontmatter: fc.option(fc.array(frontmatterLine, { maxLength: 12 }), { freq: 8 }),
    closing,
    body: fc.array(bodyBlock, { maxLength: 10 }),
    eol: fc.constantFrom('\n', '\n', '\r\n'),
    finalNewline: fc.boolean(),
    path: fc.constantFrom('.claude/agents/a.md', 'a.md', '.cursor/rules/a.mdc', '.github/agents/a.agent.md'),
  })
  .map(({ frontmatter, closing, body, eol, finalNewline, path }) => {
    const lines: string[] = []
    if (frontmatter !== null) {
      lines.push('---', ...frontmatter)
      if (closing !== null) lines.push(closing)
    }
    lines.push(...body)
    const text = lines.join(eol) + (finalNewline ? eol : '')
    return { text, path }
  })
