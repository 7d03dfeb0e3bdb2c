// The whole order of the rows' groups, found from scratch (see treeOrder): what the join pass
// returns, and its fallback when a join cannot keep the order it has (placed-order.ts).

import type { Group, Structure } from './join-groups'
import { EdgeBuilder, treeOrder, type Edges } from './row-order'

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

/** The groups in a document's order (see treeOrder), or null when no order keeps every subtree
 *  together and each variant's order (the row tree's checks, GroupTree, come first: they are what
 *  most refused joins fail, and cost less than ordering the rows). */
export function arrange(nodes: readonly Group[], structure: Structure): Group[] | null {
  const position = positions(nodes, structure.rows)
  const parent = nodes.map((g, i) => {
    const at = g.parentRow < 0 ? -1 : position[g.parentRow]!
    return at === i ? -1 : at
  })
  // The preamble heads no subtree in the text: pseudo-headings split out of it order as top-level rows.
  const orderParent = parent.map((p) => (p >= 0 && nodes[p]!.holdsPreamble ? -1 : p))
  const order = treeOrder(orderParent, nodes.map((g) => g.priority), edges(nodes, position, structure))
  return order === null ? null : order.map((i) => nodes[i]!)
}
