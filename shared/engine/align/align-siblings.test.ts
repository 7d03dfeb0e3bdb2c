import { describe, expect, it } from 'vitest'
import type { AgentDocument } from '../model'
import { parseDocument } from '../parse/parse-document'
import { alignSiblings, CONTENT_WORK_BUDGET } from './align-siblings'
import { DocumentTokens } from './document-tokens'
import { outlineFeatures } from './section-features'
import { TokenSpace, type TokenSet } from './similarity'

/** A space that counts the work of comparing its sets (the sizes of both, per comparison). */
class CountingSpace extends TokenSpace {
  work = 0
  override shared(a: TokenSet, b: TokenSet): number {
    this.work += a.size + b.size
    return super.shared(a, b)
  }
  override sharedAtLeast(a: TokenSet, b: TokenSet, needed: number): number {
    this.work += a.size + b.size
    return super.sharedAtLeast(a, b, needed)
  }
}

/** `count` top-level sections whose titles differ from the other variant's, each with `words`
 *  words of its own: every pair of sections is a candidate for a content match. */
function variant(count: number, words: number, tag: string): string {
  const sections = Array.from({ length: count }, (_, i) => {
    const body = Array.from({ length: words }, (_, k) => `w${i}x${k}`).join(' ')
    return `## ${tag} topic ${i}\n\n${body}\n`
  })
  return `---\nname: x\n---\n${sections.join('\n')}`
}

function topLevel(doc: AgentDocument): number[] {
  return doc.sections.flatMap((s, i) => (s.parent === null ? [i] : []))
}

describe('alignSiblings', () => {
  it('compares content within a bounded amount of work, however long the sibling lists', () => {
    const works = [20, 100, 500].map((count) => {
      const docs = [parseDocument(variant(count, 400, 'alpha'), 'a.md'), parseDocument(variant(count, 400, 'beta'), 'b.md')]
      const space = new CountingSpace()
      const tokens = new DocumentTokens(space)
      const features = docs.map((doc) => outlineFeatures(doc, tokens))
      alignSiblings(docs.map(topLevel), [0, 1], features)
      return space.work
    })
    // Small lists compare every pair (20 x 20 pairs of two 800-token sets)...
    expect(works[0]).toBeGreaterThan(20 * 20 * 1_500)
    // ...long ones stop short of the budget instead of growing with the square of the list.
    for (const work of works) expect(work).toBeLessThanOrEqual(CONTENT_WORK_BUDGET)
  })

  it('still matches renamed sections by their content in files of real size', () => {
    const base = variant(40, 60, 'alpha')
    const renamed = base.replace(/alpha topic (\d+)/g, (_, i: string) => `renamed heading ${i}`)
    const docs = [parseDocument(base, 'a.md'), parseDocument(renamed, 'b.md')]
    const features = docs.map((doc) => outlineFeatures(doc))
    const rows = alignSiblings(docs.map(topLevel), [0, 1], features)
    expect(rows.filter((cells) => cells.every((c) => c !== null))).toHaveLength(40)
  })
})
