// Accepting a near-duplicate suggestion: its two sides become one group. Pure:
// (grouping, suggestion id, inputs) -> new grouping; unknown ids leave the grouping as it is.

import { groupSimilarity } from './group-similarity'
import type { ClusterRef, DocumentGroup, GroupInput, GroupMember, GroupSuggestion, Grouping } from './group-model'
import { fileStem, normaliseKey } from './name-keys'

function sameRef(x: ClusterRef, y: ClusterRef): boolean {
  return x.kind === 'group' ? y.kind === 'group' && y.id === x.id : y.kind === 'single' && y.index === x.index
}

function membersOf(grouping: Grouping, ref: ClusterRef): readonly GroupMember[] {
  if (ref.kind === 'single') return [{ index: ref.index, matchedBy: 'identity' }]
  return grouping.groups.find((g) => g.id === ref.id)?.members ?? []
}

function keyOf(grouping: Grouping, ref: ClusterRef, inputs: readonly GroupInput[]): string {
  if (ref.kind === 'group') return grouping.groups.find((g) => g.id === ref.id)?.key ?? ref.id
  const input = inputs[ref.index]
  return (input && (normaliseKey(input.identity) || fileStem(input.path))) || `#${ref.index}`
}

export function acceptSuggestion(grouping: Grouping, suggestionId: string, inputs: readonly GroupInput[]): Grouping {
  const accepted = grouping.suggestions.find((s) => s.id === suggestionId)
  if (accepted === undefined) return grouping
  const sideA = membersOf(grouping, accepted.a)
  const sideB = membersOf(grouping, accepted.b)
  if (sideA.length === 0 || sideB.length === 0) return grouping // a side that no longer exists: nothing to join
  // The larger side keeps its id and key; the other side's members join as 'accepted'.
  const [keep, join, keepRef] = sideA.length >= sideB.length ? [sideA, sideB, accepted.a] : [sideB, sideA, accepted.b]
  const key = keyOf(grouping, keepRef, inputs)
  const id = keepRef.kind === 'group' ? keepRef.id : `key:${key}`
  const members = [...keep, ...join.map((m): GroupMember => ({ index: m.index, matchedBy: 'accepted' }))].sort((x, y) => x.index - y.index)
  const merged: DocumentGroup = {
    id,
    key,
    members,
    similarity: groupSimilarity(members.map((m) => inputs[m.index]!.body)),
  }
  const mergedRef: ClusterRef = { kind: 'group', id }
  const isSide = (ref: ClusterRef): boolean => sameRef(ref, accepted.a) || sameRef(ref, accepted.b)

  const groups = [...grouping.groups.filter((g) => !isSide({ kind: 'group', id: g.id })), merged]
  groups.sort((a, b) => b.members.length - a.members.length || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
  const memberSet = new Set(members.map((m) => m.index))
  const singles = grouping.singles.filter((i) => !memberSet.has(i))

  // Other suggestions that named either side now name the merged group.
  const byId = new Map<string, GroupSuggestion>()
  for (const s of grouping.suggestions) {
    if (s.id === accepted.id) continue
    const a = isSide(s.a) ? mergedRef : s.a
    const b = isSide(s.b) ? mergedRef : s.b
    if (sameRef(a, b)) continue
    const moved = a !== s.a || b !== s.b
    const next: GroupSuggestion = moved
      ? {
          ...s,
          a,
          b,
          id: [a, b].map((r) => (r.kind === 'group' ? r.id : `file:${inputs[r.index]?.path ?? r.index}`)).sort().join('+'),
          members: [...new Set([...membersOf({ ...grouping, groups }, a), ...membersOf({ ...grouping, groups }, b)].map((m) => m.index))].sort((x, y) => x - y),
        }
      : s
    const existing = byId.get(next.id)
    if (existing === undefined || existing.score < next.score) byId.set(next.id, next)
  }
  const suggestions = [...byId.values()].sort((x, y) => y.score - x.score || (x.id < y.id ? -1 : 1))
  return { groups, singles, suggestions }
}
