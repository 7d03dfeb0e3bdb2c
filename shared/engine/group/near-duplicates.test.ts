import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { pairHigh, pairLow } from './candidate-pairs'
import type { ClusterRef, GroupSuggestion, SuggestionBasis } from './group-model'
import { signatureSimilarity, textSketches } from './minhash'
import { nameTokens } from './name-keys'
import { candidatePairs, combinedScore, qualifierBetween, suggestionOf, suggestNearDuplicates, type ScoredCluster, type SuggestionOptions } from './near-duplicates'
import type { SimilarityFeatures } from './similarity-features'
import { jaccard, nameSimilarity } from './token-similarity'

/** The suggestions as first written: every sampled member pair compared in full, every passing
 *  pair made into a suggestion, then sorted and cut to the budgets. The fast path must match it. */
function referenceSuggestions(clusters: readonly ScoredCluster[], features: readonly SimilarityFeatures[], options: SuggestionOptions): GroupSuggestion[] {
  const sample = (members: readonly number[]): readonly number[] =>
    members.length <= 8 ? members : Array.from({ length: 8 }, (_, i) => members[Math.floor(i * (members.length / 8))]!)
  const scorePair = (a: ScoredCluster, b: ScoredCluster): SuggestionBasis => {
    let body = 0
    let description = 0
    for (const i of sample(a.members)) {
      for (const j of sample(b.members)) {
        body = Math.max(body, signatureSimilarity(features[i]!.signature, features[j]!.signature))
        description = Math.max(description, jaccard(features[i]!.descriptionTokens, features[j]!.descriptionTokens))
      }
    }
    return { name: nameSimilarity(a.tokens, b.tokens), description, body }
  }
  const candidates = candidatePairs(clusters, features) // unchanged by the fast path
  const scored: { suggestion: GroupSuggestion; sizes: [number, number] }[] = []
  for (const key of candidates) {
    const [ia, ib] = [pairLow(key), pairHigh(key)]
    const [a, b] = [clusters[ia]!, clusters[ib]!].sort((x, y) => (x.refId < y.refId ? -1 : 1)) as [ScoredCluster, ScoredCluster]
    const basis = scorePair(a, b)
    const score = combinedScore(basis)
    const qualifier = qualifierBetween(a.names, b.names)
    if (score < options.minScore && qualifier === null) continue
    const suggestion = suggestionOf(a, b, { id: `${a.refId}+${b.refId}`, score, basis })
    scored.push({ suggestion, sizes: [a.members.length, b.members.length] })
  }
  scored.sort((x, y) => y.suggestion.score - x.suggestion.score || (x.suggestion.id < y.suggestion.id ? -1 : 1))
  const taken = new Map<string, number>()
  const idOf = (ref: ClusterRef, partner: ClusterRef): string => `${ref.kind === 'group' ? `g${ref.id}` : `s${ref.index}`}>${partner.kind}`
  return scored
    .filter(({ suggestion: { a, b }, sizes: [sizeA, sizeB] }) => {
      const ids = sizeA === sizeB ? [idOf(a, b), idOf(b, a)] : sizeA < sizeB ? [idOf(a, b)] : [idOf(b, a)]
      if (ids.some((id) => (taken.get(id) ?? 0) >= options.maxPerCluster)) return false
      for (const id of ids) taken.set(id, (taken.get(id) ?? 0) + 1)
      return true
    })
    .map((entry) => entry.suggestion)
}

const WORDS = 'review code audit test deploy cloud data model prompt agent'.split(' ')

/** Bodies from a few words so that copies, near copies, empty and one-word bodies all occur. */
const bodyArb = fc.oneof(
  fc.array(fc.constantFrom(...WORDS), { maxLength: 40 }).map((words) => words.join(' ')),
  fc.constantFrom('', '# only punctuation !', 'one', WORDS.join(' ')),
)
/** Descriptions as token numbers: a few near copies of one list (likeness 0.8-1), and others. */
const descriptionArb = fc.oneof(
  fc.constantFrom([], [0, 1, 2, 3, 4], [0, 1, 2, 3, 4, 5], [0, 1, 2, 3, 5], [1, 2, 3, 4, 5]),
  fc.uniqueArray(fc.nat(12), { maxLength: 6 }).map((tokens) => [...tokens].sort((a, b) => a - b)),
)
const nameArb = fc.array(fc.constantFrom('code', 'reviewer', 'senior', 'data', 'scientist', 'cloud', 'architect', 'lead'), { minLength: 1, maxLength: 3 }).map((w) => w.join('-'))

/** Files spread over clusters (a cluster per name drawn; sizes up to 12, past the sample of 8). */
const groupingArb = fc
  .array(fc.record({ body: bodyArb, description: descriptionArb, cluster: fc.nat(9) }), { minLength: 1, maxLength: 60 })
  .chain((files) =>
    fc.record({
      files: fc.constant(files),
      names: fc.array(fc.uniqueArray(nameArb, { minLength: 1, maxLength: 3 }), { minLength: 10, maxLength: 10 }),
      // Paths where one refId begins another, followed by characters that sort before and after `+`.
      paths: fc.uniqueArray(fc.constantFrom('a', 'a b', 'a!', 'a+', 'a+b', 'a-b', 'ab', 'a+b+c', 'b', 'b+a', 'b a'), { minLength: 10, maxLength: 10 }),
      options: fc.record({ minScore: fc.double({ min: 0, max: 1, noNaN: true }), maxPerCluster: fc.integer({ min: 1, max: 4 }) }),
    }),
  )

function clustersOf(files: readonly { readonly cluster: number }[], names: readonly (readonly string[])[], paths: readonly string[]): ScoredCluster[] {
  const byCluster = new Map<number, number[]>()
  files.forEach((f, i) => byCluster.set(f.cluster, [...(byCluster.get(f.cluster) ?? []), i]))
  const used = new Set<string>()
  const out: ScoredCluster[] = []
  for (const [c, members] of byCluster) {
    // a name belongs to one cluster, as clusterByName makes them
    const own = names[c]!.filter((n) => !used.has(n))
    const clusterNames = own.length > 0 ? own : [`only-${c}`]
    for (const n of clusterNames) used.add(n)
    const key = clusterNames[0]!
    const ref: ClusterRef = members.length === 1 ? { kind: 'single', index: members[0]! } : { kind: 'group', id: `key:${key}` }
    out.push({ key, ref, refId: ref.kind === 'group' ? ref.id : `file:${paths[c]}`, members, names: clusterNames, tokens: nameTokens(key) })
  }
  return out
}

describe('suggestNearDuplicates', () => {
  it('gives exactly the suggestions of the plain all-pairs scoring (samples without repeats, early stops, suggestions made after the cut)', () => {
    fc.assert(
      fc.property(groupingArb, ({ files, names, paths, options }) => {
        const features: SimilarityFeatures[] = files.map((f) => ({ ...textSketches(f.body), descriptionTokens: f.description }))
        const clusters = clustersOf(files, names, paths)
        expect(suggestNearDuplicates(clusters, features, options)).toEqual(referenceSuggestions(clusters, features, options))
      }),
      { numRuns: 300 },
    )
  })
})
