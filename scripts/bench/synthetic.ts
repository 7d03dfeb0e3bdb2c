// Synthetic inputs made from the corpus: many mutated copies of real files (for grouping at scale),
// and many variants of one long document (for alignment at scale). Deterministic (seeded).

// The fuzz suite's seeded generator (mulberry32).
import { seededRandom as rng } from '../../shared/engine/parse/testing/mutate-text'
import type { CorpusFile } from './corpus-files'

const FILLER = 'robust scalable careful thorough precise modern secure reliable clear focused'.split(' ')

/** Replace about `rate` of the words of `text` (never inside the frontmatter). */
function editWords(text: string, rate: number, random: () => number): string {
  return text.replace(/[A-Za-z]{4,}/g, (word) => (random() < rate ? FILLER[Math.floor(random() * FILLER.length)]! : word))
}

function splitFrontmatter(text: string): [string, string] {
  const match = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(text)
  return match === null ? ['', text] : [match[0], text.slice(match[0].length)]
}

function shuffleSections(body: string, random: () => number): string {
  const parts = body.split(/(?=^## )/m)
  if (parts.length < 4) return body
  const head = parts.shift()!
  for (let i = parts.length - 1; i > 0; i--) {
    if (random() < 0.3) {
      const j = Math.floor(random() * (i + 1))
      ;[parts[i], parts[j]] = [parts[j]!, parts[i]!]
    }
  }
  return head + parts.map((p) => (p.endsWith('\n') ? p : `${p}\n`)).join('')
}

function rename(frontmatter: string, name: (old: string) => string): string {
  return frontmatter.replace(/^name:[ \t]*['"]?([^'"\r\n]*)['"]?[ \t]*$/m, (_, old: string) => `name: ${name(old.trim())}`)
}

export interface SyntheticFile {
  readonly relPath: string
  readonly text: string
}

/** File k of the corpus copied again and again: its source, which copy it is, its two parts. */
function nthCopy(corpus: readonly CorpusFile[], k: number): { source: CorpusFile; copy: number; parts: [string, string] } {
  const source = corpus[k % corpus.length]!
  return { source, copy: Math.floor(k / corpus.length), parts: splitFrontmatter(source.text) }
}

/** `count` files: copies of the corpus renamed, prefixed, shuffled and edited. */
export function syntheticFolder(corpus: readonly CorpusFile[], count: number, seed = 1): SyntheticFile[] {
  const random = rng(seed)
  const out: SyntheticFile[] = []
  for (let k = 0; k < count; k++) {
    const { source, copy, parts } = nthCopy(corpus, k)
    let [frontmatter, body] = parts
    let relPath = `c${copy}/${source.relPath}`
    switch (copy % 5) {
      case 1: // a plugin prefix on the name, as wshobson/agents does
        frontmatter = rename(frontmatter, (old) => `team${copy}-${old.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`)
        break
      case 2:
        body = shuffleSections(body, random)
        break
      case 3: // renamed copy: a near-duplicate under another name
        frontmatter = rename(frontmatter, () => `custom-agent-${k}`)
        relPath = `c${copy}/renamed/custom-agent-${k}${source.relPath.endsWith('.mdc') ? '.mdc' : '.md'}`
        break
      case 4: // drop one section
        body = body.replace(/^## [^\n]*\n[\s\S]*?(?=^## |$(?![\s\S]))/m, '')
        break
    }
    out.push({ relPath, text: frontmatter + editWords(body, 0.02, random) })
  }
  return out
}

const WORDS = 'agent review code security test deploy design api data model cache queue latency error metric trace plan build release monitor schema index query shard replica token prompt tool context memory'.split(' ')

/** One long agent definition (`sections` sections: ## parents with ### children) and `variants` edited copies. */
export function syntheticVariants(variants: number, sections: number, seed = 7): string[] {
  const random = rng(seed)
  const paragraph = (n: number): string => Array.from({ length: n }, () => WORDS[Math.floor(random() * WORDS.length)]).join(' ')
  const blocks: string[] = []
  for (let i = 0; blocks.length < sections; i++) {
    blocks.push(`## Topic ${i} ${WORDS[i % WORDS.length]}\n\n${paragraph(60)}\n\n`)
    for (let j = 0; j < 4 && blocks.length < sections; j++) blocks.push(`### Detail ${i}.${j}\n\n- ${paragraph(20)}\n- ${paragraph(20)}\n\n`)
  }
  const head = '---\nname: long-agent\ndescription: A synthetic agent with many sections\ntools: Read, Write, Bash\n---\n\n# Long Agent\n\nIntro text.\n\n'
  return Array.from({ length: variants }, () => {
    const kept = blocks.filter(() => random() > 0.05)
    if (random() < 0.5) kept.push(`## Extra ${Math.floor(random() * 1000)}\n\n${paragraph(40)}\n\n`)
    return head + editWords(kept.join(''), 0.03, random)
  })
}

/** `count` files as a library of collections installed together: the corpus copied again and
 *  again, each copy a collection of its own (copy k > 0 suffixes every name and file name with
 *  `-c<k>`), so each copy brings the corpus's own duplicate groups (12 per full copy); some copies
 *  edited (2 % of words, shuffled sections, a section dropped). */
export function libraryCopies(corpus: readonly CorpusFile[], count: number, seed = 3): SyntheticFile[] {
  const random = rng(seed)
  const out: SyntheticFile[] = []
  for (let k = 0; k < count; k++) {
    const { source, copy, parts } = nthCopy(corpus, k)
    let [frontmatter, body] = parts
    let relPath = `copy${copy}/${source.relPath}`
    if (copy > 0) {
      frontmatter = rename(frontmatter, (old) => `${old}-c${copy}`)
      relPath = relPath.replace(/(\/SKILL)?((?:\.agent|\.chatmode)?\.mdc?)$/, (_, skill: string | undefined, ext: string) => (skill ? `-c${copy}${skill}${ext}` : `-c${copy}${ext}`))
    }
    if (copy % 3 === 1) body = editWords(body, 0.02, random)
    if (copy % 5 === 2) body = shuffleSections(body, random)
    if (copy % 7 === 3) body = body.replace(/^## [^\n]*\n[\s\S]*?(?=^## |$(?![\s\S]))/m, '')
    out.push({ relPath, text: frontmatter + body })
  }
  return out
}
