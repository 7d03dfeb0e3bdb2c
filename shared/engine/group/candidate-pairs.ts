// Candidate cluster pairs for near-duplicate suggestions, without comparing every pair:
// LSH banding over body signatures, an inverted index over name tokens, and a name index for
// names that qualify another (`senior-x` beside `x`).

import { bandHash, SIGNATURE_SIZE, type Signature } from './minhash'
import { qualifiedBases } from './name-keys'
import { nameSimilarity } from './token-similarity'

const ROWS_PER_BAND = 4
/** A bucket with more distinct clusters than this pairs each with its largest cluster only. */
const MAX_BUCKET_PAIRS = 24
/** Name tokens shared by more clusters than this are too common to propose pairs on their own. */
const MAX_TOKEN_POSTINGS = 200
/** Name pairs below this likeness are left to the body and description signals. */
const MIN_NAME_SIMILARITY = 0.5

/** Pair key of two cluster ids (a < b). */
export function pairKey(a: number, b: number): number {
  return a < b ? a * 0x100000 + b : b * 0x100000 + a
}

/** The smaller cluster id of a pair key. */
export const pairLow = (key: number): number => Math.floor(key / 0x100000)
/** The larger cluster id of a pair key. */
export const pairHigh = (key: number): number => key % 0x100000

function addBucketPairs(clusters: readonly number[], clusterSize: readonly number[], out: Set<number>): void {
  if (clusters.length <= MAX_BUCKET_PAIRS) {
    for (let i = 0; i < clusters.length; i++) for (let j = i + 1; j < clusters.length; j++) out.add(pairKey(clusters[i]!, clusters[j]!))
    return
  }
  let hub = clusters[0]!
  for (const c of clusters) if (clusterSize[c]! > clusterSize[hub]!) hub = c
  for (const c of clusters) if (c !== hub) out.add(pairKey(c, hub))
}

/** Cluster pairs whose members share at least one LSH band of their body signatures. */
export function bodyCandidates(signatures: readonly Signature[], clusterOf: readonly number[], clusterSize: readonly number[]): Set<number> {
  const out = new Set<number>()
  for (let from = 0; from + ROWS_PER_BAND <= SIGNATURE_SIZE; from += ROWS_PER_BAND) {
    const buckets = new Map<number, Set<number>>()
    signatures.forEach((signature, doc) => {
      if (signature.empty) return
      const h = bandHash(signature, from, ROWS_PER_BAND)
      const set = buckets.get(h)
      if (set === undefined) buckets.set(h, new Set([clusterOf[doc]!]))
      else set.add(clusterOf[doc]!)
    })
    for (const set of buckets.values()) if (set.size > 1) addBucketPairs([...set], clusterSize, out)
  }
  return out
}

/** Cluster pairs whose names are alike (tokens shared by very many clusters propose no pairs). */
export function nameCandidates(tokensByCluster: readonly (readonly string[])[]): Set<number> {
  const postings = new Map<string, number[]>()
  tokensByCluster.forEach((tokens, cluster) => {
    for (const t of tokens) {
      const list = postings.get(t)
      if (list === undefined) postings.set(t, [cluster])
      else list.push(cluster)
    }
  })
  const out = new Set<number>()
  for (const list of postings.values()) {
    if (list.length < 2 || list.length > MAX_TOKEN_POSTINGS) continue
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const key = pairKey(list[i]!, list[j]!)
        if (!out.has(key) && nameSimilarity(tokensByCluster[list[i]!]!, tokensByCluster[list[j]!]!) >= MIN_NAME_SIMILARITY) out.add(key)
      }
    }
  }
  return out
}

/** Cluster pairs where a name of one is a name of the other with words added (see qualifiedBases). */
export function qualifierCandidates(namesByCluster: readonly (readonly string[])[]): Set<number> {
  const clusterOfName = new Map<string, number[]>()
  namesByCluster.forEach((names, cluster) => {
    for (const name of names) {
      const list = clusterOfName.get(name)
      if (list === undefined) clusterOfName.set(name, [cluster])
      else list.push(cluster)
    }
  })
  const out = new Set<number>()
  namesByCluster.forEach((names, cluster) => {
    for (const name of names) {
      for (const { base } of qualifiedBases(name)) {
        for (const other of clusterOfName.get(base) ?? []) if (other !== cluster) out.add(pairKey(cluster, other))
      }
    }
  })
  return out
}
