// Near-duplicate suggestions: clusters with different names that look like the same agent.
// Candidates come from LSH and the name index (candidate-pairs.ts); only those are scored.

import { bodyCandidates, nameCandidates, splitPairKey } from './candidate-pairs'
import type { DocFeatures } from './doc-features'
import type { ClusterRef, GroupSuggestion, SuggestionBasis } from './group-model'
import { signatureSimilarity } from './minhash'
import { nameTokens, stemToken } from './name-keys'
import { jaccard, nameSimilarity } from './token-similarity'

/** Members compared per side when scoring a pair of clusters. */
const SAMPLE_PER_SIDE = 8

export interface ScoredCluster {
  readonly key: string
  readonly ref: ClusterRef
  /** Stable text id of the side: `key:<key>` for a group, `file:<path>` for a single. */
  readonly refId: string
  readonly members: readonly number[]
}

function sample(members: readonly number[]): readonly number[] {
  if (members.length <= SAMPLE_PER_SIDE) return members
  const step = members.length / SAMPLE_PER_SIDE
  return Array.from({ length: SAMPLE_PER_SIDE }, (_, i) => members[Math.floor(i * step)]!)
}

export function scorePair(a: ScoredCluster, b: ScoredCluster, features: readonly DocFeatures[]): SuggestionBasis {
  let body = 0
  let description = 0
  for (const i of sample(a.members)) {
    for (const j of sample(b.members)) {
      body = Math.max(body, signatureSimilarity(features[i]!.signature, features[j]!.signature))
      description = Math.max(description, jaccard(features[i]!.descriptionTokens, features[j]!.descriptionTokens))
    }
  }
  return { name: nameSimilarity(nameTokens(a.key), nameTokens(b.key)), description, body }
}

/** One number for a basis: a near-copy body or description is enough alone; otherwise the name leads. */
export function combinedScore(basis: SuggestionBasis): number {
  const weighted = 0.5 * basis.name + 0.2 * basis.description + 0.3 * basis.body
  return Math.min(1, Math.max(basis.body, 0.85 * basis.description, weighted))
}

function percent(x: number): string {
  return `${Math.round(x * 100)} %`
}

export function reasonFor(a: string, b: string, basis: SuggestionBasis): string {
  const parts: string[] = []
  if (basis.name >= 0.5) {
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
  features: readonly DocFeatures[],
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
  for (const key of nameCandidates(clusters.map((c) => nameTokens(c.key)))) candidates.add(key)

  const scored: GroupSuggestion[] = []
  for (const key of candidates) {
    const [ia, ib] = splitPairKey(key)
    const [a, b] = [clusters[ia]!, clusters[ib]!].sort((x, y) => (x.refId < y.refId ? -1 : 1)) as [ScoredCluster, ScoredCluster]
    const basis = scorePair(a, b, features)
    const score = combinedScore(basis)
    if (score < options.minScore) continue
    scored.push({
      id: `${a.refId}+${b.refId}`,
      a: a.ref,
      b: b.ref,
      members: [...a.members, ...b.members].sort((x, y) => x - y),
      score,
      basis,
      reason: reasonFor(a.key, b.key, basis),
    })
  }
  scored.sort((x, y) => y.score - x.score || (x.id < y.id ? -1 : 1))
  // Keep each cluster's best few so that one popular body does not flood the list.
  const taken = new Map<string, number>()
  const refIdOf = (ref: ClusterRef): string => (ref.kind === 'group' ? `g${ref.id}` : `s${ref.index}`)
  return scored.filter((s) => {
    const ka = refIdOf(s.a)
    const kb = refIdOf(s.b)
    if ((taken.get(ka) ?? 0) >= options.maxPerCluster || (taken.get(kb) ?? 0) >= options.maxPerCluster) return false
    taken.set(ka, (taken.get(ka) ?? 0) + 1)
    taken.set(kb, (taken.get(kb) ?? 0) + 1)
    return true
  })
}
