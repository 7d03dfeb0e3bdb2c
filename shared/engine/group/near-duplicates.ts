// Near-duplicate suggestions: clusters with different names that look like the same agent.
// Candidates come from LSH and the name index (candidate-pairs.ts); only those are scored.

import { bodyCandidates, nameCandidates, qualifierCandidates, splitPairKey } from './candidate-pairs'
import type { SimilarityFeatures } from './similarity-features'
import type { ClusterRef, GroupSuggestion, SuggestionBasis } from './group-model'
import { signatureSimilarity } from './minhash'
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

export function scorePair(a: ScoredCluster, b: ScoredCluster, features: readonly SimilarityFeatures[]): SuggestionBasis {
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

export function suggestNearDuplicates(
  clusters: readonly ScoredCluster[],
  features: readonly SimilarityFeatures[],
  options: SuggestionOptions,
): readonly GroupSuggestion[] {
  const clusterOf = new Array<number>(features.length).fill(0)
  clusters.forEach((c, ci) => c.members.forEach((m) => (clusterOf[m] = ci)))
  const sizes = clusters.map((c) => c.members.length)
  const candidates = bodyCandidates(
    features.map((f) => f.signature),
    clusterOf,
    sizes,
  )
  for (const key of nameCandidates(clusters.map((c) => c.tokens))) candidates.add(key)
  for (const key of qualifierCandidates(clusters.map((c) => c.names))) candidates.add(key)

  const scored: { readonly suggestion: GroupSuggestion; readonly sizes: readonly [number, number] }[] = []
  for (const key of candidates) {
    const [ia, ib] = splitPairKey(key)
    const [a, b] = [clusters[ia]!, clusters[ib]!].sort((x, y) => (x.refId < y.refId ? -1 : 1)) as [ScoredCluster, ScoredCluster]
    const basis = scorePair(a, b, features)
    const score = combinedScore(basis)
    // A qualified name (`senior-x` beside `x`) is never grouped by name, so it is always shown
    // here, whatever its bodies share: the user decides whether it is the same agent.
    const qualifier = qualifierBetween(a.names, b.names)
    if (score < options.minScore && qualifier === null) continue
    const suggestion: GroupSuggestion = {
      id: `${a.refId}+${b.refId}`,
      a: a.ref,
      b: b.ref,
      members: [...a.members, ...b.members].sort((x, y) => x - y),
      score,
      basis,
      reason: reasonFor(a.key, b.key, basis, qualifier),
      ...(qualifier === null ? {} : { qualifier }),
    }
    scored.push({ suggestion, sizes: [a.members.length, b.members.length] })
  }
  scored.sort((x, y) => y.suggestion.score - x.suggestion.score || (x.suggestion.id < y.suggestion.id ? -1 : 1))
  // Keep each cluster's best few so that one popular body does not flood the list; a cluster's
  // partners that are groups and those that are singles have separate budgets. A larger side is
  // not limited: every renamed copy of a big group may be proposed to join it.
  const taken = new Map<string, number>()
  const counted = ({ suggestion, sizes: [sizeA, sizeB] }: (typeof scored)[number]): string[] => {
    const { a, b } = suggestion
    const idOf = (ref: ClusterRef, partner: ClusterRef): string => `${ref.kind === 'group' ? `g${ref.id}` : `s${ref.index}`}>${partner.kind}`
    const ids = [idOf(a, b), idOf(b, a)]
    return sizeA === sizeB ? ids : sizeA < sizeB ? [ids[0]!] : [ids[1]!]
  }
  return scored
    .filter((entry) => {
      const ids = counted(entry)
      if (ids.some((id) => (taken.get(id) ?? 0) >= options.maxPerCluster)) return false
      for (const id of ids) taken.set(id, (taken.get(id) ?? 0) + 1)
      return true
    })
    .map((entry) => entry.suggestion)
}
