// A second pass over the rows that aligning level by level left incomplete: a section that found
// no match within its matched parent may still have a same-titled (or nearly identical) section
// in another variant under another parent, or at another depth (one variant numbers its topics
// at the top level, another lists them under `## Core Responsibilities`; one variant drops a parent
// heading). Such rows are joined when that keeps a valid order: each variant's own order and parents
// before children (see row-order.ts). A joined row takes its id, title, level and parent from its
// reference (most complete) variant; the rows are then put in the valid order closest to before.

import type { SectionRow } from '../alignment-model'
import type { AgentDocument } from '../model'
import { joinCandidates } from './join-candidates'
import { reaches, topologicalOrder } from './row-order'
import { rowStatus } from './row-status'
import type { DocFeatures } from './section-features'
import { mostComplete } from './variant-rank'

/** A bound that keeps the pass cheap on repetitive inputs. */
const MAX_JOIN_CHECKS = 4_000

interface Group {
  readonly members: readonly number[]
  readonly cells: readonly (number | null)[]
  /** Position of its earliest member before this pass: where it is kept if it can be. */
  readonly priority: number
}

export function joinAcrossParents(rows: readonly SectionRow[], docs: readonly AgentDocument[], features: readonly DocFeatures[], rank: readonly number[]): SectionRow[] {
  if (docs.length < 2) return [...rows]
  const candidates = joinCandidates(rows, features)
  if (candidates.length === 0) return [...rows]
  const rankOf = new Map(rank.map((variant, position) => [variant, position]))
  const rowIndexById = new Map(rows.map((row, i) => [row.id, i]))
  const groupOf: Group[] = rows.map((row, i) => ({ members: [i], cells: row.cells, priority: i }))
  const referenceMember = (group: Group): number => {
    const reference = mostComplete(group.cells, rankOf)
    return group.members.find((m) => rows[m]!.cells[reference] !== null)!
  }
  const parentRowOf = (group: Group): number | null => {
    const parentId = rows[referenceMember(group)]!.parentId
    return parentId === null ? null : rowIndexById.get(parentId) ?? null
  }

  let order: Group[] = [...groupOf]
  let next = edges(order, groupOf, parentRowOf, docs)
  let checks = 0
  for (const { a, b } of candidates) {
    const ga = groupOf[a]!
    const gb = groupOf[b]!
    if (ga === gb || overlaps(ga.cells, gb.cells)) continue
    if (++checks > MAX_JOIN_CHECKS) break
    const pa = order.indexOf(ga)
    const pb = order.indexOf(gb)
    if (reaches(next, Math.min(pa, pb), Math.max(pa, pb))) continue
    const joined: Group = {
      members: [...ga.members, ...gb.members],
      cells: ga.cells.map((cell, v) => cell ?? gb.cells[v] ?? null),
      priority: Math.min(ga.priority, gb.priority),
    }
    for (const m of joined.members) groupOf[m] = joined
    const nodes = order.filter((g) => g !== gb).map((g) => (g === ga ? joined : g))
    const unordered = edges(nodes, groupOf, parentRowOf, docs)
    const paths = treePaths(nodes, groupOf, parentRowOf)
    order = topologicalOrder(nodes.length, unordered, paths).map((i) => nodes[i]!)
    next = edges(order, groupOf, parentRowOf, docs)
  }
  return order.map((group) => toRow(group, rows, groupOf, referenceMember, parentRowOf, features, rankOf))
}

/** Constraint edges between groups listed in `nodes` (indices into it): per variant, each section
 *  to the next one in document order, and each group's parent to it. */
function edges(nodes: readonly Group[], groupOf: readonly Group[], parentRowOf: (g: Group) => number | null, docs: readonly AgentDocument[]): number[][] {
  const position = new Map(nodes.map((g, i) => [g, i]))
  const next: number[][] = nodes.map(() => [])
  docs.forEach((doc, v) => {
    const holder = new Int32Array(doc.sections.length).fill(-1)
    nodes.forEach((g, i) => {
      const cell = g.cells[v]
      if (cell != null && cell < holder.length) holder[cell] = i
    })
    let last = -1
    for (const i of holder) {
      if (i < 0) continue
      if (last >= 0 && last !== i) next[last]!.push(i)
      last = i
    }
  })
  nodes.forEach((g, i) => {
    const parentRow = parentRowOf(g)
    const parent = parentRow === null ? undefined : position.get(groupOf[parentRow]!)
    if (parent !== undefined && parent !== i) next[parent]!.push(i)
  })
  return next
}

/** Per group, the priorities of its ancestors and itself, root first: ordering by these paths keeps
 *  each row's subtree together right after it, as a document lists them, where the constraints
 *  allow (before any join it is exactly the previous order). */
function treePaths(nodes: readonly Group[], groupOf: readonly Group[], parentRowOf: (g: Group) => number | null): number[][] {
  const cache = new Map<Group, number[]>()
  const pathOf = (group: Group, depth: number): number[] => {
    const known = cache.get(group)
    if (known) return known
    const parentRow = parentRowOf(group)
    // Depth bound: parent links are acyclic here, but a path must never loop whatever the input.
    const parent = parentRow === null || depth > nodes.length ? null : groupOf[parentRow]!
    const path = parent === null || parent === group ? [group.priority] : [...pathOf(parent, depth + 1), group.priority]
    cache.set(group, path)
    return path
  }
  return nodes.map((g) => pathOf(g, 0))
}

function toRow(
  group: Group,
  rows: readonly SectionRow[],
  groupOf: readonly Group[],
  referenceMember: (g: Group) => number,
  parentRowOf: (g: Group) => number | null,
  features: readonly DocFeatures[],
  rankOf: ReadonlyMap<number, number>,
): SectionRow {
  const own = rows[referenceMember(group)]!
  const parentRow = parentRowOf(group)
  const parentId = parentRow === null ? null : rows[referenceMember(groupOf[parentRow]!)]!.id
  if (group.members.length === 1) return parentId === own.parentId ? own : { ...own, parentId }
  const reference = mostComplete(group.cells, rankOf)
  return { ...own, parentId, cells: group.cells, reference, status: rowStatus(group.cells, reference, features) }
}

function overlaps(a: readonly (number | null)[], b: readonly (number | null)[]): boolean {
  return a.some((cell, v) => cell !== null && b[v] !== null)
}
