// Exact grouping by names: a file joins the files that share its identity, its file name, or the
// file name its name carries behind a prefix (`plugins/x/agents/debugger.md` named `x-debugger`).
// Keys are joined with union-find, so a file named `architect-reviewer` in `architect-review.md`
// links both names for everyone.

import type { GroupInput, GroupMatch, GroupMember } from './group-model'
import { fileStem, normaliseKey } from './name-keys'

/** What clustering by name reads of a file. */
export type NamedInput = Pick<GroupInput, 'path' | 'identity'>

export interface NameCluster {
  /** The key most members go by (their name or file name); ties: shorter, then alphabetical. */
  readonly key: string
  /** Every key the members go by, the chosen key first (at most MAX_NAMES). */
  readonly names: readonly string[]
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

function evidenceOf(input: NamedInput, index: number): { primary: string; match: GroupMatch; stem: string | null } {
  const stem = fileStem(input.path)
  const id = normaliseKey(input.identity)
  if (id === '') return { primary: stem ?? `#${index}`, match: 'identity', stem }
  if (stem !== null && id !== stem && id.endsWith(`-${stem}`)) return { primary: stem, match: 'prefixed-name', stem }
  return { primary: id, match: 'identity', stem }
}

/** A name that only ends with another file's name (`linkedin-content-creator` beside
 *  `content-creator`) links nothing: its own file name must say so (see evidenceOf). Such names
 *  qualify the other agent (a platform, a market, a seniority) and come back as suggestions. */
function collectEvidence(inputs: readonly NamedInput[]): NameEvidence[] {
  return inputs.map((input, i) => {
    const { primary, match, stem } = evidenceOf(input, i)
    return { primary, match, links: stem !== null && stem !== primary ? [stem] : [] }
  })
}

/** How many members go by each key (their name or file name). */
function keyVotes(evidence: readonly NameEvidence[], members: readonly number[]): Map<string, number> {
  const votes = new Map<string, number>()
  for (const i of members) {
    const e = evidence[i]!
    for (const key of new Set([e.primary, ...e.links])) votes.set(key, (votes.get(key) ?? 0) + 1)
  }
  return votes
}

/** Most votes first; ties: shorter, then alphabetical. */
function byVotes([a, va]: [string, number], [b, vb]: [string, number]): number {
  return vb - va || a.length - b.length || (a < b ? -1 : a > b ? 1 : 0)
}

/** A bound on the names kept per cluster for comparing names across clusters. */
const MAX_NAMES = 16

function memberMatch(e: NameEvidence, key: string): GroupMatch {
  if (e.primary === key) return e.match
  if (e.links.includes(key)) return e.match === 'prefixed-name' ? 'prefixed-name' : 'file-name'
  return 'linked-name'
}

/** Every input in exactly one cluster (clusters of one included), in order of first member. */
export function clusterByName(inputs: readonly NamedInput[]): readonly NameCluster[] {
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
    const names = [...keyVotes(evidence, members)].sort(byVotes).slice(0, MAX_NAMES).map(([name]) => name)
    const key = names[0]!
    return { key, names, members: members.map((index) => ({ index, matchedBy: memberMatch(evidence[index]!, key) })) }
  })
}
