// Near-duplicate suggestions: clusters with different names that look like the same agent.
// Candidates come from LSH and the name index (candidate-pairs.ts); only those are scored.

import { bodyCandidates, nameCandidates, pairHigh, pairLow, qualifierCandidates } from './candidate-pairs'
import type { SimilarityFeatures } from './similarity-features'
import type { ClusterRef, GroupSuggestion, SuggestionBasis } from './group-model'
import { SIGNATURE_SIZE, type Signature } from './minhash'
import { pairOrder } from './pair-order'
import { addedQualifier, nameTokens, stemToken } from './name-keys'
import { jaccard, nameSimilarity } from './token-similarity'

/** Members compared per side when scoring a pair of clusters. */
const SAMPLE_PER_SIDE = 8

export interface ScoredCluster {
  readonly key: string
  readonly ref: ClusterRef
  /** Stable text id of the side: `key:<key>` for a group, `file:<path>` for a single. */
  readonly refId: string
  readonly members: readonly number[]
  /** Every key the members go by (names and file names), `key` first. */
  readonly names: readonly string[]
  /** `nameTokens(key)`, computed once. */
  readonly tokens: readonly string[]
}

function sample(members: readonly number[]): readonly number[] {
  if (members.length <= SAMPLE_PER_SIDE) return members
  const step = members.length / SAMPLE_PER_SIDE
  return Array.from({ length: SAMPLE_PER_SIDE }, (_, i) => members[Math.floor(i * step)]!)
}

/** What scoring compares of one cluster: the signatures and the description tokens of its
 *  sampled members, each without repeats (a repeat cannot change a maximum, and copies of one
 *  file are common). */
export interface ClusterSample {
  /** The distinct signatures' bins, one after another (SIGNATURE_SIZE each). */
  readonly bins: Uint32Array
  readonly descriptions: readonly (readonly number[])[]
}

function sameBins(a: Signature, b: Signature): boolean {
  for (let i = 0; i < SIGNATURE_SIZE; i++) if (a.bins[i] !== b.bins[i]) return false
  return true
}

function sameNumbers(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}

function distinct<T>(items: readonly T[], same: (a: T, b: T) => boolean): readonly T[] {
  const out: T[] = []
  for (const item of items) if (!out.some((kept) => kept === item || same(kept, item))) out.push(item)
  return out
}

function clusterSample(members: readonly number[], features: readonly SimilarityFeatures[]): ClusterSample {
  const sampled = sample(members).map((m) => features[m]!)
  const signatures = distinct(sampled.map((f) => f.signature), sameBins)
  const bins = new Uint32Array(signatures.length * SIGNATURE_SIZE)
  signatures.forEach((signature, i) => bins.set(signature.bins, i * SIGNATURE_SIZE))
  return { bins, descriptions: distinct(sampled.map((f) => f.descriptionTokens), sameNumbers) }
}

/** The best body likeness over every pair of signatures in `a` and `b` (signatureSimilarity: the
 *  share of equal bins, empty signatures included). Each pair's bins are compared only while it
 *  can still beat the best so far; 1 ends the search. */
function bestBody(a: Uint32Array, b: Uint32Array): number {
  let best = 0 // equal bins
  for (let x = 0; x < a.length; x += SIGNATURE_SIZE) {
    for (let y = 0; y < b.length; y += SIGNATURE_SIZE) {
      const allowed = SIGNATURE_SIZE - best // misses that leave it no better than `best`
      let missed = 0
      for (let i = 0; i < SIGNATURE_SIZE && missed < allowed; i++) if (a[x + i] !== b[y + i]) missed++
      if (missed < allowed) {
        if (missed === 0) return 1
        best = SIGNATURE_SIZE - missed
      }
    }
  }
  return best / SIGNATURE_SIZE
}

/** The best description likeness (jaccard) over every pair of `a` and `b`; 1 ends the search. */
function bestDescription(a: readonly (readonly number[])[], b: readonly (readonly number[])[]): number {
  let best = 0
  for (const x of a) {
    for (const y of b) {
      const value = jaccard(x, y)
      if (value > best) {
        if (value === 1) return 1
        best = value
      }
    }
  }
  return best
}

/** The likeness of two clusters: names, and the best description and body over their samples. */
export function scorePair(a: ScoredCluster, b: ScoredCluster, sampleA: ClusterSample, sampleB: ClusterSample): SuggestionBasis {
  return {
    name: nameSimilarity(a.tokens, b.tokens),
    description: bestDescription(sampleA.descriptions, sampleB.descriptions),
    body: bestBody(sampleA.bins, sampleB.bins),
  }
}

/** One number for a basis: a near-copy body or description is enough alone; otherwise the name leads. */
export function combinedScore(basis: SuggestionBasis): number {
  const weighted = 0.5 * basis.name + 0.2 * basis.description + 0.3 * basis.body
  return Math.min(1, Math.max(basis.body, 0.85 * basis.description, weighted))
}

function percent(x: number): string {
  return `${Math.round(x * 100)} %`
}

/** The words a name of one cluster adds to a name of the other (see addedQualifier), or null. */
export function qualifierBetween(a: readonly string[], b: readonly string[]): string | null {
  for (const x of a) for (const y of b) {
    const added = addedQualifier(x, y) ?? addedQualifier(y, x)
    if (added !== null) return added
  }
  return null
}

export function reasonFor(a: string, b: string, basis: SuggestionBasis, qualifier: string | null = null): string {
  const parts: string[] = []
  if (qualifier !== null) parts.push(`name adds a qualifier: ${qualifier}`)
  else if (basis.name >= 0.5) {
    const stemsB = new Set(nameTokens(b))
    const shared = a.split('-').filter((word) => stemsB.has(stemToken(word)))
    parts.push(`names share “${shared.join(' ')}”`)
  }
  if (basis.body >= 0.2) parts.push(`bodies ~${percent(basis.body)} alike`)
  if (basis.description >= 0.3) parts.push(`descriptions ~${percent(basis.description)} alike`)
  if (parts.length === 0) parts.push(`similar names, descriptions and bodies`)
  return parts.join('; ')
}

export interface SuggestionOptions {
  readonly minScore: number
  readonly maxPerCluster: number
}

/** A candidate pair that passed: what ordering and the budgets need; the suggestion itself is
 *  written only for the pairs the budgets keep (few of them when a folder is large). */
interface Passed {
  readonly a: number
  readonly b: number
  readonly score: number
  readonly basis: SuggestionBasis
}

export function suggestNearDuplicates(
  clusters: readonly ScoredCluster[],
  features: readonly SimilarityFeatures[],
  options: SuggestionOptions,
): readonly GroupSuggestion[] {
  const order = pairOrder(clusters.map((c) => c.refId))
  const passed = passingPairs(clusters, features, order.ranks, candidatePairs(clusters, features), options.minScore)
  passed.sort((x, y) => y.score - x.score || order.compareIds(x.a, x.b, y.a, y.b))
  return withinBudgets(clusters, passed, options.maxPerCluster).map(({ a, b, score, basis }) => {
    const [sideA, sideB] = [clusters[a]!, clusters[b]!]
    return suggestionOf(sideA, sideB, { id: `${sideA.refId}+${sideB.refId}`, score, basis })
  })
}

/** Cluster pairs worth scoring: by body (LSH), by name, by a qualified name. */
export function candidatePairs(clusters: readonly ScoredCluster[], features: readonly SimilarityFeatures[]): Set<number> {
  const clusterOf = new Array<number>(features.length).fill(0)
  clusters.forEach((c, ci) => c.members.forEach((m) => (clusterOf[m] = ci)))
  const candidates = bodyCandidates(
    features.map((f) => f.signature),
    clusterOf,
    clusters.map((c) => c.members.length),
  )
  for (const key of nameCandidates(clusters.map((c) => c.tokens))) candidates.add(key)
  for (const key of qualifierCandidates(clusters.map((c) => c.names))) candidates.add(key)
  return candidates
}

/** The candidates that score `minScore` or more, or whose names qualify one another, each
 *  side first whose refId comes first (`ranks`: the clusters' ranks in that order). */
function passingPairs(
  clusters: readonly ScoredCluster[],
  features: readonly SimilarityFeatures[],
  ranks: Int32Array,
  candidates: Iterable<number>,
  minScore: number,
): Passed[] {
  const samples: (ClusterSample | undefined)[] = new Array<ClusterSample | undefined>(clusters.length)
  const sampleOf = (c: number): ClusterSample => (samples[c] ??= clusterSample(clusters[c]!.members, features))
  const passed: Passed[] = []
  for (const key of candidates) {
    const low = pairLow(key)
    const high = pairHigh(key)
    const lowFirst = ranks[low]! < ranks[high]!
    const a = lowFirst ? low : high
    const b = lowFirst ? high : low
    const basis = scorePair(clusters[a]!, clusters[b]!, sampleOf(a), sampleOf(b))
    const score = combinedScore(basis)
    // A qualified name (`senior-x` beside `x`) is never grouped by name, so it is always shown
    // here, whatever its bodies share: the user decides whether it is the same agent.
    if (score < minScore && qualifierBetween(clusters[a]!.names, clusters[b]!.names) === null) continue
    passed.push({ a, b, score, basis })
  }
  return passed
}

/** Keep each cluster's best few so that one popular body does not flood the list; a cluster's
 *  partners that are groups and those that are singles have separate budgets. A larger side is
 *  not limited: every renamed copy of a big group may be proposed to join it. `sorted` best first. */
function withinBudgets(clusters: readonly ScoredCluster[], sorted: readonly Passed[], maxPerCluster: number): Passed[] {
  // Budget 2c counts cluster c's partners that are singles, 2c + 1 those that are groups.
  const taken = new Int32Array(clusters.length * 2)
  const budgetOf = (c: number, partner: number): number => 2 * c + (clusters[partner]!.ref.kind === 'group' ? 1 : 0)
  return sorted.filter(({ a, b }) => {
    const [sizeA, sizeB] = [clusters[a]!.members.length, clusters[b]!.members.length]
    const first = sizeA <= sizeB ? budgetOf(a, b) : budgetOf(b, a)
    const second = sizeA === sizeB ? budgetOf(b, a) : -1 // a pair of equal sides counts for both
    if (taken[first]! >= maxPerCluster || (second !== -1 && taken[second]! >= maxPerCluster)) return false
    taken[first]!++
    if (second !== -1) taken[second]!++
    return true
  })
}

export function suggestionOf(a: ScoredCluster, b: ScoredCluster, { id, score, basis }: { readonly id: string; readonly score: number; readonly basis: SuggestionBasis }): GroupSuggestion {
  const qualifier = qualifierBetween(a.names, b.names)
  return {
    id,
    a: a.ref,
    b: b.ref,
    members: [...a.members, ...b.members].sort((x, y) => x - y),
    score,
    basis,
    reason: reasonFor(a.key, b.key, basis, qualifier),
    ...(qualifier === null ? {} : { qualifier }),
  }
}
