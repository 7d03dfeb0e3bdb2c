// The rows' groups while rows are joined across parents (join-across-parents.ts): what a group is,
// what the checks read, and the row tree that refuses a join that would break a variant's nesting.

import type { AgentDocument } from '../model'
import { sectionWithin } from './section-within'

export interface Group {
  readonly members: readonly number[]
  readonly cells: readonly (number | null)[]
  /** Position of its earliest member before this pass: where it is kept if it can be. */
  readonly priority: number
  /** The row holding its reference section's parent (that section's row's parentId), or -1. */
  readonly parentRow: number
  /** Whether one of its sections is a preamble (which heads no subtree in the text). */
  readonly holdsPreamble: boolean
}

/** What the checks read, fixed for the pass but for `groupOf` (the group of each row). */
export interface Structure {
  readonly rows: number
  readonly groupOf: readonly Group[]
  readonly docs: readonly AgentDocument[]
  /** Per variant, the row holding each section, or -1. */
  readonly rowOfSection: readonly Int32Array[]
  /** Per row, the rows holding the parent sections of its cells in their own variants (the
   *  preamble, which is no heading to keep anything under, left out). */
  readonly ownParentRows: readonly (readonly number[])[]
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
export class GroupTree {
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

  /** The group `g` is ordered below (see arrange): its parent, unless that holds a preamble. */
  orderParentOf(g: Group): Group | null {
    const parent = this.parentOf(g)
    return parent === null || parent.holdsPreamble ? null : parent
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

  parentOf(g: Group): Group | null {
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
