// groupDocuments: which files are variants of the same agent, plus suggestions for files with
// different names that look alike. Scales to tens of thousands of files: every document is
// signed once (MinHash), and only candidate pairs from LSH and a name index are compared.

import { clusterByName } from './cluster-by-name'
import { prepareGroupInput, type PreparedGroupInput } from './similarity-features'
import { groupSimilarityOf } from './group-similarity'
import type { DocumentGroup, GroupInput, GroupOptions, Grouping } from './group-model'
import { nameTokens } from './name-keys'
import { suggestNearDuplicates, type ScoredCluster } from './near-duplicates'
import { createTokenVocabulary } from './token-similarity'

export function groupDocuments(inputs: readonly GroupInput[], options: GroupOptions = {}): Grouping {
  const vocabulary = createTokenVocabulary()
  return groupPrepared(inputs.map((input) => prepareGroupInput(input, vocabulary)), options)
}

/** groupDocuments for a caller that keeps only what grouping needs of each file (a folder scan
 *  that drops every text once read). The same result as groupDocuments on the same files when
 *  every input was prepared with one vocabulary (createTokenVocabulary). */
export function groupPrepared(inputs: readonly PreparedGroupInput[], options: GroupOptions = {}): Grouping {
  const features = inputs.map((input) => input.features)
  const clusters = clusterByName(inputs)
  const groups: DocumentGroup[] = []
  const singles: number[] = []
  const scored: ScoredCluster[] = []
  for (const cluster of clusters) {
    const members = cluster.members.map((m) => m.index)
    if (members.length === 1) {
      const index = members[0]!
      singles.push(index)
      scored.push({ key: cluster.key, ref: { kind: 'single', index }, refId: `file:${inputs[index]!.path}`, members, names: cluster.names, tokens: nameTokens(cluster.key) })
      continue
    }
    const id = `key:${cluster.key}`
    groups.push({ id, key: cluster.key, members: cluster.members, similarity: groupSimilarityOf(members, (index) => features[index]!.likeness) })
    scored.push({ key: cluster.key, ref: { kind: 'group', id }, refId: id, members, names: cluster.names, tokens: nameTokens(cluster.key) })
  }
  groups.sort((a, b) => b.members.length - a.members.length || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
  singles.sort((a, b) => a - b)
  const suggestions = suggestNearDuplicates(scored, features, {
    minScore: options.minSuggestionScore ?? 0.5,
    maxPerCluster: options.maxSuggestionsPerCluster ?? 3,
  })
  return { groups, singles, suggestions }
}
