// The order constraints between groups of rows while the join pass (join-across-parents.ts) joins
// rows: per variant, each section's row before the row of the next section, and each group's
// parent row before it. A group is named by its earliest row (its priority); joining two groups,
// or taking a join back, costs their members, not a pass over the rows. Typed arrays throughout:
// the pass follows these edges hundreds of thousands of times in the hostile nested-headings pair.

import { EdgeBuilder, type Edges } from './row-order'

/** A group of rows as the join pass keeps it. */
export interface RowGroup {
  readonly members: readonly number[]
  /** Its earliest row, which names it. */
  readonly priority: number
  /** The row holding its parent, or -1. */
  readonly parentRow: number
}

export class ConstraintGraph {
  /** Per row, the row naming its group. */
  private readonly groupOf: Int32Array
  /** Per row, the next row of its group (a cycle through the members). */
  private readonly nextMember: Int32Array
  /** Per group (by the row naming it), its parent row, or -1. */
  private readonly parentRow: Int32Array
  private readonly next: Edges
  private readonly previous: Edges
  /** Per row, the rows whose parent it is (every row starts as a group of its own, and a joined
   *  group keeps the parent row of one of its rows). */
  private readonly childRows: Edges

  /** `parentRows`: each row's parent row (or -1), as each row's own group has it. */
  constructor(rowOfSection: readonly Int32Array[], parentRows: Int32Array) {
    const rows = parentRows.length
    this.groupOf = Int32Array.from({ length: rows }, (_, i) => i)
    this.nextMember = Int32Array.from({ length: rows }, (_, i) => i)
    this.parentRow = parentRows.slice()
    const next = new EdgeBuilder(rows * rowOfSection.length)
    const previous = new EdgeBuilder(rows * rowOfSection.length)
    for (const rowOf of rowOfSection) {
      let last = -1
      for (const row of rowOf) {
        if (row < 0) continue
        if (last >= 0) {
          next.add(last, row)
          previous.add(row, last)
        }
        last = row
      }
    }
    this.next = next.build(rows)
    this.previous = previous.build(rows)
    const children = new EdgeBuilder(rows)
    for (let row = 0; row < rows; row++) if (parentRows[row]! >= 0) children.add(parentRows[row]!, row)
    this.childRows = children.build(rows)
  }

  /** Makes `a` and `b` the one group `joined` (whose rows are theirs). */
  join(a: RowGroup, b: RowGroup, joined: RowGroup): void {
    for (const m of joined.members) this.groupOf[m] = joined.priority
    this.linkMembers(a.priority, b.priority)
    this.parentRow[joined.priority] = joined.parentRow
  }

  /** Takes back `join(a, b, …)`, the last join made. */
  split(a: RowGroup, b: RowGroup): void {
    for (const g of [a, b]) {
      for (const m of g.members) this.groupOf[m] = g.priority
      this.parentRow[g.priority] = g.parentRow
    }
    this.linkMembers(a.priority, b.priority)
  }

  /** Joins two cycles of members into one, or splits one back (the same swap). */
  private linkMembers(x: number, y: number): void {
    const after = this.nextMember[x]!
    this.nextMember[x] = this.nextMember[y]!
    this.nextMember[y] = after
  }

  /** The groups that must come after group `g` (repeats allowed), into `out`: how many. */
  successors(g: number, out: number[]): number {
    const { groupOf, next, childRows, parentRow } = this
    let count = 0
    let m = g
    do {
      count = this.otherGroups(next, m, g, out, count)
      for (let k = childRows.start[m]!; k < childRows.start[m + 1]!; k++) {
        const child = groupOf[childRows.to[k]!]!
        if (child !== g && parentRow[child] === m) out[count++] = child
      }
      m = this.nextMember[m]!
    } while (m !== g)
    return count
  }

  /** The groups that must come before group `g` (repeats allowed), into `out`: how many. */
  predecessors(g: number, out: number[]): number {
    const { groupOf, previous } = this
    let count = 0
    let m = g
    do {
      count = this.otherGroups(previous, m, g, out, count)
      m = this.nextMember[m]!
    } while (m !== g)
    const parent = this.parentRow[g]! < 0 ? g : groupOf[this.parentRow[g]!]!
    if (parent !== g) out[count++] = parent
    return count
  }

  /** Appends to `out` (from `count`) the groups of the rows `edges` lead to from row `m`, but `g`:
   *  the new count. */
  private otherGroups(edges: Edges, m: number, g: number, out: number[], count: number): number {
    const { groupOf } = this
    for (let k = edges.start[m]!; k < edges.start[m + 1]!; k++) {
      const n = groupOf[edges.to[k]!]!
      if (n !== g) out[count++] = n
    }
    return count
  }
}
