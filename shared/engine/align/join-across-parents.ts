// A second pass over the rows that aligning level by level left incomplete: a section that found
// no match within its matched parent may still have a same-titled (or nearly identical) section
// in another variant under another parent, or at another depth (one variant numbers its topics
// at the top level, another lists them under `## Core Responsibilities`; one variant drops a parent
// heading). Such rows are joined when that keeps a valid order: each variant's own order, each row's
// subtree together after it, and every section below the row of its own parent (see row-order.ts).
// A joined row takes its id, title, level and parent from its reference (most complete) variant;
// the rows are then put in the valid order closest to before.

import type { AgentDocument } from '../model'
import { emptyCells, type AlignedRow } from './aligned-rows'
import { joinCandidates } from './join-candidates'
import { ConstraintGraph } from './join-constraints'
import { GroupTree, type Group, type Structure } from './join-groups'
import { PlacedOrder } from './placed-order'
import type { OutlineFeatures } from './section-features'
import { mostComplete } from './variant-rank'

/** A bound that keeps the pass cheap on repetitive inputs. */
const MAX_JOIN_CHECKS = 4_000
/** Each check walks the rows (reachability, and moving or re-arranging them when it joins): checks
 *  times rows is bounded too, so that thousands of headings whose titles all differ stay cheap.
 *  Real groups (at most a few hundred rows) keep every check. */
const MAX_JOIN_WORK = 2_000_000

export function joinAcrossParents(rows: readonly AlignedRow[], docs: readonly AgentDocument[], features: readonly OutlineFeatures[], rank: readonly number[]): AlignedRow[] {
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
  const structure: Structure = {
    rows: rows.length,
    groupOf,
    docs,
    rowOfSection,
    ownParentRows: ownParentRows(rows, docs, rowOfSection),
  }
  const tree = new GroupTree(groupOf, structure)
  const graph = new ConstraintGraph(rowOfSection, Int32Array.from(groupOf, (g) => g.parentRow))
  const placed = new PlacedOrder(groupOf, tree, graph, structure)

  // Once the row tree passes the checks (after the first join, or from the start), a join can
  // only break them within the joined row's new subtree: only that subtree is checked.
  let treeHolds = tree.holdsEverywhere(groupOf)
  let groups = rows.length
  let checks = 0
  for (const { a, b } of candidates) {
    const ga = groupOf[a]!
    const gb = groupOf[b]!
    if (ga === gb || overlaps(ga.cells, gb.cells)) continue
    if (++checks > MAX_JOIN_CHECKS || checks * groups > MAX_JOIN_WORK) break
    if (placed.eitherReaches(ga, gb)) continue
    const move = placed.subtreesOf(ga, gb) // (read before the join changes the tree)
    const members = [...ga.members, ...gb.members]
    const joined = group(members, joinedCells(ga.cells, gb.cells), Math.min(ga.priority, gb.priority))
    for (const m of joined.members) groupOf[m] = joined
    graph.join(ga, gb, joined)
    let joinedNodes: Group[] | undefined
    const nodes = (): Group[] => (joinedNodes ??= placed.groups().filter((g) => g !== gb).map((g) => (g === ga ? joined : g)))
    const treeKept = treeHolds ? tree.holdsBelow(joined) : tree.holdsEverywhere(nodes())
    // An order after the join: the one kept, with the joined rows' subtrees moved together, when
    // that keeps every constraint; else the one `arrange` finds, if there is one.
    if (!treeKept || !(placed.moveJoined(move, joined) || placed.arrange(nodes()))) {
      // The join would put a row inside another's subtree, or move a section away from its own
      // parent's subtree, or leave no order that keeps each variant's: the two rows stay apart.
      for (const m of ga.members) groupOf[m] = ga
      for (const m of gb.members) groupOf[m] = gb
      graph.split(ga, gb)
      continue
    }
    tree.add(joined)
    treeHolds = true
    groups--
  }
  const idOf = (g: Group): string => rows[referenceMember(g.members, g.cells)]!.id
  return placed.final().map((g) => toRow(g, rows, g.parentRow < 0 ? null : idOf(groupOf[g.parentRow]!), referenceMember, rankOf))
}

function ownParentRows(rows: readonly AlignedRow[], docs: readonly AgentDocument[], rowOfSection: readonly Int32Array[]): number[][] {
  // (Loops: a closure and a list per cell were most of this pass's allocations.)
  const out: number[][] = new Array(rows.length)
  for (let r = 0; r < rows.length; r++) {
    const cells = rows[r]!.cells
    const list: number[] = []
    for (let v = 0; v < cells.length; v++) {
      const cell = cells[v]
      const own = cell === null ? null : (docs[v]?.sections[cell!]?.parent ?? null)
      if (own === null || docs[v]!.sections[own]!.kind === 'preamble') continue
      const ownRow = rowOfSection[v]![own] ?? -1
      if (ownRow >= 0) list.push(ownRow)
    }
    out[r] = list
  }
  return out
}

function toRow(
  group: Group,
  rows: readonly AlignedRow[],
  parentId: string | null,
  referenceMember: (members: readonly number[], cells: readonly (number | null)[]) => number,
  rankOf: ReadonlyMap<number, number>,
): AlignedRow {
  const own = rows[referenceMember(group.members, group.cells)]!
  if (group.members.length === 1) return parentId === own.parentId ? own : { ...own, parentId }
  const reference = mostComplete(group.cells, rankOf)
  return { ...own, parentId, cells: group.cells, reference }
}

function overlaps(a: readonly (number | null)[], b: readonly (number | null)[]): boolean {
  return a.some((cell, v) => cell !== null && b[v] !== null)
}

/** The cells of two rows that share no variant, as one row's (see emptyCells). */
function joinedCells(a: readonly (number | null)[], b: readonly (number | null)[]): (number | null)[] {
  const cells = emptyCells(a.length)
  for (let v = 0; v < a.length; v++) cells[v] = a[v] ?? b[v] ?? null
  return cells
}
