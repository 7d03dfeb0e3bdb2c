// `npx vitest bench shared/engine/parse`: parseDocument on every example and corpus file against
// gray-matter alone on the same texts (gray-matter only finds the block and runs js-yaml; we
// also read every entry, outline the body and hash the text), with the parts on their own.

/* eslint-disable no-restricted-imports -- a benchmark runs under Node, like the tests (tsconfig.shared excludes *.bench.ts) */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import matter from 'gray-matter'
import { bench, describe } from 'vitest'
import { sha256Hex } from '../hash'
import { outlineBodyDetailed } from '../outline/outline'
import { locateFrontmatter } from './frontmatter-block'
import { readFrontmatter } from './frontmatter-read'
import { parseDocument } from './parse-document'

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]))
}
const texts = [...walk('examples'), ...walk('test-fixtures/corpus')].filter((f) => /\.(md|mdc)$/.test(f)).map((f) => readFileSync(f, 'utf8'))
let round = 0
// gray-matter caches results by input string: a fresh suffix each round defeats the cache.
const fresh = (): string[] => {
  round++
  return texts.map((t) => t + ' '.repeat(round % 7))
}

describe('all example and corpus files', () => {
  bench('gray-matter (baseline)', () => {
    for (const t of fresh()) {
      try {
        matter(t, {})
      } catch {
        // strict YAML rejects a few files: gray-matter throws
      }
    }
  })
  bench('parseDocument', () => {
    for (const t of fresh()) parseDocument(t, 'x.md')
  })
  bench('parseDocument with the hash known (as the host passes it)', () => {
    const known = 'ab'.repeat(32)
    for (const t of fresh()) parseDocument(t, 'x.md', { hash: known })
  })
  bench('frontmatter only (its lines + block + entries)', () => {
    for (const t of fresh()) {
      const block = locateFrontmatter(t, t.charCodeAt(0) === 0xfeff ? 1 : 0)
      if (block) readFrontmatter(t, block, '\n')
    }
  })
  bench('outline only (the body after the frontmatter)', () => {
    for (const t of fresh()) {
      const block = locateFrontmatter(t, t.charCodeAt(0) === 0xfeff ? 1 : 0)
      outlineBodyDetailed(t, block ? block.end : 0)
    }
  })
  bench('sha256Hex only', () => {
    for (const t of fresh()) sha256Hex(t)
  })
})
