// Seeded mutations of real agent files for the fuzz suite: the edits that break frontmatter and
// Markdown in the wild (lost or doubled delimiters, stray brackets, anchors, tabs, carriage
// returns, NULs, truncation, files spliced together), applied a few at a time.

/** A small, fast, seeded generator (mulberry32): the same seed gives the same files everywhere. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const TOKENS = [
  '---', '...', '[', ']', '{', '}', '[[[[', '{a: {b: ', '&a ', '*a', '&x [1, *x]', ': ', ':', '\t', '\r', '\r\n', '\0', '\u2028',
  '\uFEFF', '```', '~~~', '#', '# ', '## ', '- ', '? ', '|', '>-', '"', "'", '\\', '**Bold:**', '1. ', '<!--', '-->', 'key: value',
  'name: x', 'description: "a\nb"', '<<: *a', '!!binary', '%YAML 1.2', '\uD800', 'é', '🙂',
]

type Mutation = (text: string, random: () => number, other: string) => string

const at = (text: string, random: () => number): number => Math.floor(random() * (text.length + 1))
const pick = <T>(items: readonly T[], random: () => number): T => items[Math.floor(random() * items.length)]!
const lineStarts = (text: string): number[] => [0, ...[...text.matchAll(/\n/g)].map((m) => m.index + 1)]

const MUTATIONS: readonly Mutation[] = [
  (text, random) => {
    const i = at(text, random)
    return text.slice(0, i) + pick(TOKENS, random) + text.slice(i)
  },
  (text, random) => {
    const starts = lineStarts(text)
    const i = pick(starts, random)
    return text.slice(0, i) + pick(TOKENS, random) + '\n' + text.slice(i)
  },
  (text, random) => {
    // Delete a line (often a delimiter: frontmatter left unclosed).
    const starts = lineStarts(text)
    const k = Math.floor(random() * starts.length)
    return text.slice(0, starts[k]) + text.slice(starts[k + 1] ?? text.length)
  },
  (text, random) => {
    // Repeat a line many times (long runs of keys, headings, list items).
    const starts = lineStarts(text)
    const k = Math.floor(random() * starts.length)
    const line = text.slice(starts[k], starts[k + 1] ?? text.length)
    return text.slice(0, starts[k]) + line.repeat(2 + Math.floor(random() * 300)) + text.slice(starts[k + 1] ?? text.length)
  },
  (text, random) => text.slice(0, at(text, random)), // truncated
  (text, random, other) => text.slice(0, at(text, random)) + other.slice(at(other, random)), // spliced
  (text, random) => {
    const i = at(text, random)
    const j = Math.min(text.length, i + Math.floor(random() * 64))
    return text.slice(0, i) + text.slice(j)
  },
  (text, random) => text.replace(/\n/g, () => (random() < 0.5 ? '\r\n' : '\n')),
  (text, random) => {
    // Indent or outdent a line.
    const starts = lineStarts(text)
    const i = pick(starts, random)
    return random() < 0.5 ? text.slice(0, i) + ' '.repeat(1 + Math.floor(random() * 8)) + text.slice(i) : text.slice(0, i) + text.slice(i).replace(/^[ \t]+/, '')
  },
]

/** `text` with 1-4 random mutations; `other` is another file to splice from. */
export function mutateText(text: string, other: string, random: () => number): string {
  let out = text
  const count = 1 + Math.floor(random() * 4)
  for (let i = 0; i < count; i++) out = pick(MUTATIONS, random)(out, random, other)
  return out
}
