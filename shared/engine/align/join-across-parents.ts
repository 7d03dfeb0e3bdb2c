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
import { reaches, treeOrder } from './row-order'
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
}

export function joinAcrossParents(rows: readonly SectionRow[], docs: readonly AgentDocument[], features: readonly OutlineFeatures[], rank: readonly number[]): SectionRow[] {
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

  const rowOfSection = docs.map((doc) => new Int32Array(doc.sections.length).fill(-1))
  rows.forEach((row, i) => row.cells.forEach((cell, v) => cell !== null && cell < rowOfSection[v]!.length && (rowOfSection[v]![cell] = i)))

  let order: Group[] = [...groupOf]
  let next = edges(order, groupOf, parentRowOf, docs)
  let checks = 0
  for (const { a, b } of candidates) {
    const ga = groupOf[a]!
    const gb = groupOf[b]!
    if (ga === gb || overlaps(ga.cells, gb.cells)) continue
    if (++checks > MAX_JOIN_CHECKS || checks * order.length > MAX_JOIN_WORK) break
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
    const arranged = arrange(nodes, groupOf, parentRowOf, docs, rowOfSection)
    if (arranged === null) {
      // The join would put a row inside another's subtree, or move a section away from its own
      // parent's subtree: the two rows stay apart.
      for (const m of ga.members) groupOf[m] = ga
      for (const m of gb.members) groupOf[m] = gb
      continue
    }
    order = arranged
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

/**
 * The groups in a document's order (see treeOrder), or null when the join just made breaks the
 * structure: no order keeps every subtree together and each variant's order, or a section is no
 * longer below the row that holds its own parent heading in its variant (so that heading, taken
 * from that variant, would lose it in the merged text).
 */
function arrange(
  nodes: readonly Group[],
  groupOf: readonly Group[],
  parentRowOf: (g: Group) => number | null,
  docs: readonly AgentDocument[],
  rowOfSection: readonly Int32Array[],
): Group[] | null {
  const position = new Map(nodes.map((g, i) => [g, i]))
  const parent = nodes.map((g) => {
    const row = parentRowOf(g)
    const at = row === null ? undefined : position.get(groupOf[row]!)
    return at === undefined || nodes[at] === g ? -1 : at
  })
  // The preamble heads no subtree in the text: pseudo-headings split out of it order as top-level rows.
  const isPreamble = nodes.map((g) => g.cells.some((cell, v) => cell !== null && docs[v]?.sections[cell]?.kind === 'preamble'))
  const orderParent = parent.map((p) => (p >= 0 && isPreamble[p] ? -1 : p))
  const order = treeOrder(orderParent, nodes.map((g) => g.priority), edges(nodes, groupOf, parentRowOf, docs))
  if (order === null) return null
  for (let i = 0; i < nodes.length; i++) {
    const cells = nodes[i]!.cells
    for (let v = 0; v < cells.length; v++) {
      const cell = cells[v]
      const own = cell == null ? null : (docs[v]?.sections[cell]?.parent ?? null)
      // Pseudo-headings split out of a preamble have it as parent; it is no heading to keep them under.
      const ownRow = own === null || docs[v]!.sections[own]!.kind === 'preamble' ? -1 : (rowOfSection[v]![own] ?? -1)
      if (ownRow < 0) continue
      const want = position.get(groupOf[ownRow]!)
      let at = parent[i]!
      for (let hops = 0; at >= 0 && at !== want && hops <= nodes.length; hops++) at = parent[at]!
      if (at !== want) return null
    }
  }
  return ancestorsAgree(nodes, parent, docs) ? order.map((i) => nodes[i]!) : null
}

/** Whether every row's ancestor rows hold, for each variant, only that variant's own ancestors of
 *  its section there: the row tree then nests nothing a variant has side by side, and each
 *  variant's headings keep their relative levels in the merged text. */
function ancestorsAgree(nodes: readonly Group[], parent: readonly number[], docs: readonly AgentDocument[]): boolean {
  for (let i = 0; i < nodes.length; i++) {
    const cells = nodes[i]!.cells
    for (let v = 0; v < cells.length; v++) {
      const cell = cells[v]
      if (cell == null) continue
      let at = parent[i]!
      for (let hops = 0; at >= 0 && hops <= nodes.length; hops++, at = parent[at]!) {
        const above = nodes[at]!.cells[v]
        if (above != null && !sectionWithin(docs[v]!, cell, above)) return false
      }
    }
  }
  return true
}


function toRow(
  group: Group,
  rows: readonly SectionRow[],
  groupOf: readonly Group[],
  referenceMember: (g: Group) => number,
  parentRowOf: (g: Group) => number | null,
  features: readonly OutlineFeatures[],
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
