// The order of the rows' groups kept while rows are joined across parents (join-across-parents.ts):
// a join moves only what it affects, and the whole order is found again (`arrange`) only when that
// fails.

import { arrange } from './arrange-groups'
import type { ConstraintGraph } from './join-constraints'
import type { Group, GroupTree, Structure } from './join-groups'

/** Where a join would move from: the places of the two groups and the ends of their subtrees. */
export interface JoinMove {
  readonly a: Group
  readonly b: Group
  readonly endA: number
  readonly endB: number
}

/**
 * The groups in an order that keeps every constraint, each group's subtree together after it, with
 * each group's place (by its priority, a row of its own). It answers `reaches` while joins are
 * tried, and says whether an order is left after a join. A join keeps it by moving subtrees (the
 * joined groups' children together, and what the joined row must follow ahead of it), checked on
 * the constraints of what moved; only when that fails does `arrange` order every row again (cheap
 * warm, but its first calls in a process cost ~200 ms of compiling and interpreting on the hostile
 * nested-headings pair, whose 27 joins now all move). The order returned is `arrange`'s for the
 * groups at the end, which depends only on the groups, their parents, the constraints and the
 * priorities (not on the order it starts from): the same as if it had ordered the rows after
 * every join.
 */
export class PlacedOrder {
  /** Null where a joined group left a place (a join renumbers only the places it moves). */
  private order: (Group | null)[]
  private readonly place: Int32Array
  /** Whether `order` is the one the pass returns for the groups as they are (arrange's, or the
   *  rows as they came while nothing is joined). */
  private settled = true
  /** Whether `order` keeps every subtree together (known after `arrange`; checked once for the
   *  rows as they came), so that joins may move subtrees in it. */
  private treeOrdered: boolean | undefined
  private readonly seen: Int32Array
  private stamp = 0
  private readonly buffer: number[] = []
  private readonly stack: number[] = []

  constructor(
    order: readonly Group[],
    private readonly tree: GroupTree,
    private readonly graph: ConstraintGraph,
    private readonly structure: Structure,
  ) {
    this.order = [...order]
    this.place = new Int32Array(structure.rows)
    this.seen = new Int32Array(structure.rows)
    this.placeFrom(0, this.order.length)
  }

  groups(): Group[] {
    return this.order.filter((g) => g !== null)
  }

  /** Whether a path of constraints leads from either group to the other (they cannot be one row). */
  eitherReaches(a: Group, b: Group): boolean {
    return this.placeOf(a) < this.placeOf(b) ? this.reaches(a.priority, b.priority) : this.reaches(b.priority, a.priority)
  }

  /** Only groups placed between the two can lie on a path from `from` to `to` (groups named by
   *  their priorities). */
  private reaches(from: number, to: number): boolean {
    const { place, seen, stack, buffer } = this
    const limit = place[to]!
    const stamp = ++this.stamp
    seen[from] = stamp
    stack.push(from)
    while (stack.length > 0) {
      const at = stack.pop()!
      for (let k = 0, count = this.graph.successors(at, buffer); k < count; k++) {
        const n = buffer[k]!
        if (n === to) {
          stack.length = 0
          return true
        }
        if (place[n]! < limit && seen[n] !== stamp) {
          seen[n] = stamp
          stack.push(n)
        }
      }
    }
    return false
  }

  /** The subtrees a join of `a` and `b` would move, or null when the order cannot be kept. */
  subtreesOf(a: Group, b: Group): JoinMove | null {
    this.treeOrdered ??= this.keepsSubtrees()
    if (!this.treeOrdered || a.holdsPreamble || b.holdsPreamble) return null
    return { a, b, endA: this.subtreeEnd(a), endB: this.subtreeEnd(b) }
  }

  /** Keeps the order through the join of `move`'s groups into `joined` when it can: `joined` takes
   *  the place of the group whose parent it keeps, the other's children follow it (before or after
   *  its own, as they came), and every constraint of what moved still holds. */
  moveJoined(move: JoinMove | null, joined: Group): boolean {
    if (move === null) return false
    const parent = this.tree.orderParentOf(joined)
    const { a, b } = move
    const [kept, gone, keptEnd, goneEnd] =
      parent === this.parentBefore(a, joined, move) ? [a, b, move.endA, move.endB] : parent === this.parentBefore(b, joined, move) ? [b, a, move.endB, move.endA] : [null, null, 0, 0]
    if (kept === null || gone === null) return false
    const [at, from] = [this.placeOf(kept), this.placeOf(gone)]
    const order = this.order
    const goneChildren = order.slice(from + 1, goneEnd)
    let start: number
    let moved: (Group | null)[]
    let hoisted: Group[] = []
    if (from > at) {
      // What must come before the joined row and sits between it and `gone` moves ahead of the
      // joined row's top-level row, as whole top-level subtrees.
      const top = this.topOf(kept)
      const ahead = this.toHoist(joined, at, from, top)
      if (ahead === null) return false
      hoisted = ahead
      const hoistedSet = new Set(hoisted)
      start = this.placeOf(top)
      moved = [...hoisted, ...order.slice(start, at), joined, ...order.slice(at + 1, keptEnd), ...goneChildren, ...order.slice(keptEnd, from).filter((g) => g === null || !hoistedSet.has(g)), null]
    } else {
      start = from
      moved = [...order.slice(goneEnd, at), joined, ...goneChildren, ...order.slice(at + 1, keptEnd), null]
    }
    const before = order.slice(start, start + moved.length)
    for (let i = 0; i < moved.length; i++) order[start + i] = moved[i]!
    this.placeFrom(start, start + moved.length)
    if ([joined, ...goneChildren, ...hoisted].every((g) => g === null || this.keepsConstraints(g))) {
      this.settled = false
      return true
    }
    for (let i = 0; i < before.length; i++) order[start + i] = before[i]!
    this.placeFrom(start, start + before.length)
    return false
  }

  /** The top-level group above `g` (or `g`). */
  private topOf(g: Group): Group {
    let top = g
    for (let up = this.tree.orderParentOf(top); up !== null; up = this.tree.orderParentOf(up)) top = up
    return top
  }

  /** The groups of the top-level subtrees placed between `at` and `from` that hold something the
   *  joined row must follow (in their order), or null when such a thing is not in one of them. */
  private toHoist(joined: Group, at: number, from: number, top: Group): Group[] | null {
    const { place, seen, stack, buffer, graph } = this
    const groupOf = this.structure.groupOf
    const stamp = ++this.stamp
    const roots = new Set<Group>()
    stack.push(joined.priority)
    while (stack.length > 0) {
      const g = stack.pop()!
      for (let k = 0, count = graph.predecessors(g, buffer); k < count; k++) {
        const p = buffer[k]!
        if (place[p]! <= at || place[p]! >= from || seen[p] === stamp) continue
        seen[p] = stamp
        const root = this.topOf(groupOf[p]!)
        if (this.placeOf(root) <= this.placeOf(top)) {
          stack.length = 0
          return null
        }
        roots.add(root)
        stack.push(p)
      }
    }
    const blocks: Group[] = []
    for (const root of [...roots].sort((x, y) => this.placeOf(x) - this.placeOf(y))) {
      const end = this.subtreeEnd(root)
      if (end > from) return null
      for (let i = this.placeOf(root); i < end; i++) if (this.order[i]) blocks.push(this.order[i]!)
    }
    return blocks
  }

  /** Orders the groups with `arrange`: false, leaving the order as it was, when no order exists. */
  arrange(nodes: readonly Group[]): boolean {
    const order = arrange(nodes, this.structure)
    if (order === null) return false
    this.order = order
    this.placeFrom(0, order.length)
    this.settled = true
    this.treeOrdered = true
    return true
  }

  /** The order the pass returns (see the class comment). */
  final(): Group[] {
    if (!this.settled) this.arrange(this.groups())
    return this.groups()
  }

  private placeOf(g: Group): number {
    return this.place[g.priority]!
  }

  private placeFrom(start: number, end: number): void {
    for (let i = start; i < end; i++) {
      const g = this.order[i]
      if (g) this.place[g.priority] = i
    }
  }

  /** Where the subtree of `g` ends (the first place after it that is not below it). */
  private subtreeEnd(g: Group): number {
    const top = this.placeOf(g)
    let end = top + 1
    for (; end < this.order.length; end++) {
      const at = this.order[end]
      if (at && !this.below(at, g, top)) break
    }
    return end
  }

  /** Whether `g` is below `top` (placed at `topPlace`): its ancestors are placed before it, so the
   *  walk up stops at the first placed before `top`. */
  private below(g: Group, top: Group, topPlace: number): boolean {
    for (let at = this.tree.orderParentOf(g); at !== null; at = this.tree.orderParentOf(at)) {
      if (at === top) return true
      if (this.placeOf(at) < topPlace) return false
    }
    return false
  }

  /** The order parent `g` had before the join into `joined` (whose members now name it). */
  private parentBefore(g: Group, joined: Group, { a, b }: JoinMove): Group | null {
    if (g.parentRow < 0 || g.members.includes(g.parentRow)) return null
    const parent = this.structure.groupOf[g.parentRow]!
    if (parent === joined) return a.members.includes(g.parentRow) ? a : b
    return parent.holdsPreamble ? null : parent
  }

  /** Whether everything that must come before `g` does, and everything after it comes after. */
  private keepsConstraints(g: Group): boolean {
    const { place, buffer, graph } = this
    const at = place[g.priority]!
    for (let k = 0, count = graph.successors(g.priority, buffer); k < count; k++) if (place[buffer[k]!]! <= at) return false
    for (let k = 0, count = graph.predecessors(g.priority, buffer); k < count; k++) if (place[buffer[k]!]! >= at) return false
    return true
  }

  /** Whether the order keeps every subtree together and every constraint (true of `arrange`'s). */
  private keepsSubtrees(): boolean {
    const open: Group[] = []
    for (const g of this.order) {
      if (g === null) continue
      const parent = this.tree.orderParentOf(g)
      while (open.length > 0 && open[open.length - 1] !== parent) open.pop()
      if (parent !== null && open.length === 0) return false
      open.push(g)
      if (!this.keepsConstraints(g)) return false
    }
    return true
  }
}
