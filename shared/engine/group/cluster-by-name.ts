// Exact grouping by names: a file joins the files that share its identity, its file name, or the
// identity it carries behind a prefix. Keys are joined with union-find, so a file named
// `architect-reviewer` in `architect-review.md` links both names for everyone.

import type { GroupInput, GroupMatch, GroupMember } from './group-model'
import { fileStem, knownSuffix, normaliseKey } from './name-keys'

export interface NameCluster {
  readonly key: string
  readonly members: readonly GroupMember[]
}

interface NameEvidence {
  /** The key the file goes by. */
  readonly primary: string
  readonly match: GroupMatch
  /** Other keys the same file also stands for (its file name, a known suffix of its name). */
  readonly links: readonly string[]
}

class KeyUnion {
  private readonly parent = new Map<string, string>()
  find(key: string): string {
    let root = key
    while (true) {
      const up = this.parent.get(root)
      if (up === undefined || up === root) break
      root = up
    }
    let at = key // path compression
    while (at !== root) {
      const up = this.parent.get(at) ?? root
      this.parent.set(at, root)
      at = up
    }
    return root
  }
  union(a: string, b: string): void {
    const ra = this.find(a)
    const rb = this.find(b)
    if (ra !== rb) this.parent.set(rb, ra)
  }
}

function evidenceOf(input: GroupInput, index: number): { primary: string; match: GroupMatch; stem: string | null } {
  const stem = fileStem(input.path)
  const id = normaliseKey(input.identity)
  if (id === '') return { primary: stem ?? `#${index}`, match: 'identity', stem }
  if (stem !== null && id !== stem && id.endsWith(`-${stem}`)) return { primary: stem, match: 'prefixed-name', stem }
  return { primary: id, match: 'identity', stem }
}

function collectEvidence(inputs: readonly GroupInput[]): NameEvidence[] {
  const first = inputs.map((input, i) => evidenceOf(input, i))
  const primaries = new Set(first.map((e) => e.primary))
  return first.map(({ primary, match, stem }) => {
    const links: string[] = []
    if (stem !== null && stem !== primary) links.push(stem)
    // A name that differs from its file name and ends with another file's key: a prefixed copy.
    if (match === 'identity' && stem !== primary) {
      const suffix = knownSuffix(primary, primaries)
      if (suffix !== null) return { primary, match: 'prefixed-name', links: [...links, suffix] }
    }
    return { primary, match, links }
  })
}

/** The key most members go by (their name or file name); ties: shorter, then alphabetical. */
function chooseKey(evidence: readonly NameEvidence[], members: readonly number[]): string {
  const votes = new Map<string, number>()
  for (const i of members) {
    const e = evidence[i]!
    for (const key of new Set([e.primary, ...e.links])) votes.set(key, (votes.get(key) ?? 0) + 1)
  }
  let best = ''
  let bestVotes = -1
  for (const [key, count] of votes) {
    if (count > bestVotes || (count === bestVotes && (key.length < best.length || (key.length === best.length && key < best)))) {
      best = key
      bestVotes = count
    }
  }
  return best
}

function memberMatch(e: NameEvidence, key: string): GroupMatch {
  if (e.primary === key) return e.match
  if (e.links.includes(key)) return e.match === 'prefixed-name' ? 'prefixed-name' : 'file-name'
  return 'linked-name'
}

/** Every input in exactly one cluster (clusters of one included), in order of first member. */
export function clusterByName(inputs: readonly GroupInput[]): readonly NameCluster[] {
  const evidence = collectEvidence(inputs)
  const union = new KeyUnion()
  for (const e of evidence) for (const link of e.links) union.union(e.primary, link)
  const byRoot = new Map<string, number[]>()
  evidence.forEach((e, i) => {
    const root = union.find(e.primary)
    const list = byRoot.get(root)
    if (list === undefined) byRoot.set(root, [i])
    else list.push(i)
  })
  return [...byRoot.values()].map((members) => {
    const key = chooseKey(evidence, members)
    return { key, members: members.map((index) => ({ index, matchedBy: memberMatch(evidence[index]!, key) })) }
  })
}
