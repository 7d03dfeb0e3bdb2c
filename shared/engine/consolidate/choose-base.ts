// Which variant a proposal starts from, by policy, and the sentence that says why.

import { variantsByCompleteness } from '../align/variant-rank'
import type { AgentDocument } from '../model'
import type { MergePolicy } from './consolidate-model'
import { bodyWords, plural, thousands } from './words'

/** A variant with at least this share of the most complete variant's words counts as "as
 *  complete" when strict frontmatter decides between them. */
const NEARLY_AS_COMPLETE = 0.8

export interface BaseChoice {
  readonly base: number
  readonly reason: string
}

export function chooseBase(docs: readonly AgentDocument[], policy: MergePolicy, mtimes?: readonly (number | null)[]): BaseChoice {
  if (docs.length === 0) return { base: 0, reason: 'no variants' }
  switch (policy) {
    case 'first':
      return { base: 0, reason: 'policy first: the first variant' }
    case 'longest': {
      const base = docs.reduce((best, doc, i) => (doc.text.length > docs[best]!.text.length ? i : best), 0)
      return { base, reason: `policy longest: the longest variant (${thousands(docs[base]!.text.length)} characters)` }
    }
    case 'newest': {
      const known = (mtimes ?? []).map((t, i) => ({ t, i })).filter((x): x is { t: number; i: number } => typeof x.t === 'number' && x.i < docs.length)
      if (known.length === 0) return { base: 0, reason: 'policy newest: no modification times known, so the first variant' }
      const newest = known.reduce((a, b) => (b.t > a.t ? b : a))
      return { base: newest.i, reason: `policy newest: changed last (${new Date(newest.t).toISOString().slice(0, 16).replace('T', ' ')} UTC)` }
    }
    case 'propose':
      return mostComplete(docs)
  }
}

/** The most complete variant (most sections, then longest); a variant with strict frontmatter is
 *  preferred over it when it has nearly as many words and the most complete one's is not strict. */
function mostComplete(docs: readonly AgentDocument[]): BaseChoice {
  const ranked = variantsByCompleteness(docs)
  const words = (v: number): number => bodyWords(docs[v]!)
  const top = ranked[0]!
  const describe = (v: number): string => `${plural(docs[v]!.sections.length, 'section')}, ${plural(words(v), 'word')}`
  if (isStrict(docs[top]!)) return { base: top, reason: `the most complete variant (${describe(top)}) with strict frontmatter` }
  const strict = ranked.find((v) => isStrict(docs[v]!) && words(v) >= NEARLY_AS_COMPLETE * words(top))
  if (strict !== undefined) {
    return { base: strict, reason: `nearly as complete as ${top + 1} (${describe(strict)}) and its frontmatter is strict YAML, where ${top + 1}'s is not` }
  }
  return { base: top, reason: `the most complete variant (${describe(top)}); no variant as complete has strict frontmatter` }
}

function isStrict(doc: AgentDocument): boolean {
  return doc.frontmatterMode === 'strict'
}
