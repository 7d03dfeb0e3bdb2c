// A second pass over the rows that aligning level by level left incomplete: a section that found
// no match within its matched parent may still have a same-titled (or nearly identical) section
// in another variant under another parent, or at another depth (one variant numbers its topics
// at the top level, another lists them under `## Core Responsibilities`; one variant drops a parent
// heading). Such rows are joined when that keeps a valid order: each variant's own order, each row's
// subtree together after it, and every section below the row of its own parent (see row-order.ts).
// A joined row takes its id, title, level and parent from its reference (most complete) variant;
// the rows are then put in the valid order closest to before.

import type { SectionRow } from '../alignment-model'
import type { AgentDocument } from '../model'
import { joinCandidates } from './join-candidates'
import { EdgeBuilder, reaches, treeOrder, type Edges } from './row-order'
import { sectionWithin } from './section-within'
import { rowStatus } from './row-status'
import type { OutlineFeatures } from './section-features'
import { mostComplete } from './variant-rank'

/** A bound that keeps the pass cheap on repetitive inputs. */
const MAX_JOIN_CHECKS = 4_000
/** Each check walks the rows (order, reachability, and a re-arrangement when it joins): checks
 *  times rows is bounded too. Real groups (at most a few hundred rows) keep all 4,000 checks; two
 *  variants of 2,490 nested headings whose titles all differ took 4.6 s of CPU in `diff`. */
const MAX_JOIN_WORK = 2_000_000

interface Group {
  readonly members: readonly number[]
  readonly cells: readonly (number | null)[]
  /** Position of its earliest member before this pass: where it is kept if it can be. */
  readonly priority: number
  /** The row holding its reference section's parent (that section's row's parentId), or -1. */
  readonly parentRow: number
  /** Whether one of its sections is a preamble (which heads no subtree in the text). */
  readonly holdsPreamble: boolean
}

export function joinAcrossParents(rows: readonly SectionRow[], docs: readonly AgentDocument[], features: readonly OutlineFeatures[], rank: readonly number[]): SectionRow[] {
  if (docs.length < 2) return [...rows]
  const candidates = joinCandidates(rows, features)
  if (candidates.length === 0) return [...rows]
  const rankOf = new Map(rank.map((variant, position) => [variant, position]))
  const rowIndexById = new Map(rows.map((row, i) => [row.id, i]))
  const referenceMember = (members: readonly number[], cells: readonly (number | null)[]): number => {
    const reference = mostComplete(cells, rankOf)
    return members.find((m) => rows[m]!.cells[reference] !== null)!
  }
  const group = (members: readonly number[], cells: readonly (number | null)[], priority: number): Group => {
    const parentId = rows[referenceMember(members, cells)]!.parentId
    return {
      members,
      cells,
      priority,
      parentRow: parentId === null ? -1 : (rowIndexById.get(parentId) ?? -1),
      holdsPreamble: cells.some((cell, v) => cell !== null && docs[v]?.sections[cell]?.kind === 'preamble'),
    }
  }
  const groupOf: Group[] = rows.map((row, i) => group([i], row.cells, i))
  const rowOfSection = docs.map((doc) => new Int32Array(doc.sections.length).fill(-1))
  rows.forEach((row, i) => row.cells.forEach((cell, v) => cell !== null && cell < rowOfSection[v]!.length && (rowOfSection[v]![cell] = i)))
  const structure: Structure = { rows: rows.length, groupOf, docs, rowOfSection, ownParentRows: ownParentRows(rows, docs, rowOfSection) }
  const tree = new GroupTree(groupOf, structure)

  let layout = initialLayout([...groupOf], structure)
  // Once the row tree passes the checks (after the first join, or from the start), a join can
  // only break them within the joined row's new subtree: only that subtree is checked.
  let treeHolds = tree.holdsEverywhere(layout.nodes)
  let checks = 0
  for (const { a, b } of candidates) {
    const ga = groupOf[a]!
    const gb = groupOf[b]!
    if (ga === gb || overlaps(ga.cells, gb.cells)) continue
    if (++checks > MAX_JOIN_CHECKS || checks * layout.nodes.length > MAX_JOIN_WORK) break
    if (eitherReaches(layout, layout.position[a]!, layout.position[b]!)) continue
    const members = [...ga.members, ...gb.members]
    const joined = group(members, ga.cells.map((cell, v) => cell ?? gb.cells[v] ?? null), Math.min(ga.priority, gb.priority))
    for (const m of joined.members) groupOf[m] = joined
    let joinedNodes: Group[] | undefined
    const nodes = (): Group[] => (joinedNodes ??= layout.nodes.filter((g) => g !== gb).map((g) => (g === ga ? joined : g)))
    const treeKept = treeHolds ? tree.holdsBelow(joined) : tree.holdsEverywhere(nodes())
    const arranged = treeKept ? arrange(nodes(), structure) : null
    if (arranged === null) {
      // The join would put a row inside another's subtree, or move a section away from its own
      // parent's subtree: the two rows stay apart.
      for (const m of ga.members) groupOf[m] = ga
      for (const m of gb.members) groupOf[m] = gb
      continue
    }
    tree.add(joined)
    treeHolds = true
    layout = arranged
  }
  const idOf = (g: Group): string => rows[referenceMember(g.members, g.cells)]!.id
  return layout.order.map((g) => toRow(g, rows, g.parentRow < 0 ? null : idOf(groupOf[g.parentRow]!), referenceMember, features, rankOf))
}

/**
 * The row tree and its two checks. Each group's parent is the group holding its parent row (none
 * when that is itself), read from `groupOf` as it stands, so a join tried by setting its members'
 * group is checked as it would be. A join is refused when a section would no longer be below the
 * row that holds its own parent heading in its variant (that heading, taken from that variant,
 * would lose it in the merged text), or when a row's ancestor rows would hold, for some variant,
 * a section that is not an ancestor of its section there (the row tree would nest what the
 * variant has side by side, and its headings would not keep their relative levels).
 */
class GroupTree {
  /** Per row, the groups made so far whose parent row it is (stale ones are skipped). */
  private readonly childrenOfRow: Group[][]

  constructor(
    private readonly groupOf: readonly Group[],
    private readonly structure: Structure,
  ) {
    this.childrenOfRow = groupOf.map(() => [])
    for (const g of groupOf) this.add(g)
  }

  add(g: Group): void {
    if (g.parentRow >= 0) this.childrenOfRow[g.parentRow]!.push(g)
  }

  /** Whether every group of `order` passes both checks. */
  holdsEverywhere(order: readonly Group[]): boolean {
    return order.every((g) => this.holdsAt(g))
  }

  /** Whether `top` and every group below it pass both checks, and its parents lead to no loop:
   *  all a join can change when the rest of the tree passed them before (the groups outside the
   *  joined one's subtree keep their ancestors, and the groups holding their own parents). */
  holdsBelow(top: Group): boolean {
    const limit = this.groupOf.length
    let hops = 0
    for (let at = this.parentOf(top); at !== null; at = this.parentOf(at)) if (at === top || ++hops > limit) return false
    const stack = [top]
    while (stack.length > 0) {
      const g = stack.pop()!
      if (!this.holdsAt(g)) return false
      for (const m of g.members) {
        for (const child of this.childrenOfRow[m]!) if (child !== g && this.groupOf[child.members[0]!] === child) stack.push(child)
      }
    }
    return true
  }

  private parentOf(g: Group): Group | null {
    if (g.parentRow < 0) return null
    const parent = this.groupOf[g.parentRow]!
    return parent === g ? null : parent
  }

  private holdsAt(g: Group): boolean {
    const limit = this.groupOf.length
    for (const member of g.members) {
      for (const ownRow of this.structure.ownParentRows[member]!) {
        const want = this.groupOf[ownRow]!
        let at = this.parentOf(g)
        for (let hops = 0; at !== null && at !== want && hops <= limit; hops++) at = this.parentOf(at)
        if (at !== want) return false
      }
    }
    const { docs } = this.structure
    for (let v = 0; v < g.cells.length; v++) {
      const cell = g.cells[v]
      if (cell == null) continue
      let at = this.parentOf(g)
      for (let hops = 0; at !== null && hops <= limit; hops++, at = this.parentOf(at)) {
        const above = at.cells[v]
        if (above != null && !sectionWithin(docs[v]!, cell, above)) return false
      }
    }
    return true
  }
}

/** What the checks read, fixed for the pass but for `groupOf` (the group of each row). */
interface Structure {
  readonly rows: number
  readonly groupOf: readonly Group[]
  readonly docs: readonly AgentDocument[]
  /** Per variant, the row holding each section, or -1. */
  readonly rowOfSection: readonly Int32Array[]
  /** Per row, the rows holding the parent sections of its cells in their own variants (the
   *  preamble, which is no heading to keep anything under, left out). */
  readonly ownParentRows: readonly (readonly number[])[]
}

function ownParentRows(rows: readonly SectionRow[], docs: readonly AgentDocument[], rowOfSection: readonly Int32Array[]): number[][] {
  return rows.map((row) =>
    row.cells.flatMap((cell, v) => {
      const own = cell === null ? null : (docs[v]?.sections[cell]?.parent ?? null)
      if (own === null || docs[v]!.sections[own]!.kind === 'preamble') return []
      const ownRow = rowOfSection[v]![own] ?? -1
      return ownRow < 0 ? [] : [ownRow]
    }),
  )
}

/** Per row, the index in `nodes` of the group holding it. */
function positions(nodes: readonly Group[], rowCount: number): Int32Array {
  const position = new Int32Array(rowCount)
  nodes.forEach((g, i) => {
    for (const m of g.members) position[m] = i
  })
  return position
}

/** Constraint edges between groups listed in `nodes` (indices into it): per variant, each section
 *  to the next one in document order, and each group's parent to it. */
function edges(nodes: readonly Group[], position: Int32Array, { docs, rowOfSection }: Structure): Edges {
  const constraints = new EdgeBuilder(rowOfSection.reduce((sum, rowOf) => sum + rowOf.length, 0) + nodes.length)
  for (let v = 0; v < docs.length; v++) {
    const rowOf = rowOfSection[v]!
    let last = -1
    for (let section = 0; section < rowOf.length; section++) {
      if (rowOf[section]! < 0) continue
      const i = position[rowOf[section]!]!
      if (last >= 0 && last !== i) constraints.add(last, i)
      last = i
    }
  }
  nodes.forEach((g, i) => {
    const parent = g.parentRow < 0 ? -1 : position[g.parentRow]!
    if (parent >= 0 && parent !== i) constraints.add(parent, i)
  })
  return constraints.build(nodes.length)
}

/** The groups as the join pass keeps them between joins: `nodes` in no particular order (the
 *  index space of `position` and `next`), and `order`, the same groups in a document's order
 *  (`rank`: each node's place in it), which answers `reaches` without building the edges again. */
interface Layout {
  readonly nodes: readonly Group[]
  /** Per row, the index in `nodes` of the group holding it. */
  readonly position: Int32Array
  readonly next: Edges
  readonly order: readonly Group[]
  readonly rank: Int32Array
}

/** The rows as they come: each its own group, already in order. */
function initialLayout(groups: readonly Group[], structure: Structure): Layout {
  const position = positions(groups, structure.rows)
  const rank = Int32Array.from(groups, (_, i) => i)
  return { nodes: groups, position, next: edges(groups, position, structure), order: groups, rank }
}

/** Whether a path of constraints leads from either node to the other (they cannot be one row). */
function eitherReaches({ next, rank }: Layout, a: number, b: number): boolean {
  return rank[a]! < rank[b]! ? reaches(next, rank, a, b) : reaches(next, rank, b, a)
}

/** The groups in a document's order (see treeOrder), or null when no order keeps every subtree
 *  together and each variant's order (the row tree's checks, GroupTree, come first: they are what
 *  most refused joins fail, and cost less than ordering the rows). */
function arrange(nodes: readonly Group[], structure: Structure): Layout | null {
  const position = positions(nodes, structure.rows)
  const parent = new Int32Array(nodes.length)
  const priority = new Int32Array(nodes.length)
  for (let i = 0; i < nodes.length; i++) {
    const g = nodes[i]!
    const at = g.parentRow < 0 ? -1 : position[g.parentRow]!
    // The preamble heads no subtree in the text: pseudo-headings split out of it order as top-level rows.
    parent[i] = at === i || (at >= 0 && nodes[at]!.holdsPreamble) ? -1 : at
    priority[i] = g.priority
  }
  const next = edges(nodes, position, structure)
  const order = treeOrder(parent, priority, next)
  if (order === null) return null
  const rank = new Int32Array(nodes.length)
  order.forEach((node, place) => (rank[node] = place))
  return { nodes, position, next, order: order.map((i) => nodes[i]!), rank }
}

function toRow(
  group: Group,
  rows: readonly SectionRow[],
  parentId: string | null,
  referenceMember: (members: readonly number[], cells: readonly (number | null)[]) => number,
  features: readonly OutlineFeatures[],
  rankOf: ReadonlyMap<number, number>,
): SectionRow {
  const own = rows[referenceMember(group.members, group.cells)]!
  if (group.members.length === 1) return parentId === own.parentId ? own : { ...own, parentId }
  const reference = mostComplete(group.cells, rankOf)
  return { ...own, parentId, cells: group.cells, reference, status: rowStatus(group.cells, reference, features) }
}

function overlaps(a: readonly (number | null)[], b: readonly (number | null)[]): boolean {
  return a.some((cell, v) => cell !== null && b[v] !== null)
}
